import { i18n } from '#i18n';
import type { FormEvent } from 'react';
import type { VaultRecord } from '@/utils/vault/vault-record';
import { turnLockOff } from './lock-actions';
import { PassphraseField } from './PassphraseField';
import { useCurrentPassphrase } from './useCurrentPassphrase';
import type { RunLockTask } from './useLockTask';

/** While the lock is on: the passphrase once more, then every text is stored readable again. */
export function TurnOffForm(props: { record: VaultRecord; busy: boolean; run: RunLockTask }) {
  const current = useCurrentPassphrase();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.busy || current.value === '') return;
    const passphrase = current.value;
    void props
      .run('off', (onProgress) => turnLockOff(props.record, passphrase, onProgress))
      .then(current.settle);
  };
  return (
    <form className="lock-form lock-part" onSubmit={submit} noValidate aria-labelledby="lock-off-h">
      <h3 id="lock-off-h">{i18n.t('privacy.off_title')}</h3>
      <p className="muted">{i18n.t('privacy.off_hint')}</p>
      <PassphraseField {...current.field} />
      <div className="row">
        <button type="submit" disabled={props.busy || current.value === ''}>
          {i18n.t('privacy.turn_off')}
        </button>
      </div>
    </form>
  );
}
