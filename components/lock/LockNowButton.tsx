import { i18n } from '#i18n';

/** "Lock now" in the header of a page that has the lock open (the journal, the summary). */
export function LockNowButton(props: { onLock: () => void }) {
  return (
    <button type="button" className="lock-now" onClick={props.onLock}>
      {i18n.t('lock.journal.lock_now')}
    </button>
  );
}
