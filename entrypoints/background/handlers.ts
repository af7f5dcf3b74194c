import { getSettings } from '@/utils/db/settings';
import { getState } from '@/utils/db/state';
import type { Handlers } from '@/utils/messaging/protocol';
import { initialState, nextReminderAt } from '@/utils/scheduler';
import { dispatch } from './dispatch';
import { currentReminderExercise } from './reminder';

async function readPlan() {
  const now = Date.now();
  const [stored, settings, exerciseId] = await Promise.all([
    getState('scheduler'),
    getSettings(),
    currentReminderExercise(),
  ]);
  const state = stored ?? initialState(now);
  return {
    nextReminderAt: nextReminderAt(state, settings, now),
    pausedUntil: state.pausedUntil !== null && state.pausedUntil > now ? state.pausedUntil : null,
    reminderPending: state.reminder?.showing === true,
    exerciseId,
  };
}

/** The background's side of the message contract (utils/messaging/protocol.ts). */
export const handlers: Handlers = {
  getPlan: readPlan,
  breakStarted: async () => {
    // Read the snooze count before the step clears the reminder.
    const snoozes = (await getState('scheduler'))?.snoozes ?? 0;
    await dispatch({ type: 'start' });
    return { snoozes };
  },
  breakFinished: async () => {
    await dispatch({ type: 'finish' });
    return null;
  },
  snooze: async () => {
    await dispatch({ type: 'snooze' });
    return null;
  },
  skip: async () => {
    await dispatch({ type: 'skip' });
    return null;
  },
  pause: async ({ until }) => {
    await dispatch({ type: 'pause', until });
    return null;
  },
  settingsChanged: async () => {
    await dispatch({ type: 'settings' });
    return null;
  },
};
