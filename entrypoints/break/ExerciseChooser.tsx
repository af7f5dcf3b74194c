import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import { planBreak, roundMinutes, type PlanOptions } from '@/utils/breaks/plan';
import { EXERCISE_GROUPS } from '@/utils/content/exercise-groups';
import { customLengthSec, type CustomExercise } from '@/utils/exercises/custom-exercise';

/**
 * "Take a break now" without a suggestion: every exercise, grouped by what it helps with, each
 * with its length (the person's own ones among them), and a way back to what you were doing (Get help is in the header).
 */
export function ExerciseChooser(props: {
  plan: PlanOptions | null;
  /** The person's own exercises: each is listed in every group it suits, marked as theirs. */
  own: readonly CustomExercise[];
  onChoose: (id: string) => void;
  children?: ReactNode;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="break-page chooser">
      <h1 ref={heading} tabIndex={-1}>
        {i18n.t('break.choose')}
      </h1>
      {props.children}
      {EXERCISE_GROUPS.map((group) => (
        <section key={group.id} className="exercise-group" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{i18n.t(`break.groups.${group.id}`)}</h2>
          <ul className="exercise-list">
            {group.exercises.map((id) => (
              <li key={id}>
                <button type="button" className="exercise-option" onClick={() => props.onChoose(id)}>
                  <strong>{i18n.t(`exercises.${id}.name`)}</strong>
                  <span className="muted">
                    {i18n.t(`exercises.${id}.summary`)}
                    {props.plan && (
                      <>
                        {' · '}
                        {i18n.t('suggestion.minutes', [
                          String(roundMinutes(planBreak(id, props.plan).totalSec)),
                        ])}
                      </>
                    )}
                  </span>
                </button>
              </li>
            ))}
            {props.own
              .filter((own) => own.suits.includes(group.id))
              .map((own) => (
                <li key={own.id}>
                  <button
                    type="button"
                    className="exercise-option own"
                    onClick={() => props.onChoose(own.id)}
                  >
                    <strong>{own.title}</strong>
                    <span className="muted">
                      {i18n.t('own_exercises.yours')}
                      {' · '}
                      {i18n.t('suggestion.minutes', [String(roundMinutes(customLengthSec(own)))])}
                    </span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <footer className="break-footer chooser-footer">
        <button type="button" onClick={() => window.close()}>
          {i18n.t('break.back')}
        </button>
      </footer>
    </main>
  );
}
