import { getSettings } from '@/utils/db/settings';
import { getState, setState } from '@/utils/db/state';
import { initialState, step } from '@/utils/scheduler';
import type { SchedulerEvent } from '@/utils/scheduler/types';
import { applyEffect } from './effects';

let queue: Promise<void> = Promise.resolve();

async function runStep(event: SchedulerEvent): Promise<void> {
  const now = Date.now();
  const [stored, settings] = await Promise.all([getState('scheduler'), getSettings()]);
  const { state, effects } = step(stored ?? initialState(now), event, settings, now);
  // State first: if the worker dies mid-effects, the next start re-plans from the new state.
  await setState('scheduler', state);
  for (const effect of effects) await applyEffect(effect, settings);
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
