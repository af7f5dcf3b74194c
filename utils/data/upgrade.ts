import { EXPORT_FORMAT, EXPORT_VERSION, type ImportResult } from './format';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which export version a parsed file claims to be.
 * Version 0 is the early preview's file: a bare `{ checkins, entries }` without a `format` marker.
 */
export function detectVersion(json: unknown): ImportResult<number> {
  if (!isObject(json)) return { ok: false, problem: { kind: 'not_export' } };
  if (!('format' in json)) {
    return 'checkins' in json || 'entries' in json
      ? { ok: true, value: 0 }
      : { ok: false, problem: { kind: 'not_export' } };
  }
  const { format, version } = json;
  if (
    format !== EXPORT_FORMAT ||
    typeof version !== 'number' ||
    !Number.isSafeInteger(version) ||
    version < 1
  ) {
    return { ok: false, problem: { kind: 'not_export' } };
  }
  if (version > EXPORT_VERSION) return { ok: false, problem: { kind: 'newer_version', version } };
  return { ok: true, value: version };
}

/** Adds defaults to each object of a list; anything else is left for validation to name. */
const withDefaults = (list: unknown, fill: (record: Json) => Json): unknown =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? fill(item) : item)) : list;

/**
 * Version 0 -> 1. Version 0 files had no breaks or settings, check-ins without `body` or `source`,
 * and entries without `updatedAt` or `tags`. Only missing fields are filled: wrong values stay
 * wrong, so validation still reports them.
 */
function upgradeFrom0(file: Json): Json {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: 0,
    settings: {},
    checkins: withDefaults(file.checkins ?? [], (c) => ({ body: [], source: 'popup', ...c })),
    entries: withDefaults(file.entries ?? [], (e) => ({ tags: [], updatedAt: e.createdAt, ...e })),
    breaks: [],
  };
}

/** Version 1 -> 2. Version 1 files had no own exercises. */
function upgradeFrom1(file: Json): Json {
  return { exercises: [], ...file, version: 2 };
}

/** One step per version: STEPS[n] turns a version n file into a version n + 1 file. */
const STEPS: readonly ((file: Json) => Json)[] = [upgradeFrom0, upgradeFrom1];

/** Brings a file of an older version up to EXPORT_VERSION, one step at a time. */
export function upgradeFile(json: unknown, from: number): unknown {
  let file = json;
  for (let version = from; version < EXPORT_VERSION; version++) {
    const step = STEPS[version];
    if (!step || !isObject(file)) return file;
    file = step(file);
  }
  return file;
}
