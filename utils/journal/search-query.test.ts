import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { checkinMatches, entryMatches, highlightParts, isActiveQuery, queryTerms } from './search-query';

describe('search queries', () => {
  it('splits a query into folded words', () => {
    expect(queryTerms('Café ÉTÉ')).toEqual(['cafe', 'ete']);
    expect(queryTerms('  Deep   BREATH ')).toEqual(['deep', 'breath']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('is active with any text or filter', () => {
    expect(isActiveQuery({ text: ' ' })).toBe(false);
    expect(isActiveQuery({ text: 'x' })).toBe(true);
    expect(isActiveQuery({ text: '', emotion: 'numb' })).toBe(true);
    expect(isActiveQuery({ text: '', tag: 'work' })).toBe(true);
    expect(isActiveQuery({ text: '', from: 0 })).toBe(true);
    expect(isActiveQuery({ text: '', to: 10 })).toBe(true);
  });

  it('matches entries by text and tags, all words required', () => {
    const entry = makeEntry({ text: 'A walk in the rain', tags: ['Outdoors'] });
    expect(entryMatches(entry, { text: '' }, [])).toBe(true);
    expect(entryMatches(entry, { text: '' }, ['rain', 'walk'])).toBe(true);
    expect(entryMatches(entry, { text: '' }, ['outdoors'])).toBe(true);
    expect(entryMatches(entry, { text: '' }, ['rain', 'sun'])).toBe(false);
    expect(entryMatches(entry, { text: '', tag: 'outdoors' }, [])).toBe(true);
    expect(entryMatches(entry, { text: '', tag: 'indoors' }, [])).toBe(false);
    expect(entryMatches(entry, { text: '', emotion: 'calm' }, [])).toBe(false);
  });

  it('matches check-ins by note and feeling word; tags never match a check-in', () => {
    const checkin = makeCheckin({ note: 'Tight chest before the call', emotions: ['anxious'] });
    expect(checkinMatches(checkin, { text: '' }, ['call'])).toBe(true);
    expect(checkinMatches(checkin, { text: '', emotion: 'anxious' }, [])).toBe(true);
    expect(checkinMatches(checkin, { text: '', emotion: 'calm' }, [])).toBe(false);
    expect(checkinMatches(checkin, { text: '', tag: 'work' }, [])).toBe(false);
    expect(checkinMatches(makeCheckin({ note: '' }), { text: '' }, ['x'])).toBe(false);
  });

  it('matches check-ins by their factors as the person names them, folded', () => {
    const walked = makeCheckin({ note: '', emotions: ['tired'], factors: ['outdoors', 'own_1'] });
    const names: Record<string, string> = { outdoors: 'Tiempo al aire libre', own_1: 'Café con Ana' };
    const factorName = (id: string) => names[id] ?? id;
    const id = (x: string) => x;
    expect(checkinMatches(walked, { text: '' }, ['aire'], id, factorName)).toBe(true);
    expect(checkinMatches(walked, { text: '' }, ['cafe', 'tired'], id, factorName)).toBe(true);
    expect(checkinMatches(walked, { text: '' }, ['people'], id, factorName)).toBe(false);
    expect(checkinMatches(makeCheckin({ note: '' }), { text: '' }, ['aire'], id, factorName)).toBe(false);
  });

  it('matches check-ins by the names of their feeling words, in the language given', () => {
    const numb = makeCheckin({ note: '', emotions: ['numb', 'tired'] });
    const names: Record<string, string> = { numb: 'Anestesia emocional', tired: 'Cansado' };
    const spanish = (id: string) => names[id] ?? id;
    expect(checkinMatches(numb, { text: '' }, ['numb'])).toBe(true);
    expect(checkinMatches(numb, { text: '' }, ['anestesia'], spanish)).toBe(true);
    expect(checkinMatches(numb, { text: '' }, ['anestesia', 'cansado'], spanish)).toBe(true);
    expect(checkinMatches(numb, { text: '' }, ['calm'], spanish)).toBe(false);
    // Words and note together: every term must be found in one or the other.
    const noted = makeCheckin({ note: 'after the long call', emotions: ['numb'] });
    expect(checkinMatches(noted, { text: '' }, ['numb', 'call'])).toBe(true);
  });

  it('splits text into highlighted parts that join back to the text', () => {
    const parts = highlightParts('Café and cafe, CAFÉ', ['cafe']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Café', 'cafe', 'CAFÉ']);
    expect(parts.map((p) => p.text).join('')).toBe('Café and cafe, CAFÉ');
    expect(highlightParts('overlapping aaa', ['aa', 'a'])).toEqual([
      { text: 'overl', match: false },
      { text: 'a', match: true },
      { text: 'pping ', match: false },
      { text: 'aaa', match: true },
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
    expect(highlightParts('', ['x'])).toEqual([]);
    // Text that folds to another length is left unhighlighted rather than marked wrongly.
    expect(highlightParts('e\u0301', ['e'])).toEqual([{ text: 'e\u0301', match: false }]);
  });
});
