import type { DBSchema } from 'idb';
import type { NudgeState } from '../care/nudge';
import type { JournalDraft } from '../journal/journal-draft';
import type { KeptMessage } from './kept-message';
import type { SchedulerState } from '../scheduler/types';
import type { CustomExercise } from '../exercises/custom-exercise';
import type { Settings } from '../settings/settings';
import type { ProtectedText } from '../vault/protected-text';
import type { VaultRecord } from '../vault/vault-record';
import type { BreakRecord, Checkin, Entry } from './records';

export const DB_NAME = 'thaw';
/** Bump with a new `if (oldVersion < N)` step in migrations.ts and a test in migrations.test.ts. */
export const DB_VERSION = 6;

/** Small single records kept in the `state` store, by key. */
export interface StateValues {
  /** The break scheduler's state: written after every step so a killed worker resumes exactly. */
  scheduler: SchedulerState;
  /** The exercise last suggested by a reminder, so the next one differs. */
  lastReminderExercise: string;
  /** The micro-break last offered, so eyes and posture take turns (utils/content/micro-breaks.ts). */
  lastMicroBreak: string;
  /** When the gentle "talk to someone" card was last shown (utils/care/nudge.ts). */
  nudge: NudgeState;
  /** The journal entry being written or edited, kept as it is typed (utils/journal/journal-draft.ts). */
  journalDraft: JournalDraft;
  /** The same draft as JSON, sealed, while the passphrase lock is on (then `journalDraft` is absent). */
  journalDraftLocked: ProtectedText;
  /**
   * Which write of the journal draft is stored (a random id): a tab writes the draft only over the
   * one it last read or wrote, so two tabs never silently overwrite each other's words.
   */
  journalDraftRev: string;
  /** The passphrase lock's keys, wrapped by the passphrase; present only while the lock is on. */
  vault: VaultRecord;
  /** A message written in "Reach out", kept until it is copied or thrown away (utils/db/kept-message.ts). */
  reachOutMessage: KeptMessage;
}
export type StateKey = keyof StateValues;

export interface ThawDB extends DBSchema {
  /** by_emotion: multi-entry, one key per feeling word (version 2); by_sealed: sealed notes only (version 4). */
  checkins: {
    key: string;
    value: Checkin;
    indexes: { by_at: number; by_emotion: string; by_sealed: string };
  };
  /** by_tag: multi-entry, one key per tag (version 2); by_sealed: sealed texts only (version 4). */
  entries: {
    key: string;
    value: Entry;
    indexes: { by_created: number; by_tag: string; by_sealed: string };
  };
  breaks: { key: string; value: BreakRecord; indexes: { by_at: number } };
  /** The person's own exercises (version 6), listed oldest first by by_created. */
  exercises: { key: string; value: CustomExercise; indexes: { by_created: number } };
  /** One record under the key 'settings'. */
  settings: { key: 'settings'; value: Settings };
  state: { key: StateKey; value: StateValues[StateKey] };
}

export type StoreName = 'checkins' | 'entries' | 'breaks' | 'exercises' | 'settings' | 'state';
