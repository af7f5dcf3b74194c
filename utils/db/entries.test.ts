import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import { countEntries, deleteEntry, entriesBetween, getEntry, putEntry } from './entries';

describe('entries store', () => {
  it('saves, edits and reads an entry', async () => {
    const entry = makeEntry({ text: 'first', tags: ['work'] });
    await putEntry(entry);
    await putEntry({ ...entry, text: 'edited', updatedAt: entry.updatedAt + 1 });
    expect(await getEntry(entry.id)).toMatchObject({ text: 'edited', tags: ['work'] });
    expect(await countEntries()).toBe(1);
  });

  it('lists by creation time and deletes', async () => {
    await putEntry(makeEntry({ id: 'new', createdAt: 20 }));
    await putEntry(makeEntry({ id: 'old', createdAt: 10 }));
    expect((await entriesBetween(0, 100)).map((e) => e.id)).toEqual(['old', 'new']);
    await deleteEntry('old');
    expect((await entriesBetween(0, 100)).map((e) => e.id)).toEqual(['new']);
  });
});
