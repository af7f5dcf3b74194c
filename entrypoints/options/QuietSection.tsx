import { i18n } from '#i18n';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSetting } from '@/components/useSettings';
import { TimeField } from './TimeField';
import { WEEKDAYS, weekdayName } from './weekdays';

export function QuietSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  const quiet = settings.quietHours;
  return (
    <section className="card" id="quiet" aria-labelledby="quiet-h">
      <h2 id="quiet-h">{i18n.t('options.quiet')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={quiet.enabled}
          onChange={(e) => void save('quietHours', { ...quiet, enabled: e.target.checked })}
        />
        {i18n.t('options.quiet_hours')}
      </label>
      <div className={quiet.enabled ? 'row' : 'row is-off'}>
        <TimeField
          label={i18n.t('options.quiet_from')}
          minutes={quiet.startMin}
          disabled={!quiet.enabled}
          onSave={(startMin) => void save('quietHours', { ...quiet, startMin })}
        />
        <TimeField
          label={i18n.t('options.quiet_to')}
          minutes={quiet.endMin}
          disabled={!quiet.enabled}
          onSave={(endMin) => void save('quietHours', { ...quiet, endMin })}
        />
      </div>
      <fieldset>
        <legend>{i18n.t('options.quiet_days')}</legend>
        <div className="days">
          {WEEKDAYS.map((day) => (
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
              {weekdayName(day)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
