import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { replay, type TimelineEntry } from '../tests/tools/scheduler-replay';

const MIN = 60_000;

/**
 * An ordinary 8 h day at the browser: work in stretches, a lunch away, a few short pauses.
 * Counts the alarms that actually fire. (Deferral while a tab plays sound re-checks every 2 min;
 * that case is covered by the scheduler's unit tests, not by this everyday figure.)
 */
export function simulatedDay(): { alarms: number; reminders: number; idleTransitions: number } {
  const start = Date.UTC(2026, 10, 23, 8, 0);
  const at = (minutes: number) => start + minutes * MIN;
  const away = (from: number, minutes: number): TimelineEntry[] => [
    { at: at(from), event: { type: 'idle', since: at(from) - MIN } },
    { at: at(from + minutes), event: { type: 'active' } },
  ];
  const timeline: TimelineEntry[] = [
    { at: start, event: { type: 'startup' } },
    ...away(35, 2),
    ...away(130, 3),
    ...away(200, 45), // lunch
    ...away(300, 1),
    ...away(390, 8),
    ...away(450, 2),
  ];
  const result = replay(timeline, { settings: DEFAULT_SETTINGS, start, until: at(480) });
  const idleTransitions = timeline.filter((e) => e.event.type === 'idle' || e.event.type === 'active').length;
  return { alarms: result.alarmsFired.length, reminders: result.reminders.length, idleTransitions };
}
