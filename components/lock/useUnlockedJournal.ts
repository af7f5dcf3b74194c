import { useEffect, useMemo, useState } from 'react';
import { relockSealed } from '@/utils/db/rekey';
import { RevealCache } from '@/utils/lock/reveal-cache';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';
import type { Unlocked } from './UnlockedContext';
import { useVaultRecord, type VaultState } from './useVaultRecord';

/** A page hidden this long locks itself: a journal left open in a background tab does not stay open. */
const HIDDEN_LOCK_MS = 10 * 60_000;

export interface JournalLock {
  lock: VaultState;
  /** The open lock while the journal may show text; null while the lock is off or closed. */
  unlocked: Unlocked | null;
  /** The lock's passphrase was changed elsewhere while this page had it open. */
  changedElsewhere: boolean;
  open: (vault: OpenVault) => void;
  close: () => void;
}

/**
 * The journal's side of the lock: the vault opened in this page's memory (never stored), dropped on
 * "Lock", after ten minutes hidden, or when the lock changes in another tab.
 */
export function useUnlockedJournal(): JournalLock {
  const lock = useVaultRecord();
  const [vault, setVault] = useState<OpenVault | null>(null);
  const current = vault && lock.status === 'on' && vault.record.id === lock.record.id ? vault : null;
  const unlocked = useMemo(
    () => current && { vault: current, cache: new RevealCache((text) => revealText(current, text)) },
    [current],
  );

  useEffect(() => {
    if (!current) return;
    // Notes the popup sealed since the last visit are re-locked with the faster data key.
    const relock = setTimeout(() => void relockSealed(current).catch(() => undefined), 2_000);
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      if (document.visibilityState === 'hidden')
        hiddenTimer = setTimeout(() => setVault(null), HIDDEN_LOCK_MS);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(relock);
      clearTimeout(hiddenTimer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [current]);

  return {
    lock,
    unlocked,
    changedElsewhere: vault !== null && current === null && lock.status === 'on',
    open: setVault,
    close: () => setVault(null),
  };
}
