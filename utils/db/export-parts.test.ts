import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { blockOf, joinParts, PART_SPAN_MS, partOf, weekOf, weekRange, WEEKS_PER_BLOCK } from './export-parts';

describe('export parts', () => {
  it('files a record by its time index: an entry by creation, check-ins and breaks by `at`', () => {
    expect(weekOf(makeCheckin({ at: 3 * PART_SPAN_MS }))).toBe(3);
    expect(weekOf(makeBreak({ at: 3 * PART_SPAN_MS - 1 }))).toBe(2);
    expect(weekOf(makeEntry({ createdAt: 0, updatedAt: 9 * PART_SPAN_MS }))).toBe(0);
  });

  it('puts a week into exactly one block', () => {
    expect(blockOf(0)).toBe(0);
    expect(blockOf(WEEKS_PER_BLOCK - 1)).toBe(0);
    expect(blockOf(WEEKS_PER_BLOCK)).toBe(1);
  });

  it('reads a week from its first millisecond up to, not including, the next week', () => {
    const range = weekRange(5);
    expect(range.includes(5 * PART_SPAN_MS)).toBe(true);
    expect(range.includes(6 * PART_SPAN_MS - 1)).toBe(true);
    expect(range.includes(6 * PART_SPAN_MS)).toBe(false);
  });

  it('writes records as the export does, and joins parts without changing a byte', async () => {
    const records = [makeCheckin({ note: 'a "quoted"\nline' }), makeCheckin()];
    const one = partOf(records.slice(0, 1));
    const two = partOf(records.slice(1));
    const joined = joinParts([one, two]);
    expect(joined.records).toBe(2);
    expect(await joined.json.text()).toBe(records.map((r) => JSON.stringify(r)).join(',\n'));
    expect(await partOf(records).json.text()).toBe(await joined.json.text());
    expect(joinParts([]).records).toBe(0);
  });
});
