import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { applyImport } from '../data/apply';
import { deleteEverything } from '../data/delete';
import { exportJson } from '../data/export';
import { exportFromRecords, fileText, seed } from '../data/fixtures/database';
import { manyRecords } from '../data/fixtures/many';
import { fastVault } from '../vault/test-vault';
import { putBreak } from './breaks';
import { deleteCheckin, putCheckin } from './checkins';
import { getDb } from './connection';
import { deleteEntry, putEntry } from './entries';
import { BLOCK, PART_SPAN_MS, partKeys, WEEKS_PER_BLOCK } from './export-parts';
import { rekeyAll } from './rekey';

const NOW = Date.UTC(2026, 10, 22);
const WEEK = PART_SPAN_MS;
const exported = async () => fileText(await exportJson(NOW));

/** Every block's text, store by store, in key order: what an export would copy. */
async function partsText(): Promise<string> {
  const db = await getDb();
  const blocks = [];
  for (const store of ['breaks', 'checkins', 'entries'] as const) {
    blocks.push(...(await db.getAll('exportParts', partKeys(store, BLOCK))));
  }
  return (await Promise.all(blocks.map((part) => part.json.text()))).join(',\n');
}

/** Every write path leaves the export parts saying exactly what the records say. */
async function expectPartsMatchRecords() {
  const db = await getDb();
  const records = [
    ...(await db.getAllFromIndex('breaks', 'by_at')),
    ...(await db.getAllFromIndex('checkins', 'by_at')),
    ...(await db.getAllFromIndex('entries', 'by_created')),
  ];
  expect(await partsText()).toBe(records.map((r) => JSON.stringify(r)).join(',\n'));
  if ((await db.get('state', 'vault')) === undefined)
    expect(await exported()).toBe(await exportFromRecords(NOW));
}

describe('export parts follow every write', () => {
  it('a new check-in, an edit that moves it to another week, and its deletion', async () => {
    await seed(manyRecords(300));
    const checkin = makeCheckin({ at: 40 * WEEK + 5, note: 'first words' });
    await putCheckin(checkin);
    await expectPartsMatchRecords();
    expect(await exported()).toContain('first words');

    await putCheckin({ ...checkin, at: 90 * WEEK, note: 'moved and changed' });
    await expectPartsMatchRecords();
    const text = await exported();
    expect(text).not.toContain('first words');
    expect(text.match(/moved and changed/g)).toHaveLength(1);

    await deleteCheckin(checkin.id);
    await expectPartsMatchRecords();
    expect(await exported()).not.toContain('moved and changed');
  });

  it('entries and breaks, new and edited; deleting a record that is not there changes nothing', async () => {
    const entry = makeEntry({ createdAt: 3 * WEEK, text: 'a walk' });
    await putEntry(entry);
    await putEntry({ ...entry, text: 'a long walk', updatedAt: 3 * WEEK + 10 });
    const pause = makeBreak({ at: 3 * WEEK + 1, outcome: 'started' });
    await putBreak(pause);
    await putBreak({ ...pause, outcome: 'completed' });
    await deleteEntry('no-such-entry');
    await expectPartsMatchRecords();
    expect(await exported()).toContain('a long walk');
  });

  it('removes the part of a week whose last record is deleted', async () => {
    const alone = makeEntry({ createdAt: 7 * WEEK });
    await putEntry(alone);
    expect(await (await getDb()).count('exportParts')).toBe(2); // its week, and its block
    await deleteEntry(alone.id);
    expect(await (await getDb()).count('exportParts')).toBe(0);
    await expectPartsMatchRecords();
  });

  it('files a record written at the very first millisecond of a week under that week', async () => {
    await putCheckin(makeCheckin({ id: 'edge', at: 12 * WEEK }));
    await putCheckin(makeCheckin({ id: 'before', at: 12 * WEEK - 1 }));
    const keys = await (await getDb()).getAllKeys('exportParts');
    expect(keys).toEqual([
      ['checkins', 0, 11],
      ['checkins', 0, 12],
      ['checkins', 1, 0],
    ]);
  });

  it('keeps one block per stretch of weeks, and the records counted in it', async () => {
    const first = makeCheckin({ at: 0 });
    await putCheckin(first);
    await putCheckin(makeCheckin({ at: (WEEKS_PER_BLOCK - 1) * WEEK }));
    await putCheckin(makeCheckin({ at: WEEKS_PER_BLOCK * WEEK }));
    const blocks = await (await getDb()).getAll('exportParts', partKeys('checkins', BLOCK));
    expect(blocks.map((block) => block.records)).toEqual([2, 1]);
    await deleteCheckin(first.id);
    await expectPartsMatchRecords();
  });

  it('imports, merging and replacing', async () => {
    await seed(manyRecords(200));
    const file = manyRecords(150);
    const asFile = { format: 'thaw-export', version: 1, exportedAt: NOW, settings: {}, ...file } as const;
    await applyImport(asFile, 'merge');
    await expectPartsMatchRecords();
    await applyImport({ ...asFile, checkins: asFile.checkins.slice(0, 10), breaks: [] }, 'replace');
    await expectPartsMatchRecords();
    expect(await (await getDb()).count('checkins')).toBe(10);
  });

  it('turning the passphrase lock on and off, and deleting everything', async () => {
    await seed(manyRecords(120));
    await putCheckin(makeCheckin({ note: 'private words' }));
    const vault = await fastVault();
    await rekeyAll(null, vault);
    // With the lock on, the parts hold the sealed texts, as the records do: no readable copy is left.
    await expectPartsMatchRecords();
    expect(await partsText()).not.toContain('private words');
    await rekeyAll(vault, null);
    await expectPartsMatchRecords();
    expect(await partsText()).toContain('private words');
    await deleteEverything();
    expect(await (await getDb()).count('exportParts')).toBe(0);
  });
});
