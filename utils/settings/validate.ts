import { isHelpPlace } from '../content/helplines';
import { isFactorList } from '../factors/list';
import { CHECKIN_TIMES_MAX, GUIDANCE_CHOICES, type Settings } from './settings';

/** Allowed whole-number ranges, in minutes. */
export const LIMITS = {
  reminderEveryMin: { min: 15, max: 120 },
  breakLengthMin: { min: 1, max: 15 },
  naturalBreakMin: { min: 2, max: 30 },
  snoozeMin: { min: 1, max: 30 },
  microBreakEveryMin: { min: 10, max: 60 },
} as const;
export type NumberSetting = keyof typeof LIMITS;

export type SettingError = { kind: 'range'; min: number; max: number } | { kind: 'invalid' };

const MINUTES_IN_DAY = 24 * 60;
const STYLES: readonly Settings['reminderStyle'][] = ['notification', 'badge', 'page'];
const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isMinuteOfDay = (m: unknown): m is number => isWhole(m) && m >= 0 && m < MINUTES_IN_DAY;
const isWeekday = (d: unknown): d is number => isWhole(d) && d >= 0 && d <= 6;

/** Up to three different times of day and any set of weekdays, each listed once. */
function isCheckinReminders(value: unknown): value is Settings['checkinReminders'] {
  if (typeof value !== 'object' || value === null) return false;
  const { enabled, times, days } = value as Record<string, unknown>;
  const distinct = (list: unknown[]) => new Set(list).size === list.length;
  return (
    typeof enabled === 'boolean' &&
    Array.isArray(times) &&
    times.length <= CHECKIN_TIMES_MAX &&
    times.every(isMinuteOfDay) &&
    distinct(times) &&
    Array.isArray(days) &&
    days.every(isWeekday) &&
    distinct(days)
  );
}

function checkNumber(key: NumberSetting, value: unknown): SettingError | null {
  const { min, max } = LIMITS[key];
  return isWhole(value) && value >= min && value <= max ? null : { kind: 'range', min, max };
}

/** Checks one setting's new value; null when it may be saved. */
export function validateSetting<K extends keyof Settings>(key: K, value: unknown): SettingError | null {
  switch (key) {
    case 'reminderEveryMin':
    case 'breakLengthMin':
    case 'naturalBreakMin':
    case 'snoozeMin':
    case 'microBreakEveryMin':
      return checkNumber(key, value);
    case 'checkinReminders':
      return isCheckinReminders(value) ? null : { kind: 'invalid' };
    case 'quietHours': {
      const q = value as Partial<Settings['quietHours']> | null;
      return q && typeof q.enabled === 'boolean' && isMinuteOfDay(q.startMin) && isMinuteOfDay(q.endMin)
        ? null
        : { kind: 'invalid' };
    }
    case 'quietDays':
      return Array.isArray(value) && value.every(isWeekday) ? null : { kind: 'invalid' };
    case 'waitWhileFullscreen':
    case 'waitWhileAudible':
    case 'gentlerBreathing':
    case 'microBreaks':
      return typeof value === 'boolean' ? null : { kind: 'invalid' };
    case 'reminderStyle':
      return STYLES.includes(value as Settings['reminderStyle']) ? null : { kind: 'invalid' };
    case 'guidance':
      return GUIDANCE_CHOICES.includes(value as Settings['guidance']) ? null : { kind: 'invalid' };
    case 'theme':
      return THEMES.includes(value as Settings['theme']) ? null : { kind: 'invalid' };
    case 'excludedExercises':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : { kind: 'invalid' };
    case 'factors':
      return isFactorList(value) ? null : { kind: 'invalid' };
    case 'helpRegion':
      return value === null || isHelpPlace(value) ? null : { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

/** "HH:MM" from an input[type=time] to minutes after midnight, or null. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[1]) < 24 && Number(match[2]) < 60 ? minutes : null;
}

export function formatTimeOfDay(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
