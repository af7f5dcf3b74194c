import { afterEach, describe, expect, it } from 'vitest';
import { isBodySensationId } from '@/utils/content/body';
import { isEmotionId } from '@/utils/content/emotions';
import { isExerciseId } from '@/utils/content/exercises';
import { isPromptId } from '@/utils/content/prompts';
import { DEFAULT_END, generateHistory, recordCount } from '../tools/seed-data';

const DAY = 86_400_000;
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('generateHistory (test data)', () => {
  const history = generateHistory({ days: 400, seed: 7 });

  it('is repeatable: same options, same records, in any time zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(generateHistory({ days: 400, seed: 7 })).toEqual(history);
    expect(generateHistory({ days: 400, seed: 8 })).not.toEqual(history);
  });

  it('makes about `perDay` records a day over the window, with some empty days', () => {
    expect(recordCount(history)).toBeGreaterThan(400 * 8 * 0.6);
    expect(recordCount(history)).toBeLessThan(400 * 8 * 1.2);
    const dense = generateHistory({ days: 100, seed: 1, perDay: 20 });
    expect(recordCount(dense)).toBeGreaterThan(100 * 20 * 0.6);
    const days = new Set(history.checkins.map((c) => Math.floor(c.at / DAY)));
    expect(days.size).toBeLessThan(400);
    expect(days.size).toBeGreaterThan(250);
  });

  it('keeps every record inside the window, oldest first, with unique ids', () => {
    const times = [
      ...history.checkins.map((c) => c.at),
      ...history.entries.map((e) => e.createdAt),
      ...history.breaks.map((b) => b.at),
    ];
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DEFAULT_END - 400 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(DEFAULT_END);
    const checkinTimes = history.checkins.map((c) => c.at);
    expect(checkinTimes).toEqual([...checkinTimes].sort((a, b) => a - b));
    const ids = [...history.checkins, ...history.entries, ...history.breaks].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only real content ids and valid values', () => {
    for (const c of history.checkins) {
      expect(c.emotions.length).toBeGreaterThan(0);
      for (const e of c.emotions) expect(isEmotionId(e), e).toBe(true);
      for (const b of c.body) expect(isBodySensationId(b), b).toBe(true);
      for (const value of [c.pleasantness, c.energy]) {
        if (value !== null) expect(Math.abs(value)).toBeLessThanOrEqual(5);
      }
    }
    for (const e of history.entries) {
      if (e.promptId) expect(isPromptId(e.promptId)).toBe(true);
      expect(e.text.length).toBeGreaterThan(10);
      expect(e.updatedAt).toBeGreaterThanOrEqual(e.createdAt);
    }
    for (const b of history.breaks) {
      if (b.outcome === 'natural') expect(b.exerciseId).toBeUndefined();
      else expect(isExerciseId(b.exerciseId ?? ''), b.exerciseId).toBe(true);
    }
  });

  it('links before and after check-ins to their breaks, in order', () => {
    const byId = new Map(history.checkins.map((c) => [c.id, c]));
    const measured = history.breaks.filter((b) => b.beforeCheckinId && b.afterCheckinId);
    expect(measured.length).toBeGreaterThan(100);
    for (const b of history.breaks) {
      const before = b.beforeCheckinId ? byId.get(b.beforeCheckinId) : undefined;
      const after = b.afterCheckinId ? byId.get(b.afterCheckinId) : undefined;
      if (b.beforeCheckinId) expect(before).toMatchObject({ source: 'before_break', breakId: b.id });
      if (b.afterCheckinId) expect(after).toMatchObject({ source: 'after_break', breakId: b.id });
      if (before) expect(before.at).toBeLessThan(b.at);
      if (after) expect(after.at).toBeGreaterThan(b.at);
    }
  });

  it('ends at `end`, even in the middle of a day, without links to check-ins left out', () => {
    const end = Date.UTC(2026, 2, 3, 13, 30); // 13:30 on the last day
    const cut = generateHistory({ days: 60, seed: 11, end });
    const records = [
      ...cut.checkins.map((c) => c.at),
      ...cut.entries.map((e) => e.createdAt),
      ...cut.breaks.map((b) => b.at),
    ];
    expect(Math.max(...records)).toBeLessThanOrEqual(end);
    expect(records.some((at) => at > end - 13.5 * 3_600_000)).toBe(true);
    const ids = new Set(cut.checkins.map((c) => c.id));
    for (const b of cut.breaks) {
      if (b.beforeCheckinId) expect(ids.has(b.beforeCheckinId)).toBe(true);
      if (b.afterCheckinId) expect(ids.has(b.afterCheckinId)).toBe(true);
    }
  });

  it('places check-ins at plausible local hours for the given offset', () => {
    const tokyo = generateHistory({ days: 30, seed: 3, utcOffsetMin: 9 * 60, end: Date.UTC(2026, 5, 1) });
    for (const c of tokyo.checkins.filter((x) => x.source === 'popup')) {
      const hour = new Date(c.at + 9 * 3_600_000).getUTCHours();
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(hour).toBeLessThanOrEqual(22);
    }
  });

  it('handles a single day and no days', () => {
    expect(recordCount(generateHistory({ days: 0, seed: 1 }))).toBe(0);
    const one = generateHistory({ days: 1, seed: 2, perDay: 5 });
    expect(recordCount(one)).toBeLessThanOrEqual(10);
  });
});
