import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { deleteEverything } from '@/utils/data/delete';
import { send } from '@/utils/messaging/protocol';

type Status = 'idle' | 'confirming' | 'deleting' | 'done' | 'failed';

/** Delete everything, behind a second step: type a word, then press a clearly named button. */
export function DeletePanel() {
  const [status, setStatus] = useState<Status>('idle');
  const [typed, setTyped] = useState('');
  const start = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const confirmInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const word = i18n.t('data.delete_word');
  const confirmed = typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
  const open = status === 'confirming' || status === 'deleting';

  useEffect(() => {
    if (status === 'confirming') confirmInput.current?.focus();
    // The confirmation has gone: give focus back to the button that opened it.
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [status, open]);

  const close = (next: Status) => {
    returnFocus.current = true;
    setStatus(next);
    setTyped('');
  };

  const remove = async () => {
    if (!confirmed) return;
    setStatus('deleting');
    try {
      await deleteEverything();
      close('done');
      await send('settingsChanged', null).catch(() => null);
    } catch {
      close('failed');
    }
  };

  return (
    <div className="data-part">
      <h3>{i18n.t('data.delete_title')}</h3>
      <p className="muted" id={hintId}>
        {i18n.t('data.delete_hint')}
      </p>
      {open ? (
        <form
          className="delete-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void remove();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close('idle');
          }}
        >
          <label>
            {i18n.t('data.delete_type', [word])}{' '}
            <input
              ref={confirmInput}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              aria-describedby={hintId}
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <div className="row">
            <button type="submit" className="danger" disabled={!confirmed || status === 'deleting'}>
              {i18n.t('data.delete_confirm')}
            </button>
            <button type="button" onClick={() => close('idle')}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button ref={start} type="button" aria-describedby={hintId} onClick={() => setStatus('confirming')}>
          {i18n.t('data.delete_start')}
        </button>
      )}
      <p role="status" className={status === 'failed' ? 'field-error' : undefined}>
        {status === 'done' && i18n.t('data.delete_done')}
        {status === 'failed' && i18n.t('data.delete_failed')}
      </p>
    </div>
  );
}
