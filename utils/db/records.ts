import type { ProtectedText } from '../vault/protected-text';

/**
 * The records Thaw keeps. Every stored shape is defined here once; stores and pages import these.
 * Times are epoch milliseconds (UTC); rendering picks the user's time zone.
 */

/** Where a check-in was made. */
export type CheckinSource = 'popup' | 'before_break' | 'after_break' | 'journal';

/** One check-in: a point on the mood meter (optional) and the words for it. */
export interface Checkin {
  id: string;
  /** When it was saved. */
  at: number;
  /** Mood meter x axis, -5 (very unpleasant) to 5 (very pleasant); null when not placed. */
  pleasantness: number | null;
  /** Mood meter y axis, -5 (very low energy) to 5 (very high energy); null when not placed. */
  energy: number | null;
  /** Emotion ids from utils/content/emotions.ts, "cant_tell" included. */
  emotions: string[];
  /** Body sensation ids from utils/content/body.ts. */
  body: string[];
  /**
   * Factor ids (utils/factors/list.ts) that went with this check-in. Absent on check-ins from before
   * factors and on those where none were chosen: optional, so older records and files need no migration.
   */
  factors?: string[];
  /** Free text, at most NOTE_MAX_LENGTH characters; empty while the lock keeps it in `locked`. */
  note: string;
  /** The note, encrypted, while the passphrase lock is on (utils/lock). */
  locked?: ProtectedText;
  source: CheckinSource;
  /** The break this check-in was made before or after, if any. */
  breakId?: string;
}

/** One journal entry. */
export interface Entry {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** The words; empty while the lock keeps them in `locked`. */
  text: string;
  /** The text, encrypted, while the passphrase lock is on (utils/lock). */
  locked?: ProtectedText;
  /** The prompt it answers, from utils/content/prompts.ts. */
  promptId?: string;
  tags: string[];
}

/** What finally happened to a break. */
export type BreakOutcome = 'suggested' | 'started' | 'completed' | 'stopped' | 'skipped' | 'natural';

/**
 * How a break came about. 'micro': a 20-second eye or posture break was offered (recorded as
 * 'suggested' when shown; it asks nothing back). Micro-breaks are counted in insights only, not
 * listed in the timeline.
 */
export type BreakOrigin = 'reminder' | 'popup' | 'suggestion' | 'idle' | 'micro';

/** One break: a reminder and its fate, a break taken on request, or a natural (idle) break. */
export interface BreakRecord {
  id: string;
  /** When it was suggested, started, or (natural) when the idle stretch began. */
  at: number;
  /** When it ended (completed, stopped, skipped, or the user came back). */
  endedAt?: number;
  outcome: BreakOutcome;
  origin: BreakOrigin;
  /** Exercise id from utils/content/exercises.ts. */
  exerciseId?: string;
  /** How often this reminder was snoozed before its outcome. */
  snoozes: number;
  beforeCheckinId?: string;
  afterCheckinId?: string;
}

/** Longest note a check-in may carry. */
export const NOTE_MAX_LENGTH = 2000;
/** Longest journal entry. */
export const ENTRY_MAX_LENGTH = 20000;
