import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { fitToLimit } from '@/utils/text/fit-to-limit';
import { pageLocale } from '@/components/page-locale';

/**
 * A text box with a visible limit. Typing or pasting past the limit keeps everything already
 * there, adds what fits, and says so kindly, instead of silently dropping text.
 */
export function LimitedTextArea(props: {
  label: string;
  value: string;
  max: number;
  rows?: number;
  onChange: (value: string) => void;
}) {
  const [refused, setRefused] = useState(false);
  const countId = useId();
  const number = new Intl.NumberFormat(pageLocale());

  return (
    <label className="limited-text">
      <span>{props.label}</span>
      <textarea
        rows={props.rows ?? 2}
        value={props.value}
        aria-describedby={countId}
        onChange={(e) => {
          const box = e.target;
          const next = box.value;
          const fitted = fitToLimit(next, box.selectionStart, props.max);
          setRefused(next.length > props.max);
          // The stored value may not change (the box was already full), so nothing re-renders:
          // put the kept text back in the box ourselves, caret where the refused text began.
          if (fitted !== next) {
            const caret = box.selectionStart - (next.length - fitted.length);
            box.value = fitted;
            box.setSelectionRange(caret, caret);
          }
          props.onChange(fitted);
        }}
      />
      <span id={countId} className="muted count" aria-live="polite">
        {refused
          ? i18n.t('text.limit_reached', [number.format(props.max)])
          : i18n.t('text.count', [number.format(props.value.length), number.format(props.max)])}
      </span>
    </label>
  );
}
