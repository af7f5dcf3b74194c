import type { BreakRecord, Checkin, Entry } from '../db/records';
import type { CustomExercise } from '../exercises/custom-exercise';
import type { Settings } from '../settings/settings';

/** Marks a file as Thaw's own export. */
export const EXPORT_FORMAT = 'thaw-export';
/** The export format written today. Bump with a new step in upgrade.ts and a test. */
export const EXPORT_VERSION = 2;
/** Larger files are refused before they are read: years of daily use stay far below this. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The stores an export carries records of, in the order they are written. */
export const RECORD_STORES = ['checkins', 'entries', 'breaks', 'exercises'] as const;
export type RecordStore = (typeof RECORD_STORES)[number];

export interface RecordsByStore {
  checkins: Checkin[];
  entries: Entry[];
  breaks: BreakRecord[];
  /** The person's own exercises (version 2). */
  exercises: CustomExercise[];
}

/** A whole export (version 2): every record and the settings, nothing derived. */
export interface ExportFile extends RecordsByStore {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When it was written (epoch ms). */
  exportedAt: number;
  /**
   * The settings when exported. Keys may be missing (a file from an older build): replacing fills
   * them from the defaults, as reading the settings store does.
   */
  settings: Partial<Settings>;
}

/** Where in a file a problem was found. */
export type ProblemPlace =
  | { in: 'record'; store: RecordStore; /** 1-based */ number: number; id: string | null }
  | { in: 'settings' }
  | { in: 'file' };

/** Why a file cannot be imported. Each kind has its own message on the options page. */
export type ImportProblem =
  | { kind: 'too_large'; maxBytes: number }
  | { kind: 'unreadable' }
  | { kind: 'not_json' }
  /** An encrypted export whose envelope is damaged (its passphrase was never tried). */
  | { kind: 'encrypted_damaged' }
  | { kind: 'not_export' }
  | { kind: 'newer_version'; version: number }
  | { kind: 'missing'; place: ProblemPlace; field: string }
  | { kind: 'invalid'; place: ProblemPlace; field: string }
  /** A time that is no date Thaw keeps (utils/time/kept-time.ts). */
  | { kind: 'bad_time'; place: ProblemPlace; field: string }
  | { kind: 'too_long'; place: ProblemPlace; field: string; max: number }
  | { kind: 'too_many'; place: ProblemPlace; field: string; max: number }
  | { kind: 'unknown_id'; place: ProblemPlace; field: string; value: string }
  | { kind: 'duplicate_id'; store: RecordStore; id: string };

export type ImportResult<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };
