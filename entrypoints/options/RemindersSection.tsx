import { i18n } from '#i18n';
import { ReminderStyleChoice } from '@/components/ReminderStyleChoice';
import type { Settings } from '@/utils/settings/settings';
import { MinutesField } from './MinutesField';
import type { SaveSetting } from '@/components/useSettings';

export function RemindersSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  return (
    <section className="card" aria-labelledby="reminders-h">
      <h2 id="reminders-h">{i18n.t('options.reminders')}</h2>
      <MinutesField
        setting="reminderEveryMin"
        label={i18n.t('options.reminder_every')}
        value={settings.reminderEveryMin}
        onSave={(v) => void save('reminderEveryMin', v)}
      />
      <MinutesField
        setting="breakLengthMin"
        label={i18n.t('options.break_length')}
        value={settings.breakLengthMin}
        onSave={(v) => void save('breakLengthMin', v)}
      />
      <MinutesField
        setting="naturalBreakMin"
        label={i18n.t('options.natural_break')}
        value={settings.naturalBreakMin}
        onSave={(v) => void save('naturalBreakMin', v)}
      />
      <MinutesField
        setting="snoozeMin"
        label={i18n.t('options.snooze')}
        value={settings.snoozeMin}
        onSave={(v) => void save('snoozeMin', v)}
      />
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
    </section>
  );
}
