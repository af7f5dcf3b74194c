import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { commitStep, type StepPorts } from './commit';
import { ALARM_REPEAT_MIN, ON_TIME_TOLERANCE_MS } from './constants';
import { replay, type TimelineEntry } from '@/tests/tools/scheduler-replay';
import { at, MIN, settingsWith } from '@/tests/tools/scheduler-fixtures';
import type { Effect, SchedulerEvent, SchedulerState } from './types';

process.env.TZ = 'UTC';

/** What survives the worker: the stored state and settings, the real alarm, the break records. */
interface World {
  state: SchedulerState | undefined;
  settings: Settings;
  alarm: number | null;
  records: number;
}

/** The browser stopped the worker at an await: nothing after it runs. */
class Stopped extends Error {}

/**
 * Ports over `world`, the worker stopped at its `stopAt`-th await (1-based): before that operation
 * takes effect, or just after it did (its result never seen). Returns how many awaits the step made.
 */
function portsFor(
  world: World,
  stopAt: number,
  whenDone: boolean,
): { ports: StepPorts; awaits: () => number } {
  let count = 0;
  const op = async <T>(work: () => T): Promise<T> => {
    await Promise.resolve();
    count += 1;
    if (count === stopAt && !whenDone) throw new Stopped();
    const result = work();
    if (count === stopAt) throw new Stopped();
    return result;
  };
  const setAlarm = (time: number) => {
    if (world.alarm === null || Math.abs(world.alarm - time) >= ON_TIME_TOLERANCE_MS) world.alarm = time;
  };
  const apply = (effect: Effect) => {
    if (effect.type === 'recordBreak') world.records += 1;
  };
  const ports: StepPorts = {
    readState: () => op(() => (world.state ? structuredClone(world.state) : undefined)),
    readSettings: () => op(() => world.settings),
    writeState: (state) => op(() => void (world.state = structuredClone(state))),
    alarmAt: () => op(() => world.alarm),
    setAlarm: (time) => op(() => setAlarm(time)),
    clearAlarm: () => op(() => void (world.alarm = null)),
    apply: (effect) => op(() => apply(effect)),
  };
  return { ports, awaits: () => count };
}

const REPEAT_MS = ALARM_REPEAT_MIN * MIN;

/** The browser rings the alarm: it stays, to ring again a little later unless a step moves it. */
function ring(world: World, now: number, event: SchedulerEvent): void {
  if (event.type === 'alarm') world.alarm = now + REPEAT_MS;
}

async function run(world: World, now: number, event: SchedulerEvent): Promise<void> {
  ring(world, now, event);
  await commitStep(portsFor(world, 0, false).ports, event, now);
}

/**
 * The real alarm rings no later than the stored plan wants it (a plan already due: within the
 * repeat), or there is no plan to miss.
 */
function wakesInTime(world: World, now: number): boolean {
  const planned = world.state?.alarmAt ?? null;
  if (planned === null) return true;
  return world.alarm !== null && world.alarm <= Math.max(planned, now + REPEAT_MS) + ON_TIME_TOLERANCE_MS;
}

/** Real alarm and stored plan are the same moment (both none, or within the tolerance). */
function agree(world: World): boolean {
  const planned = world.state?.alarmAt ?? null;
  if (planned === null || world.alarm === null) return planned === world.alarm;
  return Math.abs(world.alarm - planned) < ON_TIME_TOLERANCE_MS;
}

const e = (h: number, m: number, event: SchedulerEvent, settings?: Settings): TimelineEntry => ({
  at: at(h, m),
  event,
  ...(settings ? { settings } : {}),
});

/** A morning that moves the alarm every way: earlier, later, off and on again. */
const MORNING: TimelineEntry[] = [
  e(9, 20, { type: 'settings' }, settingsWith({ reminderEveryMin: 30 })), // earlier
  e(9, 35, { type: 'snooze' }),
  e(9, 40, { type: 'settings' }, settingsWith({ reminderEveryMin: 90 })), // later
  e(10, 0, { type: 'idle', since: at(9, 58) }), // away: no alarm
  e(10, 3, { type: 'active' }), // back: alarm again
  e(10, 10, { type: 'pause', until: at(11, 10) }),
  e(10, 30, { type: 'pause', until: null }),
  e(10, 40, { type: 'settings' }, settingsWith({ reminderEveryMin: 15 })),
  e(11, 40, { type: 'snooze' }),
  e(11, 45, { type: 'start' }),
  e(11, 50, { type: 'finish' }),
  e(12, 30, { type: 'locked', since: at(12, 30) }),
  e(13, 30, { type: 'active' }),
];

describe('commitStep: the plan and the real alarm agree after a stop at any await', () => {
  // The steps of the morning as the browser delivers them, the alarms' rings included.
  const steps = replay(MORNING, { settings: DEFAULT_SETTINGS, start: at(9), until: at(14) }).log;
  const settingsAt = (time: number): Settings =>
    MORNING.filter((entry) => entry.at <= time && entry.settings).at(-1)?.settings ?? DEFAULT_SETTINGS;

  it('replays a morning that moves the alarm every way', () => {
    expect(steps.length).toBeGreaterThan(MORNING.length + 3);
  });

  it.each([false, true])('stopped before (false) or just after (true) each await', async (whenDone) => {
    let stops = 0;
    for (const [i, { at: now, event }] of steps.entries()) {
      for (let stopAt = 1; ; stopAt++) {
        const world: World = { state: undefined, settings: DEFAULT_SETTINGS, alarm: null, records: 0 };
        for (const earlier of steps.slice(0, i)) {
          world.settings = settingsAt(earlier.at);
          await run(world, earlier.at, earlier.event);
        }
        world.settings = settingsAt(now);
        ring(world, now, event);
        const { ports, awaits } = portsFor(world, stopAt, whenDone);
        const stopped = await commitStep(ports, event, now).then(
          () => false,
          (error: unknown) => {
            if (error instanceof Stopped) return true;
            throw error;
          },
        );
        if (!stopped) {
          expect(awaits()).toBeLessThan(stopAt);
          break;
        }
        stops += 1;
        const where = `step ${i} (${event.type} at ${(now - at(0)) / MIN} min), stopped at await ${stopAt}`;
        expect(wakesInTime(world, now), where).toBe(true);
        // The next wake starts a worker, whose first step re-plans: then both agree exactly.
        await run(world, now, { type: 'startup' });
        expect(agree(world), `${where}, after the next start`).toBe(true);
      }
    }
    expect(stops).toBeGreaterThan(steps.length * 4);
  });
});
