import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import type { BreakRecord, Checkin } from '../db/records';
import { addDays } from '../insights/days';
import {
  buildSummary,
  FIRST_CHOICE,
  isEmpty,
  needsTexts,
  readRange,
  SUMMARY_SECTIONS,
  summaryWindow,
  type SectionContent,
  type SectionId,
  type SummaryRecords,
} from './summary';

/** Local times: the summary's days are the person's calendar days. */
const NOW = new Date(2026, 11, 2, 15, 30).getTime();
const TODAY = new Date(2026, 11, 2).getTime();
const ALL: SectionId[] = SUMMARY_SECTIONS.map((s) => s.id);
const NONE: SummaryRecords = { checkins: [], breaks: [], entries: [] };

function build(
  records: Partial<SummaryRecords>,
  chosen: readonly SectionId[] = ALL,
  days: 30 | 90 | 365 = 30,
) {
  return buildSummary(
    { ...NONE, ...records },
    { window: summaryWindow(NOW, days), chosen, weekStartsOn: 1, factorIds: ['walk', 'sleep', 'alcohol'] },
  );
}

function section<K extends SectionId>(sections: SectionContent[], id: K): Extract<SectionContent, { id: K }> {
  const found = sections.find((s): s is Extract<SectionContent, { id: K }> => s.id === id);
  if (!found) throw new Error(`no ${id} section`);
  return found;
}

describe('the choice of sections', () => {
  it('offers mood, words, factors, breaks and notes, in that order; notes are never chosen at first', () => {
    expect(ALL).toEqual(['mood', 'words', 'factors', 'breaks', 'notes']);
    expect(FIRST_CHOICE).toEqual(['mood', 'words', 'factors', 'breaks']);
  });

  it('asks for the lock only for the written words', () => {
    expect(ALL.filter(needsTexts)).toEqual(['notes']);
  });
});

describe('summaryWindow', () => {
  it('covers the chosen number of calendar days, today included', () => {
    for (const days of [30, 90, 365] as const) {
      const window = summaryWindow(NOW, days);
      expect(window.to).toBe(addDays(TODAY, 1));
      expect(window.lastDay).toBe(TODAY);
      expect(window.from).toBe(addDays(TODAY, -(days - 1)));
    }
    expect(summaryWindow(NOW, 30).from).toBe(new Date(2026, 10, 3).getTime());
  });

  it('reads check-ins from a day earlier, for a break whose check-in before sits just outside', () => {
    const window = summaryWindow(NOW, 30);
    expect(readRange(window)).toEqual({
      checkinsFrom: addDays(window.from, -1),
      from: window.from,
      to: window.to,
    });
  });
});

