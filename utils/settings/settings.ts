import type { HelpPlace } from '../content/helplines';
import { DEFAULT_FACTOR_LIST, type FactorSetting } from '../factors/list';

/** How a due break is brought to the user's attention. */
export type ReminderStyle = 'notification' | 'badge' | 'page';

export type Theme = 'system' | 'light' | 'dark';

/**
 * Guidance that needs no screen, for following an exercise with eyes closed: nothing, a soft chime
 * at each step, or the steps spoken by a voice on the device (chimes where there is none).
 */
export type Guidance = 'off' | 'chimes' | 'voice';
export const GUIDANCE_CHOICES: readonly Guidance[] = ['off', 'chimes', 'voice'];

/**
 * Check-in reminders at chosen times of day (off by default): up to CHECKIN_TIMES_MAX times, in
 * minutes after midnight local time, on the chosen days (0 = Sunday … 6 = Saturday).
 */
export interface CheckinReminders {
  enabled: boolean;
  times: number[];
  days: number[];
}
export const CHECKIN_TIMES_MAX = 3;

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
  /** Quiet notifications that invite a check-in at chosen times. */
  checkinReminders: CheckinReminders;
  /** A 20-second eye or posture break every `microBreakEveryMin` minutes of active browsing. */
  microBreaks: boolean;
  /** Minutes of active browsing between micro-breaks (10–60). */
  microBreakEveryMin: number;
  /** Exercise ids the user does not want suggested. */
  excludedExercises: string[];
  /** Chimes or spoken steps during exercises, to follow them with eyes closed. */
  guidance: Guidance;
  /** Breathe at the gentler count where an exercise has one (3-count box breathing). */
  gentlerBreathing: boolean;
  theme: Theme;
  /** Where help lines are shown for: a country code or 'other', or null to follow the browser's language. */
  helpRegion: HelpPlace | null;
  /** The factors offered after the feeling words, in the person's order (utils/factors/list.ts). */
  factors: FactorSetting[];
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
  checkinReminders: { enabled: false, times: [13 * 60], days: [0, 1, 2, 3, 4, 5, 6] },
  microBreaks: false,
  microBreakEveryMin: 20,
  excludedExercises: [],
  guidance: 'off',
  gentlerBreathing: false,
  theme: 'system',
  helpRegion: null,
  factors: [...DEFAULT_FACTOR_LIST],
};

/** A stored or imported settings record, which may come from an older version. */
export type StoredSettings = Partial<Settings> & {
  /** Before `guidance`: a soft chime at each step, on or off. */
  sound?: unknown;
};

/**
 * Settings from an older version, in today's shape: the chime switch (`sound`) becomes the
 * guidance choice, unless one was made since. Anything never set is left for the defaults.
 */
export function upgradeSettings(stored: StoredSettings | undefined): Partial<Settings> {
  if (!stored) return {};
  const { sound, ...current } = stored;
  if (current.guidance === undefined && sound === true) return { ...current, guidance: 'chimes' };
  return current;
}

/** Whole settings from a stored record of any version: today's shape, defaults for anything unset. */
export function settingsFrom(...records: (StoredSettings | undefined)[]): Settings {
  return Object.assign({ ...DEFAULT_SETTINGS }, ...records.map(upgradeSettings)) as Settings;
}
