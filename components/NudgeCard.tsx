import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { shouldShowNudge } from '@/utils/care/nudge';
import { checkinsBetween } from '@/utils/db/checkins';
import { getState, setState } from '@/utils/db/state';
import { openExtensionPage } from '@/utils/tabs';

const WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * A gentle, dismissible card when recent check-ins have mostly been hard: talking to someone can
 * help. Shows at most once a week (the rule is in utils/care/nudge.ts), never blocks anything. Its
 * buttons are plain: the popup's one primary action stays the suggestion's Start.
 */
export function NudgeCard() {
  const [show, setShow] = useState(false);

  useEffect(() => {
    const now = Date.now();
    void Promise.all([checkinsBetween(now - WINDOW_MS, now + 1), getState('nudge')]).then(
      ([recent, state]) => {
        if (!shouldShowNudge(recent, state, now)) return;
        setShow(true);
        void setState('nudge', { lastShownAt: now });
      },
    );
  }, []);

  if (!show) return null;
  return (
    <aside className="card nudge" aria-labelledby="nudge-title">
      <h2 id="nudge-title">{i18n.t('nudge.title')}</h2>
      <p>{i18n.t('nudge.body')}</p>
      <p className="nudge-actions">
        <button type="button" onClick={() => void openExtensionPage('help.html')}>
          {i18n.t('nudge.see_help')}
        </button>{' '}
        <button type="button" onClick={() => setShow(false)}>
          {i18n.t('nudge.dismiss')}
        </button>
      </p>
    </aside>
  );
}