describe('buildSummary', () => {
  it('holds only the chosen sections, in the order they print', () => {
    const summary = build({}, ['breaks', 'mood']);
    expect(summary.sections.map((s) => s.id)).toEqual(['mood', 'breaks']);
    expect(build({}, ['words', 'breaks']).sections.map((s) => s.id)).not.toContain('notes');
    expect(build({}, []).sections).toEqual([]);
  });

  it('says every section is empty for a period with no records', () => {
    const summary = build({});
    expect(summary.sections.map((s) => [s.id, isEmpty(s)])).toEqual([
      ['mood', true],
      ['words', true],
      ['factors', true],
      ['breaks', true],
      ['notes', true],
    ]);
  });

  it('counts the first day of the period from its midnight and leaves out the moment before it', () => {
    const window = summaryWindow(NOW, 30);
    const checkins = [
      makeCheckin({ id: 'before', at: window.from - 1, emotions: ['tired'], pleasantness: 4 }),
      makeCheckin({ id: 'first', at: window.from, emotions: ['calm'], pleasantness: 2, energy: 0 }),
      makeCheckin({ id: 'last', at: window.to - 1, emotions: ['calm'], pleasantness: -2, energy: 2 }),
      makeCheckin({ id: 'after', at: window.to, emotions: ['tired'], pleasantness: 4 }),
    ];
    const summary = build({ checkins });
    const mood = section(summary.sections, 'mood');
    expect(mood.readings).toBe(2);
    expect(mood.pleasantness).toBe(0);
    expect(mood.energy).toBe(1);
    expect(mood.points).toHaveLength(30);
    expect(mood.points[0]).toMatchObject({ start: window.from, count: 1, pleasantness: 2 });
    expect(mood.points.at(-1)).toMatchObject({ start: TODAY, count: 1, pleasantness: -2 });
    expect(section(summary.sections, 'words').words).toEqual([{ word: 'calm', count: 2 }]);
  });

  it('draws a week per point for 90 and 365 days', () => {
    expect(section(build({}, ['mood'], 90).sections, 'mood').points.length).toBeLessThanOrEqual(15);
    expect(section(build({}, ['mood'], 365).sections, 'mood').points.length).toBeLessThanOrEqual(54);
  });

  it('counts feeling words, most used first, and "I can\'t tell" apart', () => {
    const at = NOW - 3_600_000;
    const checkins = [
      makeCheckin({ at, emotions: ['numb', 'tired'] }),
      makeCheckin({ at, emotions: ['tired', 'cant_tell'] }),
      makeCheckin({ at, emotions: ['calm'] }),
      makeCheckin({ at, emotions: ['cant_tell'], pleasantness: null, energy: null }),
    ];
    const words = section(build({ checkins }).sections, 'words');
    expect(words.words).toEqual([
      { word: 'tired', count: 2 },
      { word: 'numb', count: 1 },
      { word: 'calm', count: 1 },
    ]);
    expect(words.cantTell).toBe(2);
    expect(words.checkins).toBe(4);
    expect(isEmpty(words)).toBe(false);
  });

  it('counts a period of only "I can\'t tell" as something said, not as empty', () => {
    const checkins = [makeCheckin({ at: NOW - 1000, emotions: ['cant_tell'], pleasantness: null })];
    const summary = build({ checkins });
    expect(isEmpty(section(summary.sections, 'words'))).toBe(false);
    expect(isEmpty(section(summary.sections, 'mood'))).toBe(true);
  });

  it('tallies breaks of the period and lists the exercises taken, most taken first', () => {
    const at = NOW - 86_400_000;
    const breaks = [
      makeBreak({ at, exerciseId: 'senses_54321', outcome: 'completed' }),
      makeBreak({ at, exerciseId: 'senses_54321', outcome: 'stopped' }),
      makeBreak({ at, exerciseId: 'box_breathing', outcome: 'completed' }),
      makeBreak({ at, exerciseId: 'box_breathing', outcome: 'skipped' }),
      makeBreak({ at, outcome: 'natural', origin: 'idle', exerciseId: undefined }),
      makeBreak({ at, outcome: 'suggested', origin: 'micro', exerciseId: undefined }),
      makeBreak({ at: summaryWindow(NOW, 30).from - 1, exerciseId: 'stretch_move', outcome: 'completed' }),
    ];
    const content = section(build({ breaks }).sections, 'breaks');
    expect(content.tally).toEqual({ taken: 3, natural: 1, skipped: 1, unanswered: 0, snoozes: 0, micro: 1 });
    expect(content.exercises).toEqual([
      { exerciseId: 'senses_54321', taken: 2, completed: 1, shift: null },
      { exerciseId: 'box_breathing', taken: 1, completed: 1, shift: null },
    ]);
  });

  it('states the before/after shift only from five measured breaks, with the check-in before read a day early', () => {
    const window = summaryWindow(NOW, 30);
    const checkins: Checkin[] = [];
    const breaks: BreakRecord[] = [];
    for (let i = 0; i < 5; i++) {
      // The first break's check-in before is a minute before the period starts.
      const at = i === 0 ? window.from + 30_000 : NOW - i * 3_600_000;
      const before = makeCheckin({
        id: `before-${i}`,
        at: i === 0 ? window.from - 60_000 : at - 60_000,
        pleasantness: -2,
      });
      const after = makeCheckin({ id: `after-${i}`, at: at + 300_000, pleasantness: 0 });
      checkins.push(before, after);
      breaks.push(
        makeBreak({ at, exerciseId: 'box_breathing', beforeCheckinId: before.id, afterCheckinId: after.id }),
      );
    }
    const full = section(build({ checkins, breaks }).sections, 'breaks');
    expect(full.exercises[0]?.shift).toMatchObject({ exerciseId: 'box_breathing', pairs: 5, meanShift: 2 });
    expect(full.minBreaks).toBe(5);

    const four = section(build({ checkins, breaks: breaks.slice(1) }).sections, 'breaks');
    expect(four.exercises[0]).toMatchObject({ taken: 4, shift: null });
  });

  it('lists notes and journal entries of the period oldest first, leaving out empty ones', () => {
    const window = summaryWindow(NOW, 30);
    const checkins = [
      makeCheckin({ id: 'c-late', at: NOW - 1000, note: 'tight chest before the call' }),
      makeCheckin({ id: 'c-empty', at: NOW - 2000, note: '' }),
      makeCheckin({ id: 'c-blank', at: NOW - 2500, note: '   ' }),
      makeCheckin({ id: 'c-old', at: window.from - 1, note: 'too old' }),
    ];
    const entries = [makeEntry({ id: 'e-1', createdAt: window.from, text: 'river at dusk' })];
    const notes = section(build({ checkins, entries }).sections, 'notes');
    expect(notes.notes).toEqual([
      { id: 'e-1', kind: 'entry', at: window.from, text: 'river at dusk' },
      { id: 'c-late', kind: 'checkin', at: NOW - 1000, text: 'tight chest before the call' },
    ]);
  });

  it('keeps a text that could not be opened as locked (null), never as empty or left out', () => {
    const locked = { v: 1, vault: 'v-1', iv: 'iv', ct: 'ct' } as const;
    const entries = [makeEntry({ id: 'e-locked', createdAt: NOW - 1000, text: '', locked })];
    const notes = section(build({ entries }).sections, 'notes');
    expect(notes.notes).toEqual([{ id: 'e-locked', kind: 'entry', at: NOW - 1000, text: null }]);
  });
});

