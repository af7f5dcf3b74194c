import { useId, type Ref } from 'react';
import './passphrase-field.css';

/**
 * One password field with its label, an optional hint and an optional error, wired for screen
 * readers: the hint and error describe the field, and an error marks it invalid.
 */
export function PassphraseField({
  inputRef,
  ...props
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const described = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="passphrase-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={inputRef}
        type="password"
        autoComplete={props.autoComplete}
        spellCheck={false}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <p id={hintId} className="muted field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} role="alert" className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
