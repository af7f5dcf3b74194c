import { i18n } from '#i18n';
import { useState } from 'react';
import { LockChangedElsewhereError } from '@/utils/db/rekey-errors';
import { WrongPassphraseError } from '@/utils/vault/errors';
import type { OnProgress } from './lock-actions';
import { pageLocale } from '@/components/page-locale';

/** Which change to the lock is running or was last made. */
export type LockTaskKind = 'on' | 'change' | 'off';
/** How a change ended, for the form that started it: a wrong passphrase is its to explain. */
export type LockTaskResult = 'ok' | 'wrong' | 'failed';
/** Starts a change to the lock; the section runs one at a time. */
export type RunLockTask = (
  kind: LockTaskKind,
  work: (onProgress: OnProgress) => Promise<void>,
) => Promise<LockTaskResult>;

type TaskState =
  | { kind: 'idle' }
  | { kind: 'busy'; task: LockTaskKind; done: number | null; total: number }
  | { kind: 'done'; task: LockTaskKind }
  | { kind: 'failed'; elsewhere: boolean };

const DONE_KEYS = { on: 'privacy.done_on', change: 'privacy.done_change', off: 'privacy.done_off' } as const;

/** The progress or outcome line: "Preparing the keys…", "Encrypting 1,200 of 5,000…", "The lock is on…". */
function statusText(state: TaskState): string {
  if (state.kind === 'done') return i18n.t(DONE_KEYS[state.task]);
  if (state.kind !== 'busy') return '';
  if (state.done === null) return i18n.t('privacy.preparing');
  const number = new Intl.NumberFormat(pageLocale());
  const counts: [string, string] = [number.format(state.done), number.format(state.total)];
  return state.task === 'off' ? i18n.t('privacy.decrypting', counts) : i18n.t('privacy.encrypting', counts);
}

/**
 * One change to the lock at a time, with its progress. Any error but a wrong passphrase means the
 * one transaction did not commit: the section says nothing was changed.
 */
export function useLockTask() {
  const [state, setState] = useState<TaskState>({ kind: 'idle' });
  const run: RunLockTask = async (task, work) => {
    setState({ kind: 'busy', task, done: null, total: 0 });
    try {
      await work((done, total) => setState({ kind: 'busy', task, done, total }));
      setState({ kind: 'done', task });
      return 'ok';
    } catch (error) {
      const wrong = error instanceof WrongPassphraseError;
      // Another tab changed the lock first: this page's picture of it is out of date.
      const elsewhere = error instanceof LockChangedElsewhereError;
      setState(wrong ? { kind: 'idle' } : { kind: 'failed', elsewhere });
      return wrong ? 'wrong' : 'failed';
    }
  };
  const failure = state.kind === 'failed' ? (state.elsewhere ? 'elsewhere' : 'failed') : null;
  return { run, busy: state.kind === 'busy', failure, status: statusText(state) };
}