describe('the factors section', () => {
  const day = (n: number) => addDays(TODAY, -n) + 10 * 3_600_000;
  const checkins: Checkin[] = [
    // Five with a walk (four pleasant), five without (one pleasant): enough on each side.
    ...[1, 2, 3, 4, 5].map((n) =>
      makeCheckin({ id: `w${n}`, at: day(n), pleasantness: n === 5 ? -2 : 2, factors: ['walk'] }),
    ),
    ...[6, 7, 8, 9, 10].map((n) =>
      makeCheckin({ id: `s${n}`, at: day(n), pleasantness: n === 6 ? 2 : -2, factors: ['sleep'] }),
    ),
    // Outside the 30 days: left out.
    makeCheckin({ id: 'old', at: day(40), pleasantness: 3, factors: ['alcohol'] }),
  ];

  it("compares each factor noted in the period, in the person's order, with the stated minimum", () => {
    const factors = section(build({ checkins }).sections, 'factors');
    expect(factors.comparisons.map((c) => c.factorId)).toEqual(['walk', 'sleep']);
    expect(factors.comparisons[0]?.pleasant).toMatchObject({
      withCount: 4,
      withTotal: 5,
      withoutCount: 1,
      withoutTotal: 5,
    });
    expect(factors.minCheckins).toBe(5);
    expect(isEmpty(factors)).toBe(false);
  });

  it('is empty when no check-in of the period noted a factor, and absent when not chosen', () => {
    expect(isEmpty(section(build({ checkins: [makeCheckin({ at: day(1) })] }).sections, 'factors'))).toBe(
      true,
    );
    expect(build({ checkins }, ['mood']).sections.map((s) => s.id)).toEqual(['mood']);
  });
});
