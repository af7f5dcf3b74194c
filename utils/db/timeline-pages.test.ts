import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { dayKey } from '../insights/days';
import { local } from '../insights/test-data';
import { UNKNOWN_DAY, type TimelineDay } from '../journal/timeline-items';
import { putBreak } from './breaks';
import { putCheckin } from './checkins';
import { getDb } from './connection';
import { deleteEntry, putEntry } from './entries';
import { entryTimesBetween, kindOfStore, timelineItem, timelinePage } from './timeline-pages';

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

const keysOf = (days: TimelineDay[]) => days.map((d) => dayKey(d.day));
const idsOf = (days: TimelineDay[]) => days.flatMap((d) => d.items.map((i) => i.id));

/** Reads every page, as the journal does while scrolling; returns the pages. */
async function allPages(minItems: number): Promise<TimelineDay[][]> {
  const pages: TimelineDay[][] = [];
  let before: number | null = null;
  do {
    const page = await timelinePage(before, minItems);
    pages.push(page.days);
    before = page.next;
  } while (before !== null && pages.length < 100);
  return pages;
}

describe('timelinePage', () => {
  it('is empty, with nothing more, for a new user', async () => {
    expect(await timelinePage(null)).toEqual({ days: [], next: null });
  });

  it('merges entries, check-ins and breaks by local day, newest first', async () => {
    await putEntry(makeEntry({ id: 'e1', createdAt: local(2026, 3, 2, 21) }));
    await putCheckin(makeCheckin({ id: 'c1', at: local(2026, 3, 2, 9) }));
    await putCheckin(makeCheckin({ id: 'c2', at: local(2026, 3, 1, 23, 59) }));
    await putBreak(makeBreak({ id: 'b1', at: local(2026, 3, 2, 11) }));
    const page = await timelinePage(null);
    expect(keysOf(page.days)).toEqual(['2026-03-02', '2026-03-01']);
    expect(page.days[0]?.items.map((i) => [i.kind, i.id])).toEqual([
      ['entry', 'e1'],
      ['break', 'b1'],
      ['checkin', 'c1'],
    ]);
    expect(page.next).toBeNull();
  });

  it('leaves micro-breaks out of the days (insights count them)', async () => {
    await putCheckin(makeCheckin({ id: 'c1', at: local(2026, 3, 2, 9) }));
    const micro = { outcome: 'suggested', origin: 'micro', exerciseId: undefined } as const;
    await putBreak(makeBreak({ id: 'm1', at: local(2026, 3, 2, 9, 20), ...micro }));
    await putBreak(makeBreak({ id: 'b1', at: local(2026, 3, 2, 11) }));
    const page = await timelinePage(null);
    expect(page.days[0]?.items.map((i) => i.id)).toEqual(['b1', 'c1']);
    expect(await timelineItem('break', 'm1')).toBeUndefined();
    expect(await timelineItem('break', 'b1')).toBeDefined();
  });

  it('pages by whole days, never splitting a day, and covers everything exactly once', async () => {
    // Ten days with 1..10 records each, some days missing (gaps).
    const written: string[] = [];
    for (let day = 1; day <= 14; day++) {
      if (day % 4 === 0) continue;
      for (let n = 0; n < (day % 10) + 1; n++) {
        const at = local(2026, 4, day, 8 + n);
        const id = `d${day}-${n}`;
        written.push(id);
        if (n % 3 === 0) await putEntry(makeEntry({ id, createdAt: at }));
        else if (n % 3 === 1) await putCheckin(makeCheckin({ id, at }));
        else await putBreak(makeBreak({ id, at }));
      }
    }
    const pages = await allPages(5);
    expect(pages.length).toBeGreaterThan(3);
    const allDays = pages.flat();
    expect(new Set(keysOf(allDays)).size).toBe(allDays.length); // no day on two pages
    expect(idsOf(allDays).sort()).toEqual([...written].sort());
    // Newest first across pages, too.
    const times = allDays.flatMap((d) => d.items.map((i) => i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const page of pages.slice(0, -1)) expect(idsOf(page).length).toBeGreaterThanOrEqual(5);
  });

  it('shows records with a time Thaw does not keep first, under the unknown day, and pages the rest as ever', async () => {
    // As an older build's import let them in: written straight to the stores.
    const db = await getDb();
    await db.put('entries', makeEntry({ id: 'e-far', createdAt: 8.64e15 + 1, updatedAt: 8.64e15 + 1 }));
    await db.put('breaks', makeBreak({ id: 'b-year-3000', at: Date.UTC(3000, 0, 1) }));
    for (let day = 1; day <= 6; day++)
      await putCheckin(makeCheckin({ id: `c${day}`, at: local(2026, 5, day, 9) }));
    const pages = await allPages(2);
    expect(pages[0]?.[0]).toMatchObject({ day: UNKNOWN_DAY });
    expect(idsOf(pages[0]?.slice(0, 1) ?? [])).toEqual(['e-far', 'b-year-3000']);
    expect(
      pages
        .slice(1)
        .flat()
        .some((day) => day.day === UNKNOWN_DAY),
    ).toBe(false);
    expect(idsOf(pages.flat()).sort()).toEqual(['b-year-3000', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'e-far']);
  });

  it('shows only the unknown day when nothing else is there', async () => {
    await (await getDb()).put('breaks', makeBreak({ id: 'b-far', at: 8.64e15 + 1 }));
    expect(await timelinePage(null)).toMatchObject({ days: [{ day: UNKNOWN_DAY }], next: null });
  });

  it('gives a very full day a page of its own', async () => {
    for (let n = 0; n < 30; n++)
      await putCheckin(makeCheckin({ id: `busy-${n}`, at: local(2026, 5, 5, 8, n) }));
    await putCheckin(makeCheckin({ id: 'older', at: local(2026, 5, 4, 8) }));
    const first = await timelinePage(null, 10);
    expect(keysOf(first.days)).toEqual(['2026-05-05']);
    expect(first.days[0]?.items).toHaveLength(30);
    expect(first.next).toBe(local(2026, 5, 5, 0));
    const second = await timelinePage(first.next, 10);
    expect(idsOf(second.days)).toEqual(['older']);
    expect(second.next).toBeNull();
  });

  it('finds the newest records of all stores when one store alone reaches far back', async () => {
    // Breaks daily through May, check-ins only in its last three days, an entry long before:
    // a page of 6 holds the newest 6 of all (check-ins and breaks), widened to whole days.
    for (let day = 1; day <= 31; day++)
      await putBreak(makeBreak({ id: `b${day}`, at: local(2026, 5, day, 12) }));
    for (let day = 29; day <= 31; day++)
      for (const hour of [9, 18])
        await putCheckin(makeCheckin({ id: `c${day}-${hour}`, at: local(2026, 5, day, hour) }));
    await putEntry(makeEntry({ id: 'old', createdAt: local(2026, 1, 1, 12) }));
    const first = await timelinePage(null, 6);
    expect(keysOf(first.days)).toEqual(['2026-05-31', '2026-05-30']);
    expect(idsOf(first.days)).toEqual(['c31-18', 'b31', 'c31-9', 'c30-18', 'b30', 'c30-9']);
    expect(first.next).toBe(local(2026, 5, 30, 0));
    const pages = await allPages(6);
    const ids = pages.flat().flatMap((d) => d.items.map((i) => i.id));
    expect(ids).toHaveLength(31 + 6 + 1);
    expect(ids.at(-1)).toBe('old');
  });

  it('keeps a day whole across the clock change and splits at local midnight', async () => {
    await putCheckin(makeCheckin({ id: 'sun-late', at: local(2026, 3, 29, 23, 30) }));
    await putCheckin(makeCheckin({ id: 'sun-early', at: local(2026, 3, 29, 0, 30) }));
    await putCheckin(makeCheckin({ id: 'sat-late', at: local(2026, 3, 28, 23, 59) }));
    const page = await timelinePage(null, 1);
    expect(idsOf(page.days)).toEqual(['sun-late', 'sun-early']);
    expect(idsOf((await timelinePage(page.next, 1)).days)).toEqual(['sat-late']);
  });

  it('reads one record as a row for live updates, and nothing once it is gone', async () => {
    await putEntry(makeEntry({ id: 'e9', text: 'hello' }));
    expect(await timelineItem('entry', 'e9')).toMatchObject({
      kind: 'entry',
      id: 'e9',
      entry: { text: 'hello' },
    });
    await putCheckin(makeCheckin({ id: 'c9' }));
    expect(await timelineItem('checkin', 'c9')).toMatchObject({ kind: 'checkin', id: 'c9' });
    await putBreak(makeBreak({ id: 'b9' }));
    expect(await timelineItem('break', 'b9')).toMatchObject({ kind: 'break', id: 'b9' });
    await deleteEntry('e9');
    expect(await timelineItem('entry', 'e9')).toBeUndefined();
  });

  it('maps stores to kinds', () => {
    expect(kindOfStore('entries')).toBe('entry');
    expect(kindOfStore('checkins')).toBe('checkin');
    expect(kindOfStore('breaks')).toBe('break');
    expect(kindOfStore('settings')).toBeNull();
  });

  it('lists entry times in a window without reading their text', async () => {
    expect(await entryTimesBetween(0, Infinity)).toEqual([]);
    for (const at of [30, 10, 20, 40]) await putEntry(makeEntry({ createdAt: at }));
    expect(await entryTimesBetween(10, 40)).toEqual([10, 20, 30]);
  });
});
