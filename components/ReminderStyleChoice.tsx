import { i18n } from '#i18n';
import { reminderWording } from '@/utils/browser-support/reminder-wording';
import { browserTraits } from '@/utils/browser-support/traits';
import type { Settings } from '@/utils/settings/settings';

const STYLES: Settings['reminderStyle'][] = ['notification', 'badge', 'page'];

/** Notifications are described as this browser shows them (Firefox's have no buttons). */
const wording = reminderWording(browserTraits(import.meta.env.BROWSER));

function styleLabel(style: Settings['reminderStyle']): string {
  return style === 'notification' ? i18n.t(wording.notificationStyle) : i18n.t(`options.styles.${style}`);
}

/** How to be reminded: a notification, only the badge, or the break page. */
export function ReminderStyleChoice(props: {
  value: Settings['reminderStyle'];
  onChange: (style: Settings['reminderStyle']) => void;
}) {
  return (
    <fieldset>
      <legend>{i18n.t('options.style')}</legend>
      {STYLES.map((style) => (
        <label key={style} className="choice">
          <input
            type="radio"
            name="reminder-style"
            checked={props.value === style}
            onChange={() => props.onChange(style)}
          />
          {styleLabel(style)}
        </label>
      ))}
    </fieldset>
  );
}
