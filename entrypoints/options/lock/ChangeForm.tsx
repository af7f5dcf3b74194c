import { i18n } from '#i18n';
import type { FormEvent } from 'react';
import type { VaultRecord } from '@/utils/vault/vault-record';
import { changePassphrase } from './lock-actions';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PassphraseField } from './PassphraseField';
import { useCurrentPassphrase } from './useCurrentPassphrase';
import type { RunLockTask } from './useLockTask';
import { useNewPassphrase } from './useNewPassphrase';

/** While the lock is on: the current passphrase, then a new one twice; everything is re-encrypted at once. */
export function ChangeForm(props: { record: VaultRecord; busy: boolean; run: RunLockTask }) {
  const current = useCurrentPassphrase();
  const pair = useNewPassphrase();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.busy || current.value === '' || !pair.check()) return;
    const [old, next] = [current.value, pair.value.passphrase];
    void props
      .run('change', (onProgress) => changePassphrase(props.record, old, next, onProgress))
      .then((result) => {
        current.settle(result);
        if (result === 'ok') pair.reset();
      });
  };
  return (
    <form className="lock-form lock-part" onSubmit={submit} noValidate aria-labelledby="lock-change-h">
      <h3 id="lock-change-h">{i18n.t('privacy.change_title')}</h3>
      <p className="muted">{i18n.t('privacy.change_hint')}</p>
      <PassphraseField {...current.field} />
      <NewPassphraseFields
        {...pair.fields}
        labels={{ passphrase: i18n.t('privacy.new'), repeat: i18n.t('privacy.repeat') }}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={props.busy || current.value === ''}>
          {i18n.t('privacy.change')}
        </button>
      </div>
    </form>
  );
}
