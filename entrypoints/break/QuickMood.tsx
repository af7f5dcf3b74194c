import { i18n } from '#i18n';
import { useId, useState } from 'react';

/** A one-tap answer to "how are you": five steps of pleasantness, or "numb / can't tell". */
export interface QuickAnswer {
  pleasantness: number | null;
  emotions: string[];
}

const STEPS = [
  { key: 'very_low', answer: { pleasantness: -4, emotions: [] } },
  { key: 'low', answer: { pleasantness: -2, emotions: [] } },
  { key: 'okay', answer: { pleasantness: 0, emotions: [] } },
  { key: 'good', answer: { pleasantness: 2, emotions: [] } },
  { key: 'very_good', answer: { pleasantness: 4, emotions: [] } },
  { key: 'cant_tell', answer: { pleasantness: null, emotions: ['cant_tell'] } },
] as const satisfies readonly { key: string; answer: QuickAnswer }[];

type StepKey = (typeof STEPS)[number]['key'];
const answerOf = (key: StepKey): QuickAnswer => {
  const { answer } = STEPS.find((step) => step.key === key) ?? STEPS[2];
  return { pleasantness: answer.pleasantness, emotions: [...answer.emotions] };
};

/**
 * Before a break: an optional answer, then one clear Start. The answers are a choice (pressed or
 * not, one at a time); only Start begins the exercise.
 */
export function BeforeQuestion(props: { question: string; onStart: (answer: QuickAnswer | null) => void }) {
  const [chosen, setChosen] = useState<StepKey | null>(null);
  const [starting, setStarting] = useState(false);
  const id = useId();
  return (
    <section className="quick-mood" aria-labelledby={id}>
      <h2 id={id}>{props.question}</h2>
      <p className="muted quick-hint">{i18n.t('quick.optional')}</p>
      <div className="quick-options" role="group" aria-labelledby={id}>
        {STEPS.map((step) => (
          <button
            key={step.key}
            type="button"
            className="quick-choice"
            aria-pressed={chosen === step.key}
            onClick={() => setChosen(chosen === step.key ? null : step.key)}
          >
            {i18n.t(`quick.${step.key}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="primary start"
        disabled={starting}
        onClick={() => {
          setStarting(true);
          props.onStart(chosen ? answerOf(chosen) : null);
        }}
      >
        {i18n.t('break.start')}
      </button>
    </section>
  );
}

/** After a break: one tap answers and moves on; skipping is as easy. */
export function AfterQuestion(props: { question: string; onAnswer: (answer: QuickAnswer | null) => void }) {
  const id = useId();
  return (
    <section className="quick-mood" aria-labelledby={id}>
      <h2 id={id}>{props.question}</h2>
      <div className="quick-options" role="group" aria-labelledby={id}>
        {STEPS.map((step) => (
          <button key={step.key} type="button" onClick={() => props.onAnswer(answerOf(step.key))}>
            {i18n.t(`quick.${step.key}`)}
          </button>
        ))}
      </div>
      <button type="button" className="link" onClick={() => props.onAnswer(null)}>
        {i18n.t('quick.skip')}
      </button>
    </section>
  );
}
