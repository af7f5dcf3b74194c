import { i18n } from '#i18n';
import { planBreak, planOptionsFrom, roundMinutes } from '@/utils/breaks/plan';
import { EXERCISE_BY_ID, exerciseLengthSec, type ExerciseId } from '@/utils/content/exercises';
import type { Settings } from '@/utils/settings/settings';
import type { Suggestion } from '@/utils/suggestions/suggest';
import { breakPagePath } from '@/utils/break-link';
import { openExtensionPage } from '@/utils/tabs';
import { useSettings } from './useSettings';

/** How long the break will be: as the break page will plan it, once the settings are read. */
function minutesOf(id: ExerciseId, settings: Settings | null): string {
  const seconds = settings
    ? planBreak(id, planOptionsFrom(settings)).totalSec
    : exerciseLengthSec(EXERCISE_BY_ID[id]);
  return String(roundMinutes(seconds));
}

/** One kind next step after a check-in, with a button that starts it. */
export function SuggestionCard(props: { suggestion: Suggestion; onOpened?: () => void }) {
  const { suggestion } = props;
  const { settings } = useSettings();

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
              {i18n.t('suggestion.minutes', [minutesOf(suggestion.exerciseId, settings)])}
            </span>
          </p>
          {suggestion.helped && (
            <p className="helped">
              {i18n.t('suggestion.helped_you', [
                String(suggestion.helped.helped),
                String(suggestion.helped.measured),
              ])}
            </p>
          )}
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
