import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';

/**
 * "Entry deleted. Undo": stays until dismissed or replaced, never timed out, so nobody has to be
 * quick. Focus moves to Undo, since the Delete button that had it is gone with the entry.
 */
export function UndoToast(props: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, [props.message]);

  return (
    <div className="undo-toast card" role="status">
      <span>{props.message}</span>
      <button ref={undo} type="button" className="primary" onClick={props.onUndo}>
        {i18n.t('journal.timeline.undo')}
      </button>
      <button type="button" className="link" onClick={props.onDismiss}>
        {i18n.t('journal.timeline.dismiss')}
      </button>
    </div>
  );
}
