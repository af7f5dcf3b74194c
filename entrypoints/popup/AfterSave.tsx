import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { NudgeCard } from '@/components/NudgeCard';
import { SuggestionCard } from '@/components/SuggestionCard';
import type { Checkin } from '@/utils/db/records';
import { getSettings } from '@/utils/db/settings';
import { suggest, type Suggestion } from '@/utils/suggestions/suggest';

/**
 * What follows a saved check-in: thanks, and one suggestion. Loaded only after Save, so the
 * suggestion rules and exercise data do not weigh on the popup's first paint.
 */
export default function AfterSave(props: { checkin: Checkin; onAgain: () => void }) {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  useEffect(() => {
    void getSettings().then((settings) =>
      setSuggestion(suggest(props.checkin, { excluded: settings.excludedExercises, random: Math.random })),
    );
  }, [props.checkin]);

  return (
    <>
      <div role="status">
        <h1>{i18n.t('popup.saved_thanks')}</h1>
      </div>
      {suggestion && <SuggestionCard suggestion={suggestion} onOpened={() => window.close()} />}
      <NudgeCard />
      <button type="button" className="link again" onClick={props.onAgain}>
        {i18n.t('popup.again')}
      </button>
    </>
  );
}
