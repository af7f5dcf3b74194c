import { i18n } from '#i18n';
import { useId } from 'react';
import { useSyncedText } from '@/components/useSyncedText';
import { LIMITS, validateSetting, type NumberSetting } from '@/utils/settings/validate';

/** A number of minutes, checked as it is typed: valid values save at once, others explain why not. */
export function MinutesField(props: {
  setting: NumberSetting;
  label: string;
  /** What the setting does, said before the allowed range. */
  about?: string;
  value: number;
  onSave: (value: number) => void;
}) {
  const [text, setText] = useSyncedText(props.value, String, (t) => (t.trim() === '' ? null : Number(t)));
  const errorId = useId();
  const { min, max } = LIMITS[props.setting];
  const number = text.trim() === '' ? Number.NaN : Number(text);
  const error = validateSetting(props.setting, number);

  return (
    <div className="field">
      <label>
        <span>{props.label}</span>
        <input
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={errorId}
          onChange={(e) => {
            setText(e.target.value);
            const next = Number(e.target.value);
            if (e.target.value.trim() !== '' && !validateSetting(props.setting, next)) props.onSave(next);
          }}
        />
        <span className="unit">{i18n.t('options.minutes')}</span>
      </label>
      <p
        id={errorId}
        className={error ? 'field-error' : 'muted field-hint'}
        role={error ? 'alert' : undefined}
      >
        {error
          ? i18n.t('options.range_error', [String(min), String(max)])
          : [props.about, i18n.t('options.range_hint', [String(min), String(max)])].filter(Boolean).join(' ')}
      </p>
    </div>
  );
}
