import { i18n } from '#i18n';
import { useState } from 'react';

/** 5-4-3-2-1: a box per thing noticed. Kept only on this page; nothing here is saved. */
export function SensesNotes(props: { stepKey: string; count: number }) {
  const [notes, setNotes] = useState<Record<string, string[]>>({});
  const current = notes[props.stepKey] ?? Array.from({ length: props.count }, () => '');
  return (
    <ol className="senses-notes" aria-label={i18n.t('exercise.notice_label')}>
      {current.map((value, i) => (
        <li key={`${props.stepKey}-${i}`}>
          <input
            type="text"
            aria-label={i18n.t('exercise.notice_item', [String(i + 1), String(props.count)])}
            value={value}
            maxLength={200}
            onChange={(e) =>
              setNotes((all) => ({
                ...all,
                [props.stepKey]: current.map((v, j) => (j === i ? e.target.value : v)),
              }))
            }
          />
        </li>
      ))}
    </ol>
  );
}
