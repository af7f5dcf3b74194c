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
