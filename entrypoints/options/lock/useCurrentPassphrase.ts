import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import type { LockTaskResult } from './useLockTask';

/**
 * The "current passphrase" field of a form that changes the lock: after a wrong passphrase it says
 * so, keeps what was typed (a typo is one keystroke to fix) and takes the cursor back.
 */
export function useCurrentPassphrase() {
  const [value, setValue] = useState('');
  const [wrong, setWrong] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  /** Call with how the change ended. */
  const settle = (result: LockTaskResult) => {
    setWrong(result === 'wrong');
    if (result === 'wrong') inputRef.current?.focus();
    if (result === 'ok') setValue('');
  };

  return {
    value,
    settle,
    field: {
      label: i18n.t('privacy.current'),
      value,
      onChange: setValue,
      autoComplete: 'current-password' as const,
      error: wrong ? i18n.t('privacy.wrong') : null,
      inputRef,
    },
  };
}
