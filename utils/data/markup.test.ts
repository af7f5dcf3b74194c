import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { useEnglishMessages } from './fixtures/english';
import { findMarkupPlaces, type MarkupPlace } from './markup';
import { NAMED_PLACES, markupNotice } from './markup-text';

describe('findMarkupPlaces', () => {
  it('finds nothing in plain text, lone "<" included', () => {
    const file = {
      checkins: [makeCheckin({ note: 'a < b, I <3 tea, x<y' }), makeCheckin({ note: '' })],
      entries: [makeEntry({ text: '-> <- <= >=', tags: ['<', 'a<b'] })],
    };
    expect(findMarkupPlaces(file)).toEqual([]);
  });

  it('lists check-ins, then entries, in file order, with each field that holds markup', () => {
    const file = {
      checkins: [
        makeCheckin({ id: 'plain' }),
        makeCheckin({ id: 'c2', note: '<b>' }),
        makeCheckin({ id: 'c3', note: 'x <!-- y' }),
      ],
      entries: [
        makeEntry({ id: 'e1', text: 'fine', tags: ['ok', '<img src=x>'] }),
        makeEntry({ id: 'e2', text: '<?xml', tags: ['</p>'] }),
        makeEntry({ id: 'e3', text: '<script>', tags: [] }),
      ],
    };
    expect(findMarkupPlaces(file)).toEqual([
      { store: 'checkins', number: 2, id: 'c2', fields: ['note'] },
      { store: 'checkins', number: 3, id: 'c3', fields: ['note'] },
      { store: 'entries', number: 1, id: 'e1', fields: ['tags'] },
      { store: 'entries', number: 2, id: 'e2', fields: ['text', 'tags'] },
      { store: 'entries', number: 3, id: 'e3', fields: ['text'] },
    ]);
  });
});

describe('markupNotice', () => {
  const KEPT = 'Thaw keeps it as plain text; it is shown just as written and never runs.';
  const note = (n: number): MarkupPlace => ({ store: 'checkins', number: n, id: `c${n}`, fields: ['note'] });

  it('says nothing when there is nothing to say', () => {
    useEnglishMessages();
    expect(markupNotice([])).toBe('');
  });

  it('names up to three places, then counts the rest', () => {
    useEnglishMessages();
    expect(NAMED_PLACES).toBe(3);
    expect(markupNotice([note(1), note(2)])).toBe(
      `2 records hold text that looks like HTML or script: check-in “c1” (note) and check-in “c2” (note). ${KEPT}`,
    );
    expect(markupNotice([note(1), note(2), note(3)])).toBe(
      `3 records hold text that looks like HTML or script: check-in “c1” (note), check-in “c2” (note) and check-in “c3” (note). ${KEPT}`,
    );
    expect(markupNotice([note(1), note(2), note(3), note(4)])).toBe(
      `4 records hold text that looks like HTML or script: check-in “c1” (note), check-in “c2” (note), check-in “c3” (note) and 1 more. ${KEPT}`,
    );
    expect(markupNotice(Array.from({ length: 40 }, (_, i) => note(i + 1)))).toMatch(/ and 37 more\. /);
  });

  it('shortens a very long id', () => {
    useEnglishMessages();
    const id = 'x'.repeat(128);
    expect(markupNotice([{ store: 'entries', number: 1, id, fields: ['text', 'tags'] }])).toBe(
      `1 record holds text that looks like HTML or script: journal entry “${'x'.repeat(60)}…” (text and tags). ${KEPT}`,
    );
  });
});
