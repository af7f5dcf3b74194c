import type { BreakRecord, Checkin, Entry } from '../db/records';
import { isKeptTime } from '../time/kept-time';
import type { CsvValue } from './csv';
import type { CustomExercise } from '../exercises/custom-exercise';
import type { RecordStore, RecordsByStore } from './format';

export interface Column<T> {
  name: string;
  value: (record: T) => CsvValue;
}

/**
 * Times as ISO 8601 in UTC: unambiguous, and every spreadsheet can parse them. A time Thaw does not
 * keep (let in by an older build's import) is written as its number, so the row is still there.
 */
const time = (ms: number | undefined): CsvValue =>
  ms === undefined ? null : isKeptTime(ms) ? new Date(ms).toISOString() : ms;
const list = (ids: readonly string[]): CsvValue => ids.join('; ');

const CHECKIN_COLUMNS: Column<Checkin>[] = [
  { name: 'id', value: (c) => c.id },
  { name: 'time', value: (c) => time(c.at) },
  { name: 'pleasantness', value: (c) => c.pleasantness },
  { name: 'energy', value: (c) => c.energy },
  { name: 'feelings', value: (c) => list(c.emotions) },
  { name: 'body', value: (c) => list(c.body) },
  { name: 'factors', value: (c) => list(c.factors ?? []) },
  { name: 'note', value: (c) => c.note },
  { name: 'source', value: (c) => c.source },
  { name: 'break_id', value: (c) => c.breakId },
];

const ENTRY_COLUMNS: Column<Entry>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'created', value: (e) => time(e.createdAt) },
  { name: 'updated', value: (e) => time(e.updatedAt) },
  { name: 'prompt', value: (e) => e.promptId },
  { name: 'tags', value: (e) => list(e.tags) },
  { name: 'text', value: (e) => e.text },
];

const BREAK_COLUMNS: Column<BreakRecord>[] = [
  { name: 'id', value: (b) => b.id },
  { name: 'time', value: (b) => time(b.at) },
  { name: 'ended', value: (b) => time(b.endedAt) },
  { name: 'outcome', value: (b) => b.outcome },
  { name: 'origin', value: (b) => b.origin },
  { name: 'exercise', value: (b) => b.exerciseId },
  { name: 'snoozes', value: (b) => b.snoozes },
  { name: 'checkin_before', value: (b) => b.beforeCheckinId },
  { name: 'checkin_after', value: (b) => b.afterCheckinId },
];

/** One row per exercise; its steps as "text (seconds s)" in one cell, a line each. */
const EXERCISE_COLUMNS: Column<CustomExercise>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'created', value: (e) => time(e.createdAt) },
  { name: 'updated', value: (e) => time(e.updatedAt) },
  { name: 'title', value: (e) => e.title },
  { name: 'steps', value: (e) => e.steps.map((step) => `${step.text} (${step.seconds} s)`).join('\n') },
  { name: 'suits', value: (e) => list(e.suits) },
];

/** The columns of each CSV file, by store. */
export const CSV_COLUMNS: {
  [S in RecordStore]: Column<RecordsByStore[S][number]>[];
} = { checkins: CHECKIN_COLUMNS, entries: ENTRY_COLUMNS, breaks: BREAK_COLUMNS, exercises: EXERCISE_COLUMNS };
