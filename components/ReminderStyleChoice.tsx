import { i18n } from '#i18n';
import type { Settings } from '@/utils/settings/settings';

const STYLES: Settings['reminderStyle'][] = ['notification', 'badge', 'page'];

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
          {i18n.t(`options.styles.${style}`)}
        </label>
      ))}
    </fieldset>
  );
}
