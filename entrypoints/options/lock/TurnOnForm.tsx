import { i18n } from '#i18n';
import type { FormEvent } from 'react';
import { turnLockOn } from './lock-actions';
import { NewPassphraseFields } from './NewPassphraseFields';
import type { RunLockTask } from './useLockTask';
import { useNewPassphrase } from './useNewPassphrase';

/** While the lock is off: choose a passphrase, type it twice, turn the lock on. */
export function TurnOnForm(props: { busy: boolean; run: RunLockTask }) {
  const pair = useNewPassphrase();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.busy || !pair.check()) return;
    const passphrase = pair.value.passphrase;
    void props
      .run('on', (onProgress) => turnLockOn(passphrase, onProgress))
      .then((result) => {
        if (result === 'ok') pair.reset();
      });
  };
  return (
    <form className="lock-form" onSubmit={submit} noValidate>
      <NewPassphraseFields
        {...pair.fields}
        labels={{ passphrase: i18n.t('privacy.new'), repeat: i18n.t('privacy.repeat') }}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={props.busy}>
          {i18n.t('privacy.turn_on')}
        </button>
      </div>
    </form>
  );
}
