import type { Checkin, Entry } from '../db/records';
import { addDays, dayStart, weekStart, type Weekday } from './days';
import { groupBy, mean, present } from './stats';

/** One square of the month calendar. */
export interface CalendarDay {
  /** Local midnight of the day. */
  day: number;
  dayOfMonth: number;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
  checkins: number;
  entries: number;
  /** Mean pleasantness of the day's placed check-ins; null when none. */
  pleasantness: number | null;
  /** Mean energy of the day's check-ins with an energy reading; null when none. */
  energy: number | null;
}

/**
 * The month containing `month` (any time in it) as whole weeks, each of seven days starting on
 * `weekStartsOn`, with each day's check-ins, entries and mean pleasantness and energy.
 */
export function monthCalendar(options: {
  month: number;
  weekStartsOn: Weekday;
  checkins: readonly Checkin[];
  entries: readonly Pick<Entry, 'createdAt'>[];
}): CalendarDay[][] {
  const date = new Date(options.month);
  const first = new Date(date.getFullYear(), date.getMonth(), 1).getTime();
  const next = new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime();

  const checkinsByDay = groupBy(options.checkins, (c) => dayStart(c.at));
  const entriesByDay = groupBy(options.entries, (e) => dayStart(e.createdAt));

  const weeks: CalendarDay[][] = [];
  for (let start = weekStart(first, options.weekStartsOn); start < next; start = addDays(start, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, index) => {
        const day = addDays(start, index);
        const checkins = checkinsByDay.get(day) ?? [];
        return {
          day,
          dayOfMonth: new Date(day).getDate(),
          inMonth: day >= first && day < next,
          checkins: checkins.length,
          entries: entriesByDay.get(day)?.length ?? 0,
          pleasantness: mean(present(checkins.map((c) => c.pleasantness))),
          energy: mean(present(checkins.map((c) => c.energy))),
        };
      }),
    );
  }
  return weeks;
}

/** Local midnight of the first day of the month `offset` months from the one containing `at`. */
export function monthStart(at: number, offset = 0): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth() + offset, 1).getTime();
}
