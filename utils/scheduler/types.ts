import type { BreakRecord } from '../db/records';
import type { Settings } from '../settings/settings';

/** Where the user is, as far as the scheduler knows. */
export type Presence = 'active' | 'away' | 'break';

/** One reminder, from its first showing until it is resolved (started, skipped, ignored, or overtaken). */
export interface ReminderEpisode {
  /** When it was first shown; the break record's `at`. */
  shownAt: number;
  /** On screen now (false while snoozed). */
  showing: boolean;
}

/**
 * Everything the scheduler remembers. Plain JSON (no undefined, no Dates) because the background stores it
 * in IndexedDB after every step and a restarted worker must carry on exactly where the last one stopped.
 */
export interface SchedulerState {
  version: 1;
  presence: Presence;
  /** When input stopped, while away; null otherwise. */
  awaySince: number | null;
  /** Active time in this session, counted up to `accrualSince`. */
  accruedMs: number;
  /** When accrual last resumed; null while not accruing (away or in a break). */
  accrualSince: number | null;
  /** Accrued time at which the current countdown started. */
  countdownFromMs: number;
  /** Which setting the countdown runs on: a full stretch (`reminderEveryMin`) or a snooze (`snoozeMin`). */
  countdown: 'stretch' | 'snooze';
  /** The open reminder, if any. */
  reminder: ReminderEpisode | null;
  /** Snoozes of the current reminder; kept through a started break so the adapter can record them. */
  snoozes: number;
  /** No reminder before this moment (a fullscreen/audible recheck). */
  holdUntil: number | null;
  /** Reminders paused until this moment. */
  pausedUntil: number | null;
  /** The alarm the adapter was last told to hold; null = none. */
  alarmAt: number | null;
  /** The badge text last emitted. */
  badge: string;
  /** The `now` of the last step, to notice silence (sleep) and clocks set back. */
  lastEventAt: number;
  /** Accrued time at which the micro-break countdown started (0 with each fresh session). */
  microFromMs: number;
  /** Check-in reminder times at or before this moment are done with (offered, passed or not owed). */
  checkinHandledUntil: number;
}

/** What the adapter reads around a ringing alarm. */
export interface AlarmContext {
  fullscreen: boolean;
  audible: boolean;
  /** When the latest check-in was saved (null: none); a recent one makes a check-in reminder needless. */
  lastCheckinAt?: number | null;
}

export type SchedulerEvent =
  | { type: 'startup' }
  | { type: 'active' }
  | { type: 'idle'; since: number }
  | { type: 'locked'; since: number }
  | ({ type: 'alarm' } & AlarmContext)
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'start' }
  | { type: 'finish' }
  | { type: 'pause'; until: number | null }
  | { type: 'settings' };

export type Effect =
  | { type: 'setAlarm'; at: number }
  | { type: 'clearAlarm' }
  | { type: 'showReminder' }
  | { type: 'clearReminder' }
  /** A quiet notification inviting a check-in (its click opens the check-in). */
  | { type: 'showCheckinReminder' }
  /** A quiet 20-second eye or posture break: a notification only, no page. */
  | { type: 'showMicroBreak' }
  | { type: 'badge'; text: string }
  | { type: 'recordBreak'; record: Omit<BreakRecord, 'id'> };

export interface StepResult {
  state: SchedulerState;
  effects: Effect[];
}

/** The working copy of one step: handlers change `s` and append effects. Internal. */
export interface Draft {
  s: SchedulerState;
  effects: Effect[];
  settings: Settings;
  now: number;
}
