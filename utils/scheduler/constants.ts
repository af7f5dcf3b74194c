/** Name of the one alarm the background keeps for breaks. */
export const BREAK_ALARM = 'thaw-break';

export const MINUTE_MS = 60_000;

/**
 * The break alarm rings again this often until a step moves or clears it, so a worker stopped while
 * handling a ring (the browser drops a one-shot alarm as it rings) is woken again, not left without one.
 */
export const ALARM_REPEAT_MIN = 1;

/** Recheck delay while a fullscreen window or a playing tab holds a reminder back. */
export const DEFER_MS = 2 * MINUTE_MS;

/** Timers may fire a hair early (rounding); an alarm this close to its moment counts as on time. */
export const ON_TIME_TOLERANCE_MS = 1000;

/** Badge while a reminder waits for the user: small and calm, no count, no colour shouting. */
export const REMINDER_BADGE = '•';

/** Badge while reminders are paused. */
export const PAUSED_BADGE = '‖';

/** A check-in time missed while away, paused or in a break is still offered this long after it. */
export const CHECKIN_GRACE_MS = 60 * MINUTE_MS;

/** No check-in reminder when a check-in was saved this recently. */
export const RECENT_CHECKIN_MS = 60 * MINUTE_MS;

/** A micro-break never comes this close before a long break's due moment. */
export const MICRO_GAP_MS = 5 * MINUTE_MS;
