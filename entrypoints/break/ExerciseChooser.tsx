import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { planBreak, roundMinutes, type PlanOptions } from '@/utils/breaks/plan';
import { EXERCISES, type ExerciseId } from '@/utils/content/exercises';

/** "Take a break now" without a suggestion: every exercise, to pick one, each with its length. */
export function ExerciseChooser(props: {
  plan: PlanOptions | null;
  onChoose: (id: ExerciseId) => void;
  children?: ReactNode;
}) {
  return (
    <main className="break-page chooser">
      <h1>{i18n.t('break.choose')}</h1>
      {props.children}
      <ul className="exercise-list">
        {EXERCISES.map((exercise) => (
          <li key={exercise.id}>
            <button type="button" className="exercise-option" onClick={() => props.onChoose(exercise.id)}>
              <strong>{i18n.t(`exercises.${exercise.id}.name`)}</strong>
              <span className="muted">
                {i18n.t(`exercises.${exercise.id}.summary`)}
                {props.plan && (
                  <>
                    {' · '}
                    {i18n.t('suggestion.minutes', [
                      String(roundMinutes(planBreak(exercise.id, props.plan).totalSec)),
                    ])}
                  </>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
