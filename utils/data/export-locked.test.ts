import { describe, expect, it } from 'vitest';
import type { TextPlace } from '../vault/place';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { rekeyAll } from '../db/rekey';
import { putCheckin } from '../db/checkins';
import { UnreadableTextError } from '../vault/errors';
import { fastVault } from '../vault/test-vault';
import { revealText } from '../vault/text';
import { exportCsv, exportJson, ExportNeedsUnlockError, type ExportProgress } from './export';
import { exportFromRecords, fileText, readAll, seed } from './fixtures/database';
import { manyRecords } from './fixtures/many';

const NOW = Date.UTC(2026, 10, 3);
const records = {
  checkins: [
    makeCheckin({ id: 'c1', note: 'tight chest, "call" at 3' }),
    makeCheckin({ id: 'c2', note: '' }),
    makeCheckin({ id: 'c3', note: '=SUM(A1)' }),
  ],
  entries: [makeEntry({ id: 'e1', text: 'river at dusk\nwith Sam', tags: ['walk'] })],
  breaks: [makeBreak({ id: 'b1' })],
};

/** The same database with the lock on, and the open vault that reveals it. */
async function lockedCopy() {
  await seed(records);
  const plainJson = await fileText(await exportJson(NOW));
  const plainCsv = {
    checkins: (await exportCsv('checkins')).join(''),
    entries: (await exportCsv('entries')).join(''),
  };
  const vault = await fastVault();
  await rekeyAll(null, vault);
  return { vault, plainJson, plainCsv };
}

describe('export while the lock is on', () => {
  it('refuses without a way to reveal, so no file is made with empty notes', async () => {
    await lockedCopy();
    await expect(exportJson(NOW)).rejects.toBeInstanceOf(ExportNeedsUnlockError);
    await expect(exportCsv('checkins')).rejects.toBeInstanceOf(ExportNeedsUnlockError);
    await expect(exportCsv('entries')).rejects.toBeInstanceOf(ExportNeedsUnlockError);
    // Breaks hold no private text: they export without the passphrase.
    expect((await exportCsv('breaks')).join('')).toContain('"b1"');
  });

  it('writes the same JSON and CSV as the unlocked database, with every text readable', async () => {
    const { vault, plainJson, plainCsv } = await lockedCopy();
    const stored = JSON.stringify(await readAll());
    expect(stored).not.toContain('river at dusk');
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place);

    const json = await fileText(await exportJson(NOW, { reveal }));
    expect(json).toBe(plainJson);
    expect(json).not.toContain('"locked"');
    expect((await exportCsv('checkins', { reveal })).join('')).toBe(plainCsv.checkins);
    expect((await exportCsv('entries', { reveal })).join('')).toBe(plainCsv.entries);
  });

  it('exports 10,000 locked records as a dump of the unlocked stores, record by record', async () => {
    await seed(manyRecords(10_000));
    const dump = await exportFromRecords(NOW);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place);
    const opened: ExportProgress[] = [];
    const json = await fileText(
      await exportJson(NOW, { reveal, onProgress: (p) => p.step === 'opening' && opened.push(p) }),
    );
    expect(json).toBe(dump);
    expect(opened.at(-1)?.done).toBe(opened.at(-1)?.total);
  }, 120_000);

  it('reveals texts the popup sealed since, too', async () => {
    const { vault } = await lockedCopy();
    await putCheckin(makeCheckin({ id: 'c9', note: 'written in the popup' }));
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place);
    const file = JSON.parse(await fileText(await exportJson(NOW, { reveal }))) as { checkins: unknown[] };
    expect(file.checkins).toContainEqual(expect.objectContaining({ id: 'c9', note: 'written in the popup' }));
  });

  it('fails rather than writing a text it cannot open', async () => {
    await lockedCopy();
    const other = await fastVault('another passphrase');
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(other, text, place);
    await expect(exportJson(NOW, { reveal })).rejects.toBeInstanceOf(UnreadableTextError);
    await expect(exportCsv('entries', { reveal })).rejects.toBeInstanceOf(UnreadableTextError);
  });
});
