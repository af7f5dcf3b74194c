import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetMessage, keepMessage, readKeptMessage } from '@/utils/db/kept-message';

/** Typing pauses this long before the message is written; leaving the page writes at once. */
const KEEP_DELAY_MS = 300;

export type MessageStatus =
  'idle' | 'kept' | 'page_only' | 'keep_failed' | 'copied' | 'copy_failed' | 'discarded';

export interface KeptMessageControl {
  /** False until the kept message (if any) has been read. */
  loaded: boolean;
  text: string;
  status: MessageStatus;
  change: (text: string) => void;
  copy: () => Promise<void>;
  discard: () => void;
  /** Brings back what was just thrown away. */
  undo: () => void;
}

/**
 * The "Reach out" message, kept on the device as it is typed (utils/db/kept-message.ts) and held by
 * the page rather than the exercise, so the end of the timer, a reload or a closed tab loses nothing.
 * Copying it or throwing it away lets the device forget it; what was copied stays on screen.
 */
export function useKeptMessage(): KeptMessageControl {
  const [loaded, setLoaded] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<MessageStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const thrownAway = useRef('');

  const keep = useCallback(async () => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    try {
      const result = await keepMessage(value, Date.now());
      if (pending.current === null) setStatus(value.trim() === '' ? 'idle' : result);
    } catch {
      setStatus('keep_failed');
    }
  }, []);

  /** Stops a write that has not started yet: the message is about to be forgotten. */
  function dropPending() {
    clearTimeout(timer.current);
    pending.current = null;
  }

  useEffect(() => {
    void readKeptMessage()
      .then(async ({ message, locked }) => {
        if (message) setText(message.text);
        // A copy kept before the lock was turned on: shown, but no longer kept readable.
        if (message && locked) {
          await forgetMessage();
          setStatus('page_only');
        }
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);

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

  const change = useCallback(
    (next: string) => {
      setText(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void keep(), KEEP_DELAY_MS);
    },
    [keep],
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setStatus('copy_failed');
      return;
    }
    dropPending();
    setStatus('copied');
    await forgetMessage().catch(() => undefined);
  }

  function discard() {
    dropPending();
    thrownAway.current = text;
    setText('');
    setStatus('discarded');
    void forgetMessage().catch(() => undefined);
  }

  function undo() {
    const back = thrownAway.current;
    setText(back);
    pending.current = back;
    void keep();
  }

  return { loaded, text, status, change, copy, discard, undo };
}
