import { readFile } from 'node:fs/promises';
import { DB_VERSION } from '../../utils/db/schema';
import { expect, test } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';

const DAY = Date.UTC(2025, 2, 3);
const CHECKINS = Array.from({ length: 40 }, (_, i) => ({
  id: `old-${String(i).padStart(2, '0')}`,
  at: DAY + i * 5 * 86_400_000,
  pleasantness: 1,
  energy: -1,
  emotions: ['calm'],
  body: [],
  note: `from an older Thaw, ${i}`,
  source: 'popup',
}));

for (const oldVersion of [2, 3]) {
  test(`a version ${oldVersion} database opens with every record, and its export holds them all`, async ({
    worker,
    openPage,
  }) => {
    await waitForPlannedAlarm(worker); // the worker's start-up writes are done
    const page = await openPage('help.html');
    // Put back the database as that version of Thaw left it (written by hand here, not by our code):
    // the extension lets go of its connection when asked, so the old one can be deleted first.
    // Version 3 also kept a copy of the export, as Blobs, in a store of its own.
    await page.evaluate(
      async ({ checkins, oldVersion }) => {
        const done = (request: IDBRequest | IDBOpenDBRequest) =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        await done(indexedDB.deleteDatabase('thaw'));
        const open = indexedDB.open('thaw', oldVersion);
        open.onupgradeneeded = () => {
          const db = open.result;
          const c = db.createObjectStore('checkins', { keyPath: 'id' });
          c.createIndex('by_at', 'at');
          c.createIndex('by_emotion', 'emotions', { multiEntry: true });
          const e = db.createObjectStore('entries', { keyPath: 'id' });
          e.createIndex('by_created', 'createdAt');
          e.createIndex('by_tag', 'tags', { multiEntry: true });
          db.createObjectStore('breaks', { keyPath: 'id' }).createIndex('by_at', 'at');
          db.createObjectStore('settings');
          db.createObjectStore('state');
          for (const checkin of checkins) open.transaction?.objectStore('checkins').put(checkin);
          if (oldVersion === 3) {
            const json = new Blob([checkins.map((checkin) => JSON.stringify(checkin)).join(',\n')]);
            db.createObjectStore('exportParts').put({ records: checkins.length, json }, ['checkins', 1, 0]);
          }
        };
        const db = (await done(open)) as IDBDatabase;
        db.close();
      },
      { checkins: CHECKINS, oldVersion },
    );

    // The options page opens it (upgrading it to today's version) and exports everything.
    const options = await openPage('options.html');
    const section = options.getByRole('region', { name: 'Your data' });
    const downloading = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Download everything (JSON)' }).click();
    const file = JSON.parse(await readFile((await (await downloading).path()) ?? '', 'utf8')) as {
      checkins: unknown[];
    };
    expect(file.checkins).toEqual(CHECKINS);
    const upgraded = await options.evaluate(async () => {
      const open = indexedDB.open('thaw');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const shape = { version: db.version, stores: [...db.objectStoreNames] };
      db.close();
      return shape;
    });
    expect(upgraded.version).toBe(DB_VERSION);
    expect(upgraded.stores).not.toContain('exportParts');
    expect(upgraded.stores).toContain('exercises');
  });
}
