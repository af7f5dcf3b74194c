import { i18n } from '#i18n';
import type { KeptMessageControl } from './useKeptMessage';

/** What the status line says after each thing that can happen to the message. */
function statusText(status: KeptMessageControl['status']): string {
  switch (status) {
    case 'copied':
      return i18n.t('exercise.copied');
    case 'copy_failed':
      return i18n.t('exercise.copy_failed');
    case 'page_only':
      return i18n.t('exercise.message_page_only');
    case 'keep_failed':
      return i18n.t('exercise.message_keep_failed');
    case 'discarded':
      return i18n.t('exercise.discarded');
    case 'idle':
    case 'kept':
      return '';
  }
}

/**
 * Reach out: a few words to someone you trust, kept on the device until you copy them (to send
 * however you like) or throw them away. Once thrown away, `hideWhenThrownAway` leaves only the way back.
 */
export function MessageBox(props: { message: KeptMessageControl; hideWhenThrownAway?: boolean }) {
  const { message } = props;
  const gone = message.status === 'discarded' && message.text === '';
  const status = (
    <p role="status" className="muted message-status">
      {statusText(message.status)}{' '}
      {gone && (
        <button type="button" className="link" onClick={message.undo}>
          {i18n.t('exercise.undo_discard')}
        </button>
      )}
    </p>
  );
  if (gone && props.hideWhenThrownAway) return <div className="message-box">{status}</div>;
  return (
    <div className="message-box">
      <label>
        <span>{i18n.t('exercise.message_label')}</span>
        <textarea
          rows={4}
          value={message.text}
          maxLength={2000}
          onChange={(e) => message.change(e.target.value)}
        />
      </label>
      <div className="message-actions">
        <button type="button" onClick={() => void message.copy()} disabled={!message.text.trim()}>
          {i18n.t('exercise.copy')}
        </button>
        <button type="button" onClick={message.discard} disabled={!message.text}>
          {i18n.t('exercise.discard')}
        </button>
      </div>
      {status}
    </div>
  );
}
