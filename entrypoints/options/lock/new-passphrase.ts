import { passphraseProblem } from '@/utils/vault/passphrase';

/** A new passphrase as typed twice: for the lock, or for an encrypted file. */
export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}

export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { passphrase: '', repeat: '' };

/** What to say under each of the two fields; null where the field is fine. */
export interface NewPassphraseProblems {
  passphrase: 'too_short' | 'too_long' | null;
  repeat: 'mismatch' | null;
}

/**
 * The vault's own rules for the first field (passphraseProblem), and "the same again" for the second:
 * a typo in a passphrase nobody can recover would lock the user out for good.
 */
export function newPassphraseProblems(value: NewPassphrase): NewPassphraseProblems {
  const passphrase = passphraseProblem(value.passphrase);
  const repeat = passphrase === null && value.repeat !== value.passphrase ? 'mismatch' : null;
  return { passphrase, repeat };
}

/** Whether the pair can be used as it is. */
export function isNewPassphraseReady(problems: NewPassphraseProblems): boolean {
  return problems.passphrase === null && problems.repeat === null;
}
