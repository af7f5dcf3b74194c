import { openDB } from 'idb';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { exportJson } from '../data/export';
import { exportFromRecords, fileText } from '../data/fixtures/database';
import type { RecordsByStore } from '../data/format';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { getDb } from './connection';
import type { BreakRecord, Checkin, Entry } from './records';
import { DB_NAME, DB_VERSION, type ThawDB } from './schema';

/**
 * Writes a database exactly as version 1 laid it out, written by hand here (not by migrate()),
 * so a later change to the migration code cannot quietly change what "version 1" means.
 */
async function writeVersion1(
  records: { checkins: Checkin[]; entries: Entry[]; breaks: BreakRecord[] },
  settings: Record<string, unknown> = { reminderEveryMin: 35 },
) {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('checkins', { keyPath: 'id' }).createIndex('by_at', 'at');
      v1.createObjectStore('entries', { keyPath: 'id' }).createIndex('by_created', 'createdAt');
      v1.createObjectStore('breaks', { keyPath: 'id' }).createIndex('by_at', 'at');
      v1.createObjectStore('settings');
      v1.createObjectStore('state');
    },
  });
  const tx = db.transaction(['checkins', 'entries', 'breaks', 'settings'], 'readwrite');
  for (const c of records.checkins) void tx.objectStore('checkins').put(c);
  for (const e of records.entries) void tx.objectStore('entries').put(e);
  for (const b of records.breaks) void tx.objectStore('breaks').put(b);
  void tx.objectStore('settings').put({ ...DEFAULT_SETTINGS, ...settings }, 'settings');
  await tx.done;
  db.close();
}

