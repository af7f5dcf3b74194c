import { breakHelped } from '../insights/what-helps';
import { trackRecordsOf, type BreakResult, type TrackRecord } from '../suggestions/track-record';
import { getDb } from './connection';
import type { Checkin } from './records';

/**
 * How many of the latest breaks a suggestion learns from: recent enough to reflect the person now,
 * and a bound on the reading, so a suggestion costs the same after years of breaks.
 */
export const LEARN_FROM_BREAKS = 300;

/**
 * Each exercise's record over the latest LEARN_FROM_BREAKS breaks with an exercise and both answers,
 * read in one read-only transaction, newest first.
 */
export async function recentTrackRecords(limit = LEARN_FROM_BREAKS): Promise<Map<string, TrackRecord>> {
  const tx = (await getDb()).transaction(['breaks', 'checkins'], 'readonly');
  const checkins = tx.objectStore('checkins');
  const results: BreakResult[] = [];
  let cursor = await tx.objectStore('breaks').index('by_at').openCursor(null, 'prev');
  while (cursor && results.length < limit) {
    const record = cursor.value;
    if (record.exerciseId && record.beforeCheckinId && record.afterCheckinId) {
      const [before, after] = await Promise.all([
        checkins.get(record.beforeCheckinId),
        checkins.get(record.afterCheckinId),
      ]);
      const byId = new Map<string, Checkin>();
      for (const checkin of [before, after]) if (checkin) byId.set(checkin.id, checkin);
      const helped = breakHelped(record, byId);
      if (helped !== null) results.push({ exerciseId: record.exerciseId, helped });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return trackRecordsOf(results);
}
