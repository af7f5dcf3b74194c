import { beforeEach, describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { putCheckin } from '../db/checkins';
import { putEntry } from '../db/entries';
import type { Checkin, Entry } from '../db/records';
import { applyImport } from './apply';
import { byId, readAll, snapshot } from './fixtures/database';
import { useEnglishMessages } from './fixtures/english';
import { MARKUP_IMPORTS } from './fixtures/markup-imports';
import { markupNotice } from './markup-text';
import { parseExport } from './parse';
import { previewImport } from './preview';

interface RawFile {
  checkins?: Pick<Checkin, 'id' | 'note'>[];
  entries?: Pick<Entry, 'id' | 'text' | 'tags'>[];
}

/** Every free text of the records, by record id: what must survive the import unchanged. */
const textsOf = (file: RawFile) => ({
  checkins: byId(file.checkins ?? []).map(({ id, note }) => ({ id, note })),
  entries: byId(file.entries ?? []).map(({ id, text, tags }) => ({ id, text, tags })),
});

beforeEach(async () => {
  useEnglishMessages();
  await putCheckin(makeCheckin({ id: 'here-1', note: 'kept' }));
  await putEntry(makeEntry({ id: 'here-2' }));
});

describe.each(MARKUP_IMPORTS.map((file) => [file.name, file] as const))('%s', (_name, markup) => {
  it('is accepted, and its preview names the places before anything is written', async () => {
    const result = parseExport(markup.file);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
    const before = await snapshot();
    const preview = await previewImport(result.value);
    expect(preview.markupPlaces).toEqual(markup.places);
    expect(markupNotice(preview.markupPlaces)).toBe(markup.notice);
    expect(await snapshot()).toEqual(before);
  });

  it('imports every text unchanged, character for character', async () => {
    const raw = JSON.parse(markup.file) as RawFile;
    const result = parseExport(markup.file);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
    expect(textsOf(result.value)).toEqual(textsOf(raw));
    await applyImport(result.value, 'replace');
    const stored = await readAll();
    expect(textsOf(stored)).toEqual(textsOf(raw));
    expect(stored).toEqual({
      checkins: byId(result.value.checkins),
      entries: byId(result.value.entries),
      breaks: byId(result.value.breaks),
      exercises: [],
    });
  });
});

it('a preview of a file without markup has no notice', async () => {
  const result = parseExport(JSON.stringify({ checkins: [], entries: [] }));
  if (!result.ok) throw new Error('refused');
  const preview = await previewImport(result.value);
  expect(preview.markupPlaces).toEqual([]);
  expect(markupNotice(preview.markupPlaces)).toBe('');
});
