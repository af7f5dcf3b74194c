import { i18n } from '#i18n';
import { EXERCISES, exerciseLengthSec, type ExerciseId } from '@/utils/content/exercises';

/** "Take a break now" without a suggestion: every exercise, to pick one. */
export function ExerciseChooser(props: { onChoose: (id: ExerciseId) => void }) {
  return (
    <main className="break-page chooser">
      <h1>{i18n.t('break.choose')}</h1>
      <ul className="exercise-list">
        {EXERCISES.map((exercise) => (
          <li key={exercise.id}>
            <button type="button" className="exercise-option" onClick={() => props.onChoose(exercise.id)}>
              <strong>{i18n.t(`exercises.${exercise.id}.name`)}</strong>
              <span className="muted">
                {i18n.t(`exercises.${exercise.id}.summary`)} ·{' '}
                {i18n.t('suggestion.minutes', [
                  String(Math.max(1, Math.round(exerciseLengthSec(exercise) / 60))),
                ])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
