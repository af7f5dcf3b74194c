import { i18n } from '#i18n';
import type { Ref } from 'react';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '@/utils/vault/passphrase';
import { newPassphraseProblems, type NewPassphrase, type NewPassphraseProblems } from './new-passphrase';
import { PassphraseField } from './PassphraseField';

/** The words for one problem of a new passphrase. */
function problemWords(problem: NewPassphraseProblems[keyof NewPassphraseProblems]): string | null {
  if (problem === 'too_short') return i18n.t('privacy.problems.too_short', [String(PASSPHRASE_MIN_LENGTH)]);
  if (problem === 'too_long') return i18n.t('privacy.problems.too_long', [String(PASSPHRASE_MAX_LENGTH)]);
  if (problem === 'mismatch') return i18n.t('privacy.problems.mismatch');
  return null;
}

/**
 * A new passphrase and its repeat, with the rules said up front. Problems show once the user has
 * tried to go on (`showProblems`), then follow the typing, so nobody is scolded mid-word.
 */
export function NewPassphraseFields(props: {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  labels: { passphrase: string; repeat: string };
  showProblems: boolean;
  disabled?: boolean;
  firstRef?: Ref<HTMLInputElement>;
  repeatRef?: Ref<HTMLInputElement>;
}) {
  const problems = newPassphraseProblems(props.value);
  const shown = (problem: NewPassphraseProblems[keyof NewPassphraseProblems]) =>
    props.showProblems ? problemWords(problem) : null;
  return (
    <>
      <PassphraseField
        label={props.labels.passphrase}
        value={props.value.passphrase}
        onChange={(passphrase) => props.onChange({ ...props.value, passphrase })}
        autoComplete="new-password"
        hint={i18n.t('privacy.rules', [String(PASSPHRASE_MIN_LENGTH)])}
        error={shown(problems.passphrase)}
        disabled={props.disabled}
        inputRef={props.firstRef}
      />
      <PassphraseField
        label={props.labels.repeat}
        value={props.value.repeat}
        onChange={(repeat) => props.onChange({ ...props.value, repeat })}
        autoComplete="new-password"
        error={shown(problems.repeat)}
        disabled={props.disabled}
        inputRef={props.repeatRef}
      />
    </>
  );
}
