import { isDisconnected, isEmotionId, EMOTION_BY_ID } from '../content/emotions';
import type { Checkin } from '../db/records';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The rule's numbers, in one place so they can be reviewed. */
export const NUDGE_RULE = {
  /** How far back to look. */
  windowDays: 14,
  /** Fewer check-ins than this say too little to suggest anything. */
  minCheckins: 5,
  /** Share of hard check-ins (unpleasant or disconnected) at or above which the card may show. */
  hardShare: 0.7,
  /** The card shows at most once in this many days, dismissed or not. */
  quietDays: 7,
  /**
   * Numb words alone count as hard only once the recent check-ins reach back this many days: feeling
   * numb is why many people start with Thaw, and a few numb days are not a reason to point at help lines.
   */
  numbAfterDays: 7,
  /** A placement at or below this pleasantness counts as hard even for numb words in the first days. */
  clearlyUnpleasant: -3,
} as const;

/** When the care card was last shown, kept in the `state` store. */
export interface NudgeState {
  lastShownAt: number | null;
}

type CheckinSignal = Pick<Checkin, 'at' | 'pleasantness' | 'emotions'>;

/**
 * A check-in that speaks of a hard time: placed on the unpleasant side, or named with unpleasant or numb
 * words. Until `countNumb`, a check-in named with numb words only is hard just when placed clearly unpleasant.
 */
export function isHardCheckin(checkin: CheckinSignal, countNumb = true): boolean {
  const words = checkin.emotions.filter(isEmotionId);
  if (!countNumb && words.length > 0 && words.every(isDisconnected)) {
    return checkin.pleasantness !== null && checkin.pleasantness <= NUDGE_RULE.clearlyUnpleasant;
  }
  if (checkin.pleasantness !== null) return checkin.pleasantness < 0;
  if (words.length === 0) return false;
  const hard = words.filter((id) => isDisconnected(id) || EMOTION_BY_ID[id].pleasantness < 0);
  return hard.length * 2 > words.length;
}

/**
 * Whether to show the gentle card suggesting a professional or someone trusted: recent check-ins
 * are mostly hard, there are enough of them to say so, and it has not shown in the past week.
 * Numb words count towards "hard" only once the recent check-ins span `numbAfterDays`.
 */
export function shouldShowNudge(
  checkins: readonly CheckinSignal[],
  state: NudgeState | undefined,
  now: number,
): boolean {
  const last = state?.lastShownAt ?? null;
  if (last !== null && last <= now && now - last < NUDGE_RULE.quietDays * DAY_MS) return false;
  const since = now - NUDGE_RULE.windowDays * DAY_MS;
  const recent = checkins.filter((c) => c.at >= since && c.at <= now);
  if (recent.length < NUDGE_RULE.minCheckins) return false;
  const earliest = Math.min(...recent.map((c) => c.at));
  const countNumb = now - earliest >= NUDGE_RULE.numbAfterDays * DAY_MS;
  return recent.filter((c) => isHardCheckin(c, countNumb)).length / recent.length >= NUDGE_RULE.hardShare;
}
