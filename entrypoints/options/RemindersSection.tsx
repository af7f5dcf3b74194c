import { i18n } from '#i18n';
import { ReminderStyleChoice } from '@/components/ReminderStyleChoice';
import type { Settings } from '@/utils/settings/settings';
import { MinutesField } from './MinutesField';
import type { SaveSetting } from '@/components/useSettings';
import type { NumberSetting } from '@/utils/settings/validate';

/** The minute settings, in the order shown, with their labels. */
const MINUTE_FIELDS = [
  ['reminderEveryMin', 'options.reminder_every'],
  ['naturalBreakMin', 'options.natural_break'],
  ['snoozeMin', 'options.snooze'],
] as const satisfies readonly (readonly [NumberSetting, string])[];

export function RemindersSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  return (
    <section className="card" id="reminders" aria-labelledby="reminders-h">
      <h2 id="reminders-h">{i18n.t('options.reminders')}</h2>
      {MINUTE_FIELDS.map(([setting, label]) => (
        <MinutesField
          key={setting}
          setting={setting}
          label={i18n.t(label)}
          value={settings[setting]}
          onSave={(v) => void save(setting, v)}
        />
      ))}
      <ReminderStyleChoice
        value={settings.reminderStyle}
        onChange={(style) => void save('reminderStyle', style)}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.waitWhileFullscreen}
          onChange={(e) => void save('waitWhileFullscreen', e.target.checked)}
        />
        {i18n.t('options.wait_fullscreen')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.waitWhileAudible}
          onChange={(e) => void save('waitWhileAudible', e.target.checked)}
        />
        {i18n.t('options.wait_audible')}
      </label>
      <p className="muted">{i18n.t('options.shortcut')}</p>
    </section>
  );
}
