import { getSettings } from '@/utils/db/settings';
import { getState, setState } from '@/utils/db/state';
import { commitStep, type StepPorts } from '@/utils/scheduler/commit';
import type { SchedulerEvent } from '@/utils/scheduler/types';
import { applyEffect, breakAlarmAt, clearBreakAlarm, setBreakAlarm } from './effects';

/** The real database and browser behind each step. */
const PORTS: StepPorts = {
  readState: () => getState('scheduler'),
  readSettings: getSettings,
  writeState: (state) => setState('scheduler', state),
  alarmAt: breakAlarmAt,
  setAlarm: setBreakAlarm,
  clearAlarm: clearBreakAlarm,
  apply: applyEffect,
};

let queue: Promise<void> = Promise.resolve();

function runStep(event: SchedulerEvent): Promise<void> {
  return commitStep(PORTS, event, Date.now());
}

/**
 * Feeds one browser event to the scheduler. Steps run one at a time, in arrival order,
 * each reading the stored state fresh, so nothing lives only in the worker's memory.
 */
export function dispatch(event: SchedulerEvent): Promise<void> {
  const run = queue.then(() => runStep(event));
  queue = run.catch((error: unknown) => console.error('[thaw] scheduler step failed', event.type, error));
  return run;
}

/**
 * The browser was started again. While it was closed nothing reported idle, so tell the scheduler
 * the user was away since its last event; a long gap then counts as a natural break.
 */
export async function dispatchBrowserStart(): Promise<void> {
  const lastEventAt = (await getState('scheduler'))?.lastEventAt;
  if (lastEventAt === undefined) return;
  await dispatch({ type: 'locked', since: lastEventAt });
  await dispatch({ type: 'active' });
}