describe('database migrations', () => {
  it('opens a version 1 database full of records and finds every record', async () => {
    const checkins = Array.from({ length: 300 }, (_, i) => makeCheckin({ at: i * 60_000, note: `n${i}` }));
    const entries = Array.from({ length: 120 }, (_, i) => makeEntry({ createdAt: i * 3_600_000 }));
    const breaks = Array.from({ length: 80 }, (_, i) => makeBreak({ at: i * 3_600_000 }));
    await writeVersion1({ checkins, entries, breaks });

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('checkins')).toEqual(expect.arrayContaining(checkins));
    expect(await db.count('checkins')).toBe(checkins.length);
    expect(await db.getAll('entries')).toEqual(expect.arrayContaining(entries));
    expect(await db.getAll('breaks')).toEqual(expect.arrayContaining(breaks));
    expect(await db.get('settings', 'settings')).toMatchObject({ reminderEveryMin: 35 });
    // The time indexes still answer after the upgrade.
    expect((await db.getAllFromIndex('checkins', 'by_at')).at(-1)?.note).toBe('n299');
  });

  it('version 2 indexes the tags and feeling words of every version 1 record', async () => {
    const checkins = Array.from({ length: 200 }, (_, i) =>
      makeCheckin({ at: i * 60_000, emotions: i % 2 ? ['numb', 'tired'] : ['calm'] }),
    );
    const entries = Array.from({ length: 90 }, (_, i) =>
      makeEntry({ createdAt: i * 3_600_000, tags: i % 3 ? ['work'] : ['sleep', 'walk'] }),
    );
    const breaks = Array.from({ length: 40 }, (_, i) => makeBreak({ at: i * 3_600_000 }));
    await writeVersion1({ checkins, entries, breaks });

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('checkins')).toEqual(expect.arrayContaining(checkins));
    expect(await db.count('checkins')).toBe(200);
    expect(await db.count('entries')).toBe(90);
    expect(await db.count('breaks')).toBe(40);
    expect(await db.countFromIndex('checkins', 'by_emotion', 'numb')).toBe(100);
    expect(await db.countFromIndex('checkins', 'by_emotion', 'calm')).toBe(100);
    expect(await db.countFromIndex('entries', 'by_tag', 'work')).toBe(60);
    expect(await db.countFromIndex('entries', 'by_tag', 'walk')).toBe(30);
    expect((await db.getAllFromIndex('entries', 'by_created')).map((e) => e.id)).toEqual(
      entries.map((e) => e.id),
    );
  });

  it('version 4 drops the export copies of a version 3 database and exports every record', async () => {
    const checkins = Array.from({ length: 250 }, (_, i) => makeCheckin({ at: i * 7_200_000, note: `n${i}` }));
    const entries = Array.from({ length: 60 }, (_, i) => makeEntry({ createdAt: i * 86_400_000 }));
    const breaks = Array.from({ length: 30 }, (_, i) => makeBreak({ at: i * 86_400_000 }));
    await writeVersion1({ checkins, entries, breaks });
    // Version 3 as it was laid out: version 2's indexes and a store of export copies (Blobs).
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db, _old, _new, tx) {
        tx.objectStore('entries').createIndex('by_tag', 'tags', { multiEntry: true });
        tx.objectStore('checkins').createIndex('by_emotion', 'emotions', { multiEntry: true });
        db.createObjectStore('exportParts');
      },
    });
    await v3.put('exportParts', { records: 1, json: new Blob(['{}']) }, ['checkins', 0, 0]);
    v3.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('exportParts');
    const exported = JSON.parse(await fileText(await exportJson(1))) as RecordsByStore;
    expect(exported.checkins).toEqual(checkins);
    expect(exported.entries).toEqual(entries);
    expect(exported.breaks).toEqual(breaks);
    expect(await fileText(await exportJson(1))).toBe(await exportFromRecords(1));
  });

  it('version 4 indexes only the sealed texts', async () => {
    const sealed = { v: 1 as const, vault: 'v', epk: 'e', iv: 'i', ct: 'c' };
    await writeVersion1({
      checkins: [makeCheckin({ note: '', locked: sealed }), makeCheckin({ note: 'plain' })],
      entries: [makeEntry({ text: '', locked: { v: 1, vault: 'v', iv: 'i', ct: 'c' } })],
      breaks: [],
    });
    const db = await getDb();
    expect(await db.countFromIndex('checkins', 'by_sealed')).toBe(1);
    expect(await db.countFromIndex('entries', 'by_sealed')).toBe(0);
  });

  it.each([
    ['uk', 'GB'],
    ['us', 'US'],
    ['ie', 'IE'],
    ['eu', 'other'],
    ['other', 'other'],
    [null, null],
    ['mars', null],
  ])('version 5 reads the old help region %s as %s, keeping every other setting', async (old, place) => {
    await writeVersion1(
      { checkins: [makeCheckin()], entries: [], breaks: [] },
      {
        reminderEveryMin: 35,
        theme: 'dark',
        helpRegion: old,
      },
    );
    const db = await getDb();
    expect(await db.get('settings', 'settings')).toEqual({
      ...DEFAULT_SETTINGS,
      reminderEveryMin: 35,
      theme: 'dark',
      helpRegion: place,
    });
    expect(await db.count('checkins')).toBe(1);
  });

  it('creates every store and index in a new database', async () => {
    const db = await getDb();
    expect([...db.objectStoreNames].sort()).toEqual([
      'breaks',
      'checkins',
      'entries',
      'exercises',
      'settings',
      'state',
    ]);
    expect([...db.transaction('checkins').store.indexNames].sort()).toEqual([
      'by_at',
      'by_emotion',
      'by_sealed',
    ]);
    expect([...db.transaction('entries').store.indexNames].sort()).toEqual([
      'by_created',
      'by_sealed',
      'by_tag',
    ]);
    expect([...db.transaction('breaks').store.indexNames]).toEqual(['by_at']);
    expect([...db.transaction('exercises').store.indexNames]).toEqual(['by_created']);
  });

  it('version 6 adds an empty store of own exercises and keeps every version 1 record', async () => {
    const breaks = [makeBreak({ at: 1_000, exerciseId: 'box_breathing' })];
    await writeVersion1({ checkins: [], entries: [], breaks });
    const db = await getDb();
    expect(await db.count('exercises')).toBe(0);
    expect(await db.getAll('breaks')).toEqual(breaks);
  });

  it('types each store with its record', () => {
    expectTypeOf<ThawDB['checkins']['value']>().toEqualTypeOf<Checkin>();
    expectTypeOf<ThawDB['entries']['value']>().toEqualTypeOf<Entry>();
    expectTypeOf<ThawDB['breaks']['value']>().toEqualTypeOf<BreakRecord>();
    expectTypeOf<ThawDB['checkins']['indexes']['by_at']>().toEqualTypeOf<number>();
    expectTypeOf<ThawDB['entries']['indexes']['by_tag']>().toEqualTypeOf<string>();
  });
});
