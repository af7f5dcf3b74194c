import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnlocked } from '@/components/lock/UnlockedContext';
import { onChange } from '@/utils/db/changes';
import { DraftChangedError, putDraft, readDraft } from '@/utils/db/draft-store';
import {
  EMPTY_DRAFT,
  isBlank,
  mergeDrafts,
  sameDraft,
  withRequestedPrompt,
  type JournalDraft,
} from '@/utils/journal/journal-draft';

/** Typing pauses this long before the draft is written; leaving the page writes at once. */
const KEEP_DELAY_MS = 400;

export type DraftStatus = 'idle' | 'keeping' | 'kept' | 'failed';

/** Another tab kept other words in the draft while this one was typing: theirs, as stored. */
export interface DraftConflict {
  theirs: JournalDraft;
  rev: string;
}

/** How a conflict ends: both texts joined, this tab's words only, or the other tab's only. */
export type ConflictChoice = 'both' | 'mine' | 'theirs';

/**
 * The editor's draft, read from and kept in the `state` store as it changes, so a closed tab or a
 * crash loses nothing. `change` updates at once on screen and keeps shortly after. A prompt asked
 * for in the address (journal.html?prompt=<id>) is applied to the loaded draft.
 * Several journal tabs share the draft: a tab with nothing unsaved follows what another wrote; a tab
 * whose unsaved words meet other words written meanwhile writes nothing and shows `conflict` until
 * the person chooses (leaving the page keeps both).
 */
export function useDraft(requestedPrompt: string | null): {
  draft: JournalDraft | null;
  status: DraftStatus;
  conflict: DraftConflict | null;
  change: (next: JournalDraft, keepNow?: boolean) => void;
  resolve: (choice: ConflictChoice) => void;
} {
  const [draft, setDraft] = useState<JournalDraft | null>(null);
  const [status, setStatus] = useState<DraftStatus>('idle');
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const shown = useRef<JournalDraft | null>(null);
  const pending = useRef<JournalDraft | null>(null);
  const conflictNow = useRef<DraftConflict | null>(null);
  /** The stored revision this tab's words are based on. */
  const base = useRef<string | undefined>(undefined);
  const writing = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const vault = useUnlocked()?.vault;

  const show = useCallback((next: JournalDraft) => {
    shown.current = next;
    setDraft(next);
  }, []);
  const setConflictNow = (next: DraftConflict | null) => {
    conflictNow.current = next;
    setConflict(next);
  };

  const keep = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    // One write at a time: two at once would each be based on the same revision, and the second would
    // take this tab's own first words for another tab's. The running one writes what is pending next.
    if (writing.current > 0) return;
    writing.current++;
    try {
      for (;;) {
        const value = pending.current;
        if (!value) return;
        pending.current = null;
        try {
          base.current = await putDraft(value, vault, { basedOn: base.current });
          if (pending.current) continue;
          setStatus('kept');
          return;
        } catch (error) {
          if (!(error instanceof DraftChangedError)) return setStatus('failed');
          const stored = await readDraft(vault).catch(() => null);
          pending.current ??= value;
          if (!stored) return setStatus('failed');
          const theirs = stored.draft ?? EMPTY_DRAFT;
          // Nothing of the other tab's would be lost: write over it.
          if (isBlank(theirs) || sameDraft(theirs, value)) {
            base.current = stored.rev;
            continue;
          }
          setStatus('idle');
          setConflictNow({ theirs, rev: stored.rev });
          return;
        }
      }
    } finally {
      writing.current--;
    }
  }, [vault]);

  const change = useCallback(
    (next: JournalDraft, keepNow = false) => {
      show(next);
      pending.current = next;
      setStatus('keeping');
      clearTimeout(timer.current);
      if (keepNow) void keep();
      else timer.current = setTimeout(() => void keep(), KEEP_DELAY_MS);
    },
    [keep, show],
  );

  const resolve = useCallback(
    (choice: ConflictChoice) => {
      const open = conflictNow.current;
      const mine = shown.current;
      if (!open || !mine) return;
      base.current = open.rev;
      setConflictNow(null);
      if (choice === 'theirs') {
        pending.current = null;
        clearTimeout(timer.current);
        show(open.theirs);
        setStatus('kept');
      } else {
        change(choice === 'both' ? mergeDrafts(mine, open.theirs) : mine, true);
      }
    },
    [change, show],
  );

  useEffect(() => {
    void readDraft(vault)
      .catch(() => undefined)
      .then((stored) => {
        base.current = stored?.rev;
        const loaded = stored?.draft ?? EMPTY_DRAFT;
        if (requestedPrompt) change(withRequestedPrompt(loaded, requestedPrompt), true);
        else show(loaded);
      });
  }, [change, requestedPrompt, show, vault]);

  // Follows the draft written in another tab while this one has nothing unsaved.
  useEffect(() => {
    const idle = () => !pending.current && !conflictNow.current && writing.current === 0;
    const follow = () => {
      if (!idle() || base.current === undefined) return;
      void readDraft(vault)
        .then((stored) => {
          if (!idle() || stored.rev === base.current) return;
          base.current = stored.rev;
          show(stored.draft ?? EMPTY_DRAFT);
        })
        .catch(() => undefined);
    };
    const stop = onChange((change) => {
      if (change.store === 'state' && (!change.ids || change.ids.includes('journalDraftRev'))) follow();
    });
    const onVisible = () => document.visibilityState === 'visible' && follow();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [show, vault]);

  useEffect(() => {
    // Leaving with a choice still open keeps both texts; only hiding the tab (perhaps to look at
    // the other one) leaves the choice open.
    const leave = () => (conflictNow.current ? resolve('both') : void keep());
    const onHidden = () => document.visibilityState === 'hidden' && !conflictNow.current && void keep();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onHidden);
      leave();
    };
  }, [keep, resolve]);

  return { draft, status, conflict, change, resolve };
}
