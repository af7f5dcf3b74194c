import type { BreakRecord, Checkin } from '../db/records';
import type { TimelineDay } from './timeline-items';

/** The check-ins answered just before and after a break. */
export interface BreakAnswers {
  before?: Checkin;
  after?: Checkin;
}

/**
 * Each shown break's before and after check-ins, found among the shown days, and the ids of those
 * check-ins: they are drawn inside their break rather than a second time as rows of their own.
 */
export function breakAnswers(days: readonly TimelineDay[]): {
  byBreak: Map<string, BreakAnswers>;
  nested: Set<string>;
} {
  const checkins = new Map<string, Checkin>();
  const breaks: BreakRecord[] = [];
  for (const day of days) {
    for (const item of day.items) {
      if (item.kind === 'checkin') checkins.set(item.id, item.checkin);
      else if (item.kind === 'break') breaks.push(item.record);
    }
  }
  const byBreak = new Map<string, BreakAnswers>();
  const nested = new Set<string>();
  for (const record of breaks) {
    const before = record.beforeCheckinId ? checkins.get(record.beforeCheckinId) : undefined;
    const after = record.afterCheckinId ? checkins.get(record.afterCheckinId) : undefined;
    if (!before && !after) continue;
    byBreak.set(record.id, { ...(before ? { before } : {}), ...(after ? { after } : {}) });
    if (before) nested.add(before.id);
    if (after) nested.add(after.id);
  }
  return { byBreak, nested };
}
