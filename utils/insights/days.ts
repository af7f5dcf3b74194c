/**
 * Calendar days in the user's local time zone. A day is named by its local midnight (epoch ms).
 * Days are counted on the calendar, never as 24-hour steps, so daylight-saving changes (23- and
 * 25-hour days) fall where the user sees them.
 */

/** Local midnight starting the day that contains `at`. */
export function dayStart(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Local midnight `count` calendar days after (or, when negative, before) the day containing `at`. */
export function addDays(at: number, count: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + count).getTime();
}

/** "2026-03-08": the local date of `at`, usable as a map key and a <time dateTime>. */
export function dayKey(at: number): string {
  const date = new Date(at);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Day of the week a week starts on: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Local midnight of the first day of the week containing `at`. */
export function weekStart(at: number, weekStartsOn: Weekday): number {
  const offset = (new Date(at).getDay() - weekStartsOn + 7) % 7;
  return addDays(at, -offset);
}

/** The first day of a window of `length` days that ends with (and includes) the day of `now`. */
export function windowStart(now: number, length: number): number {
  return addDays(now, -(length - 1));
}

/** Local midnight of a "YYYY-MM-DD" date (as a date input gives it), or null when it is not one. */
export function dayFromKey(key: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? dayStart(date.getTime()) : null;
}
