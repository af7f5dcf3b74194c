import { describe, expect, it } from 'vitest';
import type { TextPlace } from '../vault/place';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { breakItem, checkinItem, entryItem, groupByDay } from '../journal/timeline-items';
import { fastVault } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { protectRecord } from './records';
import { RevealCache } from './reveal-cache';
import { revealDays, revealItems, seeItem } from './reveal-items';

describe('timeline rows while the lock is on', () => {
  it('are shown readable: entries, check-ins; breaks pass through', async () => {
    const vault = await fastVault();
    const protect = (text: string, place: TextPlace) => lockText(vault, text, place);
    const entry = await protectRecord(makeEntry({ id: 'e', createdAt: 2, text: 'quiet morning' }), protect);
    const checkin = await protectRecord(makeCheckin({ id: 'c', at: 1, note: 'foggy' }), protect);
    const pause = makeBreak({ id: 'b', at: 0 });
    const cache = new RevealCache((text, place) => revealText(vault, text, place));
    const [entryRow, checkinRow, breakRow] = [entryItem(entry), checkinItem(checkin), breakItem(pause)];
    const rows = [entryRow, checkinRow, breakRow];

    expect(seeItem(entryRow, cache)).toBeUndefined();
    expect(seeItem(breakRow, cache)).toBe(breakRow);
    const shown = await revealItems(rows, cache);
    expect(
      shown.map((row) =>
        row.kind === 'entry' ? row.entry.text : row.kind === 'checkin' ? row.checkin.note : '-',
      ),
    ).toEqual(['quiet morning', 'foggy', '-']);

    const days = await revealDays(
      groupByDay(rows, () => 0),
      cache,
    );
    expect(days[0]?.items.map((row) => row.id)).toEqual(['e', 'c', 'b']);
    expect(JSON.stringify(days)).toContain('quiet morning');
  });
});
