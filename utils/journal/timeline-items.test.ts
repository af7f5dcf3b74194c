import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import {
  breakItem,
  checkinItem,
  entryItem,
  groupByDay,
  newestFirst,
  withItem,
  withoutItem,
  type TimelineItem,
} from './timeline-items';

const DAY = 86_400_000;
const dayOf = (at: number) => Math.floor(at / DAY) * DAY;

describe('timeline items', () => {
  it('wraps each record with its kind, id and time', () => {
    const entry = makeEntry({ createdAt: 5 });
    expect(entryItem(entry)).toEqual({ kind: 'entry', id: entry.id, at: 5, entry });
    const checkin = makeCheckin({ at: 6 });
    expect(checkinItem(checkin)).toMatchObject({ kind: 'checkin', at: 6 });
    expect(breakItem(makeBreak({ at: 7 }))).toMatchObject({ kind: 'break', at: 7 });
  });

  it('orders newest first, then by id, totally', () => {
    const rows = [
      { at: 1, id: 'a' },
      { at: 2, id: 'a' },
      { at: 1, id: 'b' },
    ];
    expect([...rows].sort(newestFirst)).toEqual([
      { at: 2, id: 'a' },
      { at: 1, id: 'b' },
      { at: 1, id: 'a' },
    ]);
    expect(newestFirst({ at: 1, id: 'a' }, { at: 1, id: 'a' })).toBe(0);
  });

  it('groups by day, newest day first', () => {
    const items = [
      checkinItem(makeCheckin({ id: 'a', at: DAY + 5 })),
      entryItem(makeEntry({ id: 'b', createdAt: 2 * DAY + 1 })),
      breakItem(makeBreak({ id: 'c', at: DAY + 9 })),
    ];
    const days = groupByDay(items, dayOf);
    expect(days.map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
      [2 * DAY, ['b']],
      [DAY, ['c', 'a']],
    ]);
    expect(groupByDay([], dayOf)).toEqual([]);
  });

  it('adds, replaces and removes one row, dropping a day left empty', () => {
    const first = checkinItem(makeCheckin({ id: 'a', at: DAY + 5 }));
    let days = groupByDay([first], dayOf);
    const entry = makeEntry({ id: 'e', createdAt: DAY + 8, text: 'one' });
    days = withItem(days, entryItem(entry), dayOf);
    expect(days[0]?.items.map((i) => i.id)).toEqual(['e', 'a']);
    days = withItem(days, entryItem({ ...entry, text: 'two' }), dayOf);
    const edited = days[0]?.items[0] as Extract<TimelineItem, { kind: 'entry' }>;
    expect(edited.entry.text).toBe('two');
    expect(days[0]?.items).toHaveLength(2);
    // Same id in another store is another row.
    expect(withoutItem(days, 'break', 'e')[0]?.items).toHaveLength(2);
    days = withoutItem(withoutItem(days, 'entry', 'e'), 'checkin', 'a');
    expect(days).toEqual([]);
  });
});
