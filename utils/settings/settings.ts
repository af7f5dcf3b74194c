import type { HelpPlace } from '../content/helplines';

/** How a due break is brought to the user's attention. */
export type ReminderStyle = 'notification' | 'badge' | 'page';

export type Theme = 'system' | 'light' | 'dark';

/** Everything the user can configure. One record, stored in the `settings` store. */
export interface Settings {
  /** Minutes of active browsing before a break is suggested (15–120). */
  reminderEveryMin: number;
  /** Suggested break length in minutes (1–15). */
  breakLengthMin: number;
  /** Minutes idle or locked that count as a natural break and reset the session (2–30). */
  naturalBreakMin: number;
  /** Minutes a snooze postpones a reminder (1–30). */
  snoozeMin: number;
  /** Quiet hours: no reminders between start and end (minutes after midnight; may cross midnight). */
  quietHours: { enabled: boolean; startMin: number; endMin: number };
  /** Days (0 = Sunday … 6 = Saturday) with no reminders at all. */
  quietDays: number[];
  /** Wait while a window is fullscreen. */
  waitWhileFullscreen: boolean;
  /** Wait while a tab plays sound (a call, a film). */
  waitWhileAudible: boolean;
  reminderStyle: ReminderStyle;
  /** Exercise ids the user does not want suggested. */
  excludedExercises: string[];
  /** A soft sound during breaks. */
  sound: boolean;
  theme: Theme;
  /** Where help lines are shown for: a country code or 'other', or null to follow the browser's language. */
  helpRegion: HelpPlace | null;
}

export const DEFAULT_SETTINGS: Settings = {
  reminderEveryMin: 50,
  breakLengthMin: 3,
  naturalBreakMin: 5,
  snoozeMin: 10,
  quietHours: { enabled: false, startMin: 22 * 60, endMin: 7 * 60 },
  quietDays: [],
  waitWhileFullscreen: true,
  waitWhileAudible: true,
  reminderStyle: 'notification',
  excludedExercises: [],
  sound: false,
  theme: 'system',
  helpRegion: null,
};
