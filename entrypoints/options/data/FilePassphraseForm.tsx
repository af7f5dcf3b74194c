import { i18n } from '#i18n';
import { useState, type FormEvent } from 'react';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import { decryptImportText } from '@/utils/data/encrypted-file';
import type { ImportResult } from '@/utils/data/format';
import { WrongPassphraseError } from '@/utils/vault/errors';
import type { EncryptedExport } from '@/utils/vault/export-envelope';
import { PassphraseField } from '../lock/PassphraseField';

/**
 * Asks for an encrypted file's passphrase. A wrong one says so and keeps what was typed; nothing is
 * read into the database either way. What the file holds then goes through the usual checks.
 */
export function FilePassphraseForm(props: {
  envelope: EncryptedExport;
  /** The text inside the file (then checked like any file), or why it could not be opened. */
  onOpened: (text: ImportResult<string>) => void;
  onFailed: () => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const field = useFocusOnMount<HTMLInputElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setWrong(false);
    decryptImportText(props.envelope, passphrase).then(props.onOpened, (error: unknown) => {
      setBusy(false);
      if (!(error instanceof WrongPassphraseError)) return props.onFailed();
      setWrong(true);
      field.current?.focus();
    });
  };

  return (
    <form className="import-preview" onSubmit={submit} noValidate>
      <p>{i18n.t('privacy.import.encrypted')}</p>
      <PassphraseField
        label={i18n.t('privacy.import.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        error={wrong ? i18n.t('privacy.import.wrong') : null}
        inputRef={field}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          {busy ? i18n.t('privacy.import.opening') : i18n.t('privacy.import.open')}
        </button>
        <button type="button" disabled={busy} onClick={props.onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
