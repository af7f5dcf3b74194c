import type { BreakRecord, Checkin, Entry } from '@/utils/db/records';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`;

/** Test records with sensible defaults; override what a test cares about. */
export function makeCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: nextId('c'),
    at: Date.UTC(2026, 10, 1, 9),
    pleasantness: -2,
    energy: -3,
    emotions: ['numb'],
    body: ['heavy_limbs'],
    note: '',
    source: 'popup',
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  const at = overrides.createdAt ?? Date.UTC(2026, 10, 1, 20);
  return { id: nextId('e'), createdAt: at, updatedAt: at, text: 'A quiet day.', tags: [], ...overrides };
}

export function makeBreak(overrides: Partial<BreakRecord> = {}): BreakRecord {
  return {
    id: nextId('b'),
    at: Date.UTC(2026, 10, 1, 10),
    outcome: 'completed',
    origin: 'reminder',
    exerciseId: 'box_breathing',
    snoozes: 0,
    ...overrides,
  };
}
