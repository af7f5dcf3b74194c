import type { Checkin } from '../db/records';
import { groupBy, mean, present } from './stats';

/** Parts of the day, in the user's local time. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Morning 5–12, afternoon 12–17, evening 17–22, night 22–5 (local clock hours). */
export function dayPartOf(at: number): DayPart {
  const hour = new Date(at).getHours();
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

export interface DayPartMood {
  part: DayPart;
  /** Check-ins made in this part of the day. */
  checkins: number;
  /** Mean pleasantness of those that placed the meter; null when none did. */
  pleasantness: number | null;
  /** Mean energy of those with an energy reading; null when none. */
  energy: number | null;
}

/** How check-ins and mood spread over the day, always in the order of DAY_PARTS. */
export function moodByTimeOfDay(checkins: readonly Checkin[]): DayPartMood[] {
  const byPart = groupBy(checkins, (c) => dayPartOf(c.at));
  return DAY_PARTS.map((part) => {
    const group = byPart.get(part) ?? [];
    return {
      part,
      checkins: group.length,
      pleasantness: mean(present(group.map((c) => c.pleasantness))),
      energy: mean(present(group.map((c) => c.energy))),
    };
  });
}
