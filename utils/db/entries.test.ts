import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import { getDb } from './connection';
import { deleteEntry, getEntry, putEntry } from './entries';

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
});
