import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { WrongPassphraseError } from '@/utils/vault/errors';
import { openVault, type OpenVault } from '@/utils/vault/vault';
import type { VaultRecord } from '@/utils/vault/vault-record';
import './lock.css';

type Trouble = 'wrong' | 'damaged' | null;

/**
 * Asks for the passphrase and opens the lock. A wrong passphrase says so and keeps what was typed,
 * so a typo is one keystroke to fix; nothing stored is touched either way.
 */
export function UnlockForm(props: {
  record: VaultRecord;
  /** The button's words, e.g. "Unlock" or "Unlock and export". */
  action?: string;
  /** Put the cursor in the field at once (a page that is only this form). */
  focus?: boolean;
  onOpen: (vault: OpenVault) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<Trouble>(null);
  const fieldId = useId();
  const troubleId = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.focus) field.current?.focus();
  }, [props.focus]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setTrouble(null);
    openVault(props.record, passphrase).then(
      (vault) => {
        setPassphrase('');
        props.onOpen(vault);
      },
      (error: unknown) => {
        setBusy(false);
        setTrouble(error instanceof WrongPassphraseError ? 'wrong' : 'damaged');
      },
    );
  };

  return (
    <form className="unlock-form" onSubmit={submit}>
      <label htmlFor={fieldId}>{i18n.t('lock.unlock.passphrase')}</label>
      <input
        id={fieldId}
        ref={field}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        aria-invalid={trouble === 'wrong'}
        aria-describedby={trouble ? troubleId : undefined}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <button type="submit" disabled={busy || passphrase === ''}>
        {busy ? i18n.t('lock.unlock.opening') : (props.action ?? i18n.t('lock.unlock.action'))}
      </button>
      {trouble && (
        <p id={troubleId} role="alert" className="field-error">
          {i18n.t(trouble === 'wrong' ? 'lock.unlock.wrong' : 'lock.unlock.damaged')}
        </p>
      )}
    </form>
  );
}
