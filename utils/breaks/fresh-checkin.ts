import type { Checkin } from '../db/records';

/** How long a popup check-in still answers "how are you" for a break started from its suggestion. */
export const FRESH_CHECKIN_MS = 30 * 60 * 1000;

/**
 * Whether a check-in can stand as a break's before-answer: made in the popup, within the last
 * FRESH_CHECKIN_MS (not in the future), and not already tied to a break.
 */
export function isFreshCheckin(checkin: Checkin | undefined, now: number): checkin is Checkin {
  if (!checkin || checkin.source !== 'popup' || checkin.breakId !== undefined) return false;
  const age = now - checkin.at;
  return age >= 0 && age <= FRESH_CHECKIN_MS;
}
