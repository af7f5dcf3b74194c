import { useEffect, useMemo, useState } from 'react';
import { relockSealed } from '@/utils/db/rekey';
import { RevealCache } from '@/utils/lock/reveal-cache';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';
import type { Unlocked } from './UnlockedContext';
import { useVaultRecord, type VaultState } from './useVaultRecord';

/** A journal left alone this long (no key, no click, or hidden) locks itself. */
const IDLE_LOCK_MS = 10 * 60_000;
/** What counts as someone using the page. */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

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
 * "Lock", after ten minutes without use (hidden or not), or when the lock changes in another tab.
 */
export function useUnlockedJournal(): JournalLock {
  const lock = useVaultRecord();
  const [vault, setVault] = useState<OpenVault | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const stale = vault !== null && (lock.status !== 'on' || vault.record.id !== lock.record.id);
  const current = stale ? null : vault;

  // Keys of a lock that is no longer the stored one are let go at once; only the fact is kept.
  if (stale && lock.status !== 'loading') {
    setVault(null);
    setChangedElsewhere(lock.status === 'on');
  }

  const unlocked = useMemo(
    () =>
      current && {
        vault: current,
        cache: new RevealCache((text, place) => revealText(current, text, place)),
      },
    [current],
  );

  useEffect(() => {
    if (!current) return;
    // Notes the popup sealed since the last visit are re-locked with the faster data key.
    const relock = setTimeout(() => void relockSealed(current).catch(() => undefined), 2_000);
    let idle = setTimeout(() => setVault(null), IDLE_LOCK_MS);
    const active = () => {
      clearTimeout(idle);
      idle = setTimeout(() => setVault(null), IDLE_LOCK_MS);
    };
    for (const type of ACTIVITY) window.addEventListener(type, active, { passive: true });
    return () => {
      clearTimeout(relock);
      clearTimeout(idle);
      for (const type of ACTIVITY) window.removeEventListener(type, active);
    };
  }, [current]);

  return {
    lock,
    unlocked,
    changedElsewhere,
    open: (opened) => {
      setChangedElsewhere(false);
      setVault(opened);
    },
    close: () => setVault(null),
  };
}
