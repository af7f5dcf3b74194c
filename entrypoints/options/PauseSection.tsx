import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { send, type Plan } from '@/utils/messaging/protocol';
import { tomorrowMorning } from '@/utils/settings/pause';
import { pageLocale } from '@/components/page-locale';

const HOUR = 60 * 60 * 1000;

/** Pause reminders for an hour or until tomorrow, and resume. */
export function PauseSection() {
  const [plan, setPlan] = useState<Plan | null>(null);
  const refresh = () => void send('getPlan', null).then(setPlan, () => setPlan(null));
  useEffect(refresh, []);

  const pause = (until: number | null) => void send('pause', { until }).then(refresh);
  const time = (at: number) =>
    new Date(at).toLocaleString(pageLocale(), { weekday: 'short', hour: '2-digit', minute: '2-digit' });

  return (
    <section className="card" aria-labelledby="pause-h">
      <h2 id="pause-h">{i18n.t('options.pause')}</h2>
      <p role="status">
        {plan?.pausedUntil
          ? i18n.t('options.paused_until', [time(plan.pausedUntil)])
          : i18n.t('options.not_paused')}
      </p>
      <div className="row">
        <button type="button" onClick={() => pause(Date.now() + HOUR)}>
          {i18n.t('options.pause_hour')}
        </button>
        <button type="button" onClick={() => pause(tomorrowMorning(Date.now()))}>
          {i18n.t('options.pause_tomorrow')}
        </button>
        {plan?.pausedUntil && (
          <button type="button" onClick={() => pause(null)}>
            {i18n.t('options.resume')}
          </button>
        )}
      </div>
    </section>
  );
}
