import { i18n } from '#i18n';
import { EXERCISE_BY_ID, exerciseLengthSec } from '@/utils/content/exercises';
import type { Suggestion } from '@/utils/suggestions/suggest';
import { breakPagePath } from '@/utils/break-link';
import { openExtensionPage } from '@/utils/tabs';

function minutesOf(seconds: number): string {
  return String(Math.max(1, Math.round(seconds / 60)));
}

/** One kind next step after a check-in, with a button that starts it. */
export function SuggestionCard(props: { suggestion: Suggestion; onOpened?: () => void }) {
  const { suggestion } = props;

  async function open() {
    await openExtensionPage(
      suggestion.kind === 'exercise'
        ? breakPagePath({ exerciseId: suggestion.exerciseId, origin: 'suggestion' })
        : `journal.html?prompt=${suggestion.promptId}`,
    );
    props.onOpened?.();
  }

  return (
    <section className="card suggestion" aria-labelledby="suggestion-title">
      <p className="muted reason">{i18n.t(`suggestions.reasons.${suggestion.reason}`)}</p>
      {suggestion.kind === 'exercise' ? (
        <>
          <h2 id="suggestion-title">{i18n.t(`exercises.${suggestion.exerciseId}.name`)}</h2>
          <p>
            {i18n.t(`exercises.${suggestion.exerciseId}.summary`)}{' '}
            <span className="muted">
              {i18n.t('suggestion.minutes', [
                minutesOf(exerciseLengthSec(EXERCISE_BY_ID[suggestion.exerciseId])),
              ])}
            </span>
          </p>
          <button type="button" className="primary" onClick={() => void open()}>
            {i18n.t('suggestion.start')}
          </button>
        </>
      ) : (
        <>
          <h2 id="suggestion-title">{i18n.t('suggestion.write_title')}</h2>
          <p>{i18n.t(`prompts.${suggestion.promptId}`)}</p>
          <button type="button" className="primary" onClick={() => void open()}>
            {i18n.t('suggestion.write')}
          </button>
        </>
      )}
    </section>
  );
}
