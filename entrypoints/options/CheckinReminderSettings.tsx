import { i18n } from '#i18n';
import { useState } from 'react';
import type { SaveSetting } from '@/components/useSettings';
import { CHECKIN_TIMES_MAX, type Settings } from '@/utils/settings/settings';
import { formatTimeOfDay } from '@/utils/settings/validate';
import { TimeField } from './TimeField';
import { WEEKDAYS, weekdayName } from './weekdays';

/** Times offered when one is added: late morning, after lunch, late afternoon; else the next free hour. */
const SUGGESTED_TIMES = [10 * 60, 13 * 60, 17 * 60];

function freeTime(taken: readonly number[]): number {
  const suggested = SUGGESTED_TIMES.find((t) => !taken.includes(t));
  if (suggested !== undefined) return suggested;
  let t = 9 * 60;
  while (taken.includes(t)) t += 60;
  return t;
}

const sorted = (times: number[]) => [...times].sort((a, b) => a - b);

/** Check-in reminders: on or off, up to three times of day, and the days they come on. */
export function CheckinReminderSettings(props: { settings: Settings; save: SaveSetting }) {
  const { save } = props;
  const value = props.settings.checkinReminders;
  const [duplicate, setDuplicate] = useState<number | null>(null);
  const update = (patch: Partial<Settings['checkinReminders']>) =>
    save('checkinReminders', { ...value, ...patch });

  const changeTime = (index: number, minutes: number) => {
    const others = value.times.filter((_, i) => i !== index);
    if (others.includes(minutes)) {
      setDuplicate(minutes);
      return;
    }
    setDuplicate(null);
    void update({ times: sorted([...others, minutes]) });
  };

  return (
    <section className="card" id="checkin-reminders" aria-labelledby="checkin-reminders-h">
      <h2 id="checkin-reminders-h">{i18n.t('options.checkin_reminders')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => void update({ enabled: e.target.checked })}
        />
        {i18n.t('options.checkin_reminders_on')}
      </label>
      <p className="muted">{i18n.t('options.checkin_reminders_about')}</p>
      <fieldset disabled={!value.enabled}>
        <legend>{i18n.t('options.checkin_times')}</legend>
        <div className="row checkin-times">
          {value.times.map((minutes, index) => (
            <span key={`${index}-${minutes}`} className="checkin-time">
              <TimeField
                label={i18n.t('options.checkin_time', [String(index + 1)])}
                minutes={minutes}
                disabled={!value.enabled}
                onSave={(next) => changeTime(index, next)}
              />
              <button
                type="button"
                className="link"
                aria-label={i18n.t('options.checkin_remove_time', [formatTimeOfDay(minutes)])}
                onClick={() => {
                  setDuplicate(null);
                  void update({ times: value.times.filter((_, i) => i !== index) });
                }}
              >
                ×
              </button>
            </span>
          ))}
          {value.times.length < CHECKIN_TIMES_MAX && (
            <button
              type="button"
              onClick={() => void update({ times: sorted([...value.times, freeTime(value.times)]) })}
            >
              {i18n.t('options.checkin_add_time')}
            </button>
          )}
        </div>
        <p
          className={duplicate === null ? 'muted field-hint' : 'field-error'}
          role={duplicate === null ? undefined : 'alert'}
        >
          {duplicate === null
            ? i18n.t(value.times.length === 0 ? 'options.checkin_no_times' : 'options.checkin_times_max')
            : i18n.t('options.checkin_time_taken', [formatTimeOfDay(duplicate)])}
        </p>
      </fieldset>
      <fieldset disabled={!value.enabled}>
        <legend>{i18n.t('options.checkin_days')}</legend>
        <div className="days">
          {WEEKDAYS.map((day) => (
            <label key={day} className="choice">
              <input
                type="checkbox"
                checked={value.days.includes(day)}
                onChange={(e) =>
                  void update({
                    days: e.target.checked ? [...value.days, day] : value.days.filter((d) => d !== day),
                  })
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
