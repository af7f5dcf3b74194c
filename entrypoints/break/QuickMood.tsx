import { i18n } from '#i18n';
import { useFocusOnMount } from '@/components/useFocusOnMount';

/** A one-tap answer to "how are you": five steps of pleasantness, or "numb / can't tell". */
export interface QuickAnswer {
  pleasantness: number | null;
  emotions: string[];
}

const STEPS = [
  { value: -4, key: 'very_low' },
  { value: -2, key: 'low' },
  { value: 0, key: 'okay' },
  { value: 2, key: 'good' },
  { value: 4, key: 'very_good' },
] as const;

export function QuickMood(props: { question: string; onAnswer: (answer: QuickAnswer | null) => void }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="quick-mood" aria-labelledby="quick-mood-q">
      <h2 id="quick-mood-q" ref={heading} tabIndex={-1}>
        {props.question}
      </h2>
      <div className="quick-options" role="group" aria-labelledby="quick-mood-q">
        {STEPS.map((step) => (
          <button
            key={step.key}
            type="button"
            onClick={() => props.onAnswer({ pleasantness: step.value, emotions: [] })}
          >
            {i18n.t(`quick.${step.key}`)}
          </button>
        ))}
        <button type="button" onClick={() => props.onAnswer({ pleasantness: null, emotions: ['cant_tell'] })}>
          {i18n.t('quick.cant_tell')}
        </button>
      </div>
      <button type="button" className="link" onClick={() => props.onAnswer(null)}>
        {i18n.t('quick.skip')}
      </button>
    </section>
  );
}
