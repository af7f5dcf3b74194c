import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { HeavyCard } from '@/components/HeavyCard';
import { NudgeCard } from '@/components/NudgeCard';
import { SuggestionCard } from '@/components/SuggestionCard';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import { isHeavyCheckin } from '@/utils/care/heavy';
import { isDisconnected } from '@/utils/content/emotions';
import { helpPlaceFor } from '@/utils/content/help-place';
import type { HelpPlace } from '@/utils/content/helplines';
import type { Checkin } from '@/utils/db/records';
import { getSettings } from '@/utils/db/settings';
import { listCustomExercises } from '@/utils/db/custom-exercises';
import { recentTrackRecords } from '@/utils/db/track-records';
import type { CustomExercise } from '@/utils/exercises/custom-exercise';
import { suggest, type Suggestion } from '@/utils/suggestions/suggest';
import { openExtensionPage } from '@/utils/tabs';

/**
 * What follows a saved check-in: thanks, then (for heavy words) people to talk to, then one suggestion.
 * Loaded only after Save, so the suggestion rules and exercise data do not weigh on the popup's first paint.
 */
export default function AfterSave(props: { checkin: Checkin; onAgain: () => void }) {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [own, setOwn] = useState<readonly CustomExercise[]>([]);
  const [place, setPlace] = useState<HelpPlace | null>(null);
  const heavy = isHeavyCheckin(props.checkin);
  const numb = props.checkin.emotions.some(isDisconnected);
  // Focus lands on the result of Save, never on the page.
  const thanks = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    // Without its records (a read that fails), the suggestion is still made, as for a new user.
    const records = recentTrackRecords().catch(() => undefined);
    const ownList = listCustomExercises().catch(() => []);
    void getSettings().then(async (settings) => {
      setPlace(helpPlaceFor(settings.helpRegion, navigator.language));
      const exercises = await ownList;
      setOwn(exercises);
      setSuggestion(
        suggest(props.checkin, {
          excluded: settings.excludedExercises,
          random: Math.random,
          records: await records,
          own: exercises,
        }),
      );
    });
  }, [props.checkin]);

  async function openAbout() {
    await openExtensionPage('about-numbness.html');
    window.close();
  }

  return (
    <>
      <div role="status">
        <h1 ref={thanks} tabIndex={-1}>
          {i18n.t('popup.saved_thanks')}
        </h1>
      </div>
      {heavy && place && <HeavyCard place={place} onOpened={() => window.close()} />}
      {suggestion && (
        <SuggestionCard
          suggestion={suggestion}
          own={own.find(
            (exercise) => suggestion.kind === 'exercise' && exercise.id === suggestion.exerciseId,
          )}
          checkinId={props.checkin.id}
          onOpened={() => window.close()}
        />
      )}
      {numb && (
        <button type="button" className="link why-numb" onClick={() => void openAbout()}>
          {i18n.t('numbness.why')}
        </button>
      )}
      {!heavy && <NudgeCard />}
      <button type="button" className="link again" onClick={props.onAgain}>
        {i18n.t('popup.again')}
      </button>
    </>
  );
}
