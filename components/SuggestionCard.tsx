import { i18n } from '#i18n';
import { planAsWritten, planBreak, planOptionsFrom, roundMinutes } from '@/utils/breaks/plan';
import { EXERCISE_BY_ID, exerciseLengthSec, isExerciseId, type ExerciseId } from '@/utils/content/exercises';
import { playableOf, type CustomExercise } from '@/utils/exercises/custom-exercise';
import type { Settings } from '@/utils/settings/settings';
import type { Suggestion } from '@/utils/suggestions/suggest';
import { openBreakPage, openExtensionPage } from '@/utils/tabs';
import { useSettings } from './useSettings';

/** How long the break will be: as the break page will plan it, once the settings are read. */
function minutesOf(id: ExerciseId, settings: Settings | null): string {
  const seconds = settings
    ? planBreak(id, planOptionsFrom(settings)).totalSec
    : exerciseLengthSec(EXERCISE_BY_ID[id]);
  return String(roundMinutes(seconds));
}

/** The name, one line about it and its length, for a built-in exercise or one of the person's own. */
function describe(
  id: string,
  own: CustomExercise | undefined,
  settings: Settings | null,
): { name: string; summary: string; minutes: string } | null {
  if (isExerciseId(id))
    return {
      name: i18n.t(`exercises.${id}.name`),
      summary: i18n.t(`exercises.${id}.summary`),
      minutes: minutesOf(id, settings),
    };
  if (own?.id !== id) return null;
  return {
    name: own.title,
    summary: i18n.t('suggestion.own_summary'),
    minutes: String(roundMinutes(planAsWritten(playableOf(own)).totalSec)),
  };
}

/**
 * One kind next step after a check-in, with a button that starts it. An exercise started here
 * begins at once: the check-in (`checkinId`) already answered "how are you right now?".
 */
export function SuggestionCard(props: {
  suggestion: Suggestion;
  /** The suggested exercise when it is one of the person's own. */
  own?: CustomExercise | undefined;
  checkinId?: string;
  onOpened?: () => void;
}) {
  const { suggestion } = props;
  const { settings } = useSettings();
  const exercise =
    suggestion.kind === 'exercise' ? describe(suggestion.exerciseId, props.own, settings) : null;

  async function open() {
    if (suggestion.kind === 'exercise')
      await openBreakPage({
        exerciseId: suggestion.exerciseId,
        origin: 'suggestion',
        ...(props.checkinId ? { checkinId: props.checkinId } : {}),
      });
    else await openExtensionPage(`journal.html?prompt=${suggestion.promptId}`);
    props.onOpened?.();
  }

  return (
    <section className="card suggestion" aria-labelledby="suggestion-title">
      <p className="muted reason">{i18n.t(`suggestions.reasons.${suggestion.reason}`)}</p>
      {suggestion.kind === 'exercise' ? (
        <>
          <h2 id="suggestion-title">{exercise?.name}</h2>
          <p>
            {exercise?.summary}{' '}
            <span className="muted">{i18n.t('suggestion.minutes', [exercise?.minutes ?? ''])}</span>
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
