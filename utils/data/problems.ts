import type * as v from 'valibot';
import { BAD_TIME, UNKNOWN_ID } from './checks';
import { RECORD_STORES, type ImportProblem, type ProblemPlace, type RecordStore } from './format';

type Issue = v.BaseIssue<unknown>;
type PathKey = string | number | undefined;

const SHOWN_ID_LENGTH = 60;
const isRecordStore = (key: PathKey): key is RecordStore =>
  (RECORD_STORES as readonly PathKey[]).includes(key);

/** The record an issue sits in, with its id when the file gives one, so the message can name it. */
function placeOf(issue: Issue): { place: ProblemPlace; field: string } {
  const path = issue.path ?? [];
  const keys: PathKey[] = path.map((item) => item.key as PathKey);
  const [first, second, third] = keys;

  if (isRecordStore(first) && typeof second === 'number') {
    const record: unknown = path[1]?.value;
    const rawId = typeof record === 'object' && record !== null && 'id' in record ? record.id : null;
    const id = typeof rawId === 'string' ? rawId.slice(0, SHOWN_ID_LENGTH) : null;
    // An empty field means the record as a whole (e.g. a number where a record should be).
    return {
      place: { in: 'record', store: first, number: second + 1, id },
      field: typeof third === 'string' ? third : '',
    };
  }
  if (first === 'settings' && typeof second === 'string') return { place: { in: 'settings' }, field: second };
  return { place: { in: 'file' }, field: String(first ?? '') };
}

/** Turns valibot's first issue into the problem the options page explains. */
export function problemFromIssue(issue: Issue): ImportProblem {
  const { place, field } = placeOf(issue);
  if (issue.message === UNKNOWN_ID)
    return { kind: 'unknown_id', place, field, value: String(issue.input).slice(0, SHOWN_ID_LENGTH) };
  if (issue.message === BAD_TIME) return { kind: 'bad_time', place, field };
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') {
    // The same limit check serves text (characters) and lists (items, e.g. tags).
    const kind = Array.isArray(issue.input) ? 'too_many' : 'too_long';
    return { kind, place, field, max: issue.requirement };
  }
  if (issue.kind === 'schema' && issue.input === undefined) return { kind: 'missing', place, field };
  return { kind: 'invalid', place, field };
}
