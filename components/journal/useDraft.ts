import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnlocked } from '@/components/lock/UnlockedContext';
import { putDraft } from '@/utils/db/draft-store';
import { getState } from '@/utils/db/state';
import { EMPTY_DRAFT, withRequestedPrompt, type JournalDraft } from '@/utils/journal/journal-draft';
import { revealDraft } from '@/utils/lock/draft-lock';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';

/** The stored draft: readable while the lock is off, locked JSON while it is on. */
async function readDraft(vault: OpenVault | undefined): Promise<JournalDraft | undefined> {
  if (!vault) return getState('journalDraft');
  const locked = await getState('journalDraftLocked');
  return locked && revealDraft(locked, (text) => revealText(vault, text));
}

/** Typing pauses this long before the draft is written; leaving the page writes at once. */
const KEEP_DELAY_MS = 400;

export type DraftStatus = 'idle' | 'keeping' | 'kept' | 'failed';

/**
 * The editor's draft, read from and kept in the `state` store as it changes, so a closed tab or a
 * crash loses nothing. `change` updates at once on screen and keeps shortly after. A prompt asked
 * for in the address (journal.html?prompt=<id>) is applied to the loaded draft.
 */
export function useDraft(requestedPrompt: string | null): {
  draft: JournalDraft | null;
  status: DraftStatus;
  change: (next: JournalDraft, keepNow?: boolean) => void;
} {
  const [draft, setDraft] = useState<JournalDraft | null>(null);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const pending = useRef<JournalDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const vault = useUnlocked()?.vault;

  const keep = useCallback(async () => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (!value) return;
    pending.current = null;
    try {
      await putDraft(value, vault);
      if (!pending.current) setStatus('kept');
    } catch {
      setStatus('failed');
    }
  }, [vault]);

  const change = useCallback(
    (next: JournalDraft, keepNow = false) => {
      setDraft(next);
      pending.current = next;
      setStatus('keeping');
      clearTimeout(timer.current);
      if (keepNow) void keep();
      else timer.current = setTimeout(() => void keep(), KEEP_DELAY_MS);
    },
    [keep],
  );

  useEffect(() => {
    void readDraft(vault)
      .catch(() => undefined)
      .then((stored) => {
        const loaded = stored ?? EMPTY_DRAFT;
        if (requestedPrompt) change(withRequestedPrompt(loaded, requestedPrompt), true);
        else setDraft(loaded);
      });
  }, [change, requestedPrompt, vault]);

  useEffect(() => {
    const flush = () => void keep();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [keep]);

  return { draft, status, change };
}
