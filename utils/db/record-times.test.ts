import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { putBreak } from './breaks';
import { putCheckin } from './checkins';
import { getDb } from './connection';
import { putEntry } from './entries';
import { TimeOutOfRangeError } from './record-times';

const TOO_LATE = 8.64e15 + 1;
const count = (store: 'checkins' | 'entries' | 'breaks') => async () => (await getDb()).count(store);
const countCheckins = count('checkins');
const countEntries = count('entries');
const countBreaks = count('breaks');

describe('every record write keeps its times within the dates Thaw keeps', () => {
  it.each([
    ['a check-in', () => putCheckin(makeCheckin({ at: TOO_LATE })), countCheckins],
    ['a check-in before 1970', () => putCheckin(makeCheckin({ at: -5 })), countCheckins],
    ['an entry created too late', () => putEntry(makeEntry({ createdAt: TOO_LATE })), countEntries],
    ['an entry edited too late', () => putEntry(makeEntry({ updatedAt: 1e308 })), countEntries],
    ['a break', () => putBreak(makeBreak({ at: TOO_LATE })), countBreaks],
    ['a break ended in 3000', () => putBreak(makeBreak({ endedAt: Date.UTC(3000, 0, 1) })), countBreaks],
  ])('refuses %s and writes nothing', async (_name, write, count) => {
    await expect(write()).rejects.toBeInstanceOf(TimeOutOfRangeError);
    expect(await count()).toBe(0);
  });

  it('writes records whose times are fine', async () => {
    await putCheckin(makeCheckin());
    await putEntry(makeEntry());
    await putBreak(makeBreak({ endedAt: Date.UTC(2026, 10, 1, 10, 3) }));
    expect([await countCheckins(), await countEntries(), await countBreaks()]).toEqual([1, 1, 1]);
  });
});
