import { useRef, useState } from 'react';
import {
  EMPTY_NEW_PASSPHRASE,
  isNewPassphraseReady,
  newPassphraseProblems,
  type NewPassphrase,
} from './new-passphrase';

/**
 * The state of a NewPassphraseFields pair: `check()` on submit shows the problems, puts the cursor in
 * the first field that has one, and says whether the pair can be used.
 */
export function useNewPassphrase() {
  const [value, setValue] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [showProblems, setShowProblems] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const check = (): boolean => {
    const problems = newPassphraseProblems(value);
    setShowProblems(true);
    if (problems.passphrase) firstRef.current?.focus();
    else if (problems.repeat) repeatRef.current?.focus();
    return isNewPassphraseReady(problems);
  };
  const reset = () => {
    setValue(EMPTY_NEW_PASSPHRASE);
    setShowProblems(false);
  };

  return { value, check, reset, fields: { value, onChange: setValue, showProblems, firstRef, repeatRef } };
}
