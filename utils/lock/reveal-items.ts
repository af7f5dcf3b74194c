import type { TimelineDay, TimelineItem } from '../journal/timeline-items';
import type { PrivateRecord } from './records';
import type { RevealCache } from './reveal-cache';

/** The private record inside a timeline row, if it has one (breaks have no text). */
function recordOf(item: TimelineItem): PrivateRecord | null {
  return item.kind === 'entry' ? item.entry : item.kind === 'checkin' ? item.checkin : null;
}

/** The row with its text readable from the cache, or undefined when it has not been revealed yet. */
export function seeItem(item: TimelineItem, cache: RevealCache): TimelineItem | undefined {
  if (item.kind === 'entry') {
    const entry = cache.peek(item.entry);
    return entry && { ...item, entry };
  }
  if (item.kind === 'checkin') {
    const checkin = cache.peek(item.checkin);
    return checkin && { ...item, checkin };
  }
  return item;
}

/** Rows made readable, revealing what they need. */
export async function revealItems(
  items: readonly TimelineItem[],
  cache: RevealCache,
): Promise<TimelineItem[]> {
  await cache.fill(items.flatMap((item) => recordOf(item) ?? []));
  return items.map((item) => seeItem(item, cache) ?? item);
}

/** Days made readable, revealing what they need. */
export async function revealDays(days: readonly TimelineDay[], cache: RevealCache): Promise<TimelineDay[]> {
  await cache.fill(days.flatMap((day) => day.items.flatMap((item) => recordOf(item) ?? [])));
  return days.map((day) => ({ ...day, items: day.items.map((item) => seeItem(item, cache) ?? item) }));
}
