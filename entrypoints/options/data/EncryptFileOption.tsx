import { i18n } from '#i18n';
import { useId } from 'react';
import { NewPassphraseFields } from '../lock/NewPassphraseFields';
import type { useNewPassphrase } from '../lock/useNewPassphrase';

/**
 * "Encrypt this file with a passphrase", for the JSON export: the passphrase is typed twice, as for
 * the lock, since a file nobody can open again is a lost copy.
 */
export function EncryptFileOption(props: {
  wanted: boolean;
  onWanted: (wanted: boolean) => void;
  pair: ReturnType<typeof useNewPassphrase>;
}) {
  const hintId = useId();
  return (
    <div className="encrypt-option">
      <label className="choice">
        <input
          type="checkbox"
          checked={props.wanted}
          aria-describedby={hintId}
          onChange={(e) => props.onWanted(e.target.checked)}
        />
        {i18n.t('privacy.export.encrypt')}
      </label>
      <p id={hintId} className="muted">
        {i18n.t('privacy.export.encrypt_hint')}
      </p>
      {props.wanted && (
        <NewPassphraseFields
          {...props.pair.fields}
          labels={{
            passphrase: i18n.t('privacy.export.file_passphrase'),
            repeat: i18n.t('privacy.export.file_repeat'),
          }}
        />
      )}
    </div>
  );
}
