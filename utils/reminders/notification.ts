/** The words on a break reminder, already translated. */
export interface ReminderText {
  title: string;
  message: string;
  start: string;
  snooze: string;
}

/** What the notification needs to look like on a given browser. */
export interface ReminderNotification {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  priority: number;
  requireInteraction?: boolean;
  buttons?: { title: string }[];
}

/** Index of each button in `buttons`, as notifications.onButtonClicked reports it. */
export const REMINDER_BUTTON = { start: 0, snooze: 1 } as const;
export const REMINDER_NOTIFICATION_ID = 'thaw-reminder';

/**
 * Builds the reminder. Firefox has no notification buttons (and no requireInteraction):
 * there a click on the notification itself opens the break page, and snooze lives on that page.
 */
export function reminderNotification(
  text: ReminderText,
  options: { iconUrl: string; supportsButtons: boolean },
): ReminderNotification {
  const base: ReminderNotification = {
    type: 'basic',
    iconUrl: options.iconUrl,
    title: text.title,
    message: text.message,
    priority: 1,
  };
  if (!options.supportsButtons) return base;
  // Stays until answered, so a reminder is not missed behind other windows.
  return { ...base, requireInteraction: true, buttons: [{ title: text.start }, { title: text.snooze }] };
}

export const CHECKIN_NOTIFICATION_ID = 'thaw-checkin';
export const MICRO_BREAK_NOTIFICATION_ID = 'thaw-micro-break';

/**
 * A quiet notification with no buttons, for a check-in reminder or a micro-break: low priority, never
 * kept on screen, so it can be ignored without a trace. Chrome and Firefox take the same shape.
 */
export function quietNotification(
  text: { title: string; message: string },
  iconUrl: string,
): ReminderNotification {
  return { type: 'basic', iconUrl, title: text.title, message: text.message, priority: 0 };
}
