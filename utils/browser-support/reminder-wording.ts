import type { BrowserTraits } from './traits';

/** The locale keys that describe a notification reminder, as this browser shows one. */
export interface ReminderWording {
  /** The "how to remind you" choice for notifications (options and welcome). */
  notificationStyle: 'options.styles.notification' | 'options.styles.notification_click';
  /** The notification's own text ($1 the exercise, $2 its minutes). */
  message: 'reminder.message' | 'reminder.message_click';
}

/**
 * With buttons, the notification offers Start and Snooze itself. Without them (Firefox), the words say
 * what does work: a click opens the break page, where the break can also be put off or skipped.
 */
export function reminderWording(traits: BrowserTraits): ReminderWording {
  return traits.notificationButtons
    ? { notificationStyle: 'options.styles.notification', message: 'reminder.message' }
    : { notificationStyle: 'options.styles.notification_click', message: 'reminder.message_click' };
}
