import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import { getDb } from './connection';
import { fastVault } from '../vault/test-vault';
import { deleteEntry, entriesBetween, EntryChangedError, getEntry, putEntry } from './entries';
import { setState } from './state';

describe('entries store', () => {
  it('saves, edits and reads an entry', async () => {
    const entry = makeEntry({ text: 'first', tags: ['work'] });
    await putEntry(entry);
    await putEntry({ ...entry, text: 'edited', updatedAt: entry.updatedAt + 1 });
    expect(await getEntry(entry.id)).toMatchObject({ text: 'edited', tags: ['work'] });
    expect(await (await getDb()).count('entries')).toBe(1);
  });

  it('deletes one entry', async () => {
    await putEntry(makeEntry({ id: 'new', createdAt: 20 }));
    await putEntry(makeEntry({ id: 'old', createdAt: 10 }));
    await deleteEntry('old');
    expect(await (await getDb()).getAllKeys('entries')).toEqual(['new']);
  });

  it('refuses an edit over a version saved since the edit began, and keeps the newer one', async () => {
    const entry = makeEntry({ id: 'e', createdAt: 10, updatedAt: 10, text: 'first' });
    await putEntry(entry);
    // Two tabs began editing at updatedAt 10; the first saves.
    await putEntry({ ...entry, text: 'from tab one', updatedAt: 20 }, { basedOn: 10 });
    const refused = putEntry({ ...entry, text: 'from tab two', updatedAt: 30 }, { basedOn: 10 });
    await expect(refused).rejects.toBeInstanceOf(EntryChangedError);
    await expect(refused).rejects.toMatchObject({ stored: { text: 'from tab one', updatedAt: 20 } });
    expect(await getEntry('e')).toMatchObject({ text: 'from tab one', updatedAt: 20 });
    // Chosen knowingly, over the version now shown.
    await putEntry({ ...entry, text: 'from tab two', updatedAt: 30 }, { basedOn: 20 });
    expect(await getEntry('e')).toMatchObject({ text: 'from tab two' });
  });

  it('refuses it while the lock is on as well', async () => {
    const vault = await fastVault();
    await setState('vault', vault.record);
    const entry = makeEntry({ id: 'e', createdAt: 10, updatedAt: 10, text: 'first' });
    await putEntry(entry);
    await putEntry({ ...entry, text: 'one', updatedAt: 20 }, { basedOn: 10 });
    await expect(putEntry({ ...entry, text: 'two', updatedAt: 30 }, { basedOn: 10 })).rejects.toBeInstanceOf(
      EntryChangedError,
    );
    expect(await getEntry('e')).toMatchObject({ updatedAt: 20 });
  });

  it('saves an edit of an entry deleted meanwhile again, so no words are lost', async () => {
    await putEntry(makeEntry({ id: 'gone', text: 'words', updatedAt: 10 }), { basedOn: 5 });
    expect(await getEntry('gone')).toMatchObject({ text: 'words' });
  });

  it('lists a time range by when entries were written, oldest first, end excluded', async () => {
    for (const createdAt of [2000, 500, 1500, 1000]) {
      await putEntry(makeEntry({ id: `at-${createdAt}`, createdAt, updatedAt: 9000 }));
    }
    expect((await entriesBetween(1000, 2000)).map((e) => e.id)).toEqual(['at-1000', 'at-1500']);
    expect(await entriesBetween(2500, 3000)).toEqual([]);
  });
});
