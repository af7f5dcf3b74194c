import { getDb } from './connection';
import { putPrivate } from './private-write';
import { checkRecordTimes } from './record-times';
import type { Checkin } from './records';

/** Saves a new check-in (or replaces one with the same id); its note is sealed while the lock is on. */
export async function putCheckin(checkin: Checkin): Promise<Checkin> {
  checkRecordTimes(checkin.at);
  await putPrivate('checkins', checkin);
  return checkin;
}

/** The most recent check-in, read from the end of the time index (cost does not grow with history). */
export async function latestCheckin(): Promise<Checkin | undefined> {
  const cursor = await (await getDb()).transaction('checkins').store.index('by_at').openCursor(null, 'prev');
  return cursor?.value;
}

/** One check-in by id, as stored (a locked note stays sealed), or undefined. */
export async function getCheckin(id: string): Promise<Checkin | undefined> {
  return (await getDb()).get('checkins', id);
}

/** Check-ins with from <= at < to, oldest first. */
export async function checkinsBetween(from: number, to: number): Promise<Checkin[]> {
  return (await getDb()).getAllFromIndex('checkins', 'by_at', IDBKeyRange.bound(from, to, false, true));
}
