import { i18n } from '#i18n';
import type { Settings } from '@/utils/settings/settings';
import { formatTimeOfDay, parseTimeOfDay } from '@/utils/settings/validate';
import type { SaveSetting } from '@/components/useSettings';

// Sunday = 0 … Saturday = 6, shown Monday first.
const DAYS = [1, 2, 3, 4, 5, 6, 0];
const dayName = (day: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 7 + day, 12)));

export function QuietSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  const quiet = settings.quietHours;
  const setTime = (key: 'startMin' | 'endMin', text: string) => {
    const minutes = parseTimeOfDay(text);
    if (minutes !== null) void save('quietHours', { ...quiet, [key]: minutes });
  };
  return (
    <section className="card" aria-labelledby="quiet-h">
      <h2 id="quiet-h">{i18n.t('options.quiet')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={quiet.enabled}
          onChange={(e) => void save('quietHours', { ...quiet, enabled: e.target.checked })}
        />
        {i18n.t('options.quiet_hours')}
      </label>
      <div className="row">
        <label>
          {i18n.t('options.quiet_from')}{' '}
          <input
            type="time"
            disabled={!quiet.enabled}
            defaultValue={formatTimeOfDay(quiet.startMin)}
            onChange={(e) => setTime('startMin', e.target.value)}
          />
        </label>
        <label>
          {i18n.t('options.quiet_to')}{' '}
          <input
            type="time"
            disabled={!quiet.enabled}
            defaultValue={formatTimeOfDay(quiet.endMin)}
            onChange={(e) => setTime('endMin', e.target.value)}
          />
        </label>
      </div>
      <fieldset>
        <legend>{i18n.t('options.quiet_days')}</legend>
        <div className="days">
          {DAYS.map((day) => (
            <label key={day} className="choice">
              <input
                type="checkbox"
                checked={settings.quietDays.includes(day)}
                onChange={(e) =>
                  void save(
                    'quietDays',
                    e.target.checked
                      ? [...settings.quietDays, day]
                      : settings.quietDays.filter((d) => d !== day),
                  )
                }
              />
              {dayName(day)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
