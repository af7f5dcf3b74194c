import type { Settings } from '../settings/settings';
import { expireCheckinSlots, restartCheckinSlots } from './checkin-reminder';
import { onFinish, onPause, onSkip, onSnooze, onStart } from './actions';
import { badgeText, chooseAlarm, planTarget } from './plan';
import { comeBack, creditSilence, goAway, rebaseClock } from './presence';
import { onAlarm } from './reminder';
import { copyState } from './session';
import type { Draft, SchedulerEvent, SchedulerState, StepResult } from './types';

/*
 * The break scheduler: a pure reducer. Decisions where the brief was silent:
 * - Time is "active time": it accrues only while present (not away, not in a break). The countdown is kept
 *   as accrued ms, so a short idle pauses it and the alarm is simply re-planned on return.
 * - Idle and locked are the same. `since` is clamped to [last accrual resume, now].
 * - While away there is no alarm (cleared), except a pause's end, which must still clear the badge.
 * - Silence while active longer than a natural break after the alarm was due = sleep / closed browser /
 *   clock jumped forward: recorded once as a natural break {origin 'idle'} from the later of the alarm
 *   moment and the last step, and the session resets. No reminder is shown for it: never a burst.
 * - A natural break longer than a day is recorded without a length: by the wall clock alone it cannot be
 *   told from a clock set forward (outcomes.ts).
 * - Clock set back: stored past moments shift back with it; accrual never goes negative.
 * - Every shown reminder gets exactly one fate: started (the adapter records it), skipped, or 'suggested'
 *   when ignored for a full stretch, overtaken by a natural break, or closed by a pause. A snoozed reminder
 *   that comes back is the same reminder (same `at`, snoozes keep counting).
 * - An ignored reminder comes back once per further full stretch of active time, never sooner.
 * - Pause and quiet time do not stop accrual; when they end the user is reminded once if a break is due
 *   and they are active. Quiet time is skipped when planning, so the alarm is set at the window's end.
 * - Fullscreen/audible defer by DEFER_MS; a deferral is the only alarm that repeats.
 * - Starting a break clears the alarm; snoozes stay readable until 'finish'. User actions bring an away
 *   user back first. Snooze/skip with no open reminder are ignored.
 * - Check-in reminders (checkin-reminder.ts) and micro-breaks (micro-break.ts) share the one alarm: it is
 *   set for whichever comes first.
 * - Effects are minimal: setAlarm/clearAlarm and badge only when they change, except on 'startup', which
 *   re-emits both (same alarm time if nothing changed). 'startup' does not re-show a reminder.
 */

function dispatch(d: Draft, event: SchedulerEvent): void {
  switch (event.type) {
    case 'startup':
      return; // re-planning in finalize is all it needs
    case 'settings':
      return restartCheckinSlots(d);
    case 'active':
      return comeBack(d);
    case 'idle':
    case 'locked':
      return goAway(d, event.since);
    case 'alarm':
      return onAlarm(d, event);
    case 'snooze':
      return onSnooze(d);
    case 'skip':
      return onSkip(d);
    case 'start':
      return onStart(d);
    case 'finish':
      return onFinish(d);
    case 'pause':
      return onPause(d, event.until);
  }
}

/** Plans the one alarm and the badge, emitting only changes (or everything on startup). */
function finalize(d: Draft, force: boolean): void {
  const { s, now } = d;
  const alarmAt = chooseAlarm(planTarget(s, d.settings), s.alarmAt, now);
  if (force || alarmAt !== s.alarmAt) {
    d.effects.push(alarmAt === null ? { type: 'clearAlarm' } : { type: 'setAlarm', at: alarmAt });
  }
  s.alarmAt = alarmAt;
  const badge = badgeText(s);
  if (force || badge !== s.badge) d.effects.push({ type: 'badge', text: badge });
  s.badge = badge;
  s.lastEventAt = now;
}

export function step(
  state: SchedulerState,
  event: SchedulerEvent,
  settings: Settings,
  now: number,
): StepResult {
  const d: Draft = { s: copyState(state), effects: [], settings, now };
  rebaseClock(d);
  creditSilence(d);
  expireCheckinSlots(d);
  if (d.s.pausedUntil !== null && now >= d.s.pausedUntil) d.s.pausedUntil = null;
  // A one-shot alarm that rang is gone; forgetting it makes the plan re-arm whatever comes next.
  if (event.type === 'alarm') d.s.alarmAt = null;
  dispatch(d, event);
  finalize(d, event.type === 'startup');
  return { state: d.s, effects: d.effects };
}
