import { announceChange } from './changes';
import { getDb } from './connection';
import { checkRecordTimes } from './record-times';
import type { BreakRecord } from './records';

/** Saves a break record, new or updated (e.g. completed with an after check-in). */
export async function putBreak(record: BreakRecord): Promise<BreakRecord> {
  checkRecordTimes(record.at, record.endedAt);
  await (await getDb()).put('breaks', record);
  announceChange({ store: 'breaks', ids: [record.id] });
  return record;
}

/** Breaks with from <= at < to, oldest first. */
export async function breaksBetween(from: number, to: number): Promise<BreakRecord[]> {
  return (await getDb()).getAllFromIndex('breaks', 'by_at', IDBKeyRange.bound(from, to, false, true));
}
