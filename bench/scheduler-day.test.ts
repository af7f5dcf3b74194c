import { expect, it } from 'vitest';
import { simulatedDay } from './scheduler-day';

it('an 8 h day through the real scheduler suggests breaks with few alarms beyond them', () => {
  const day = simulatedDay();
  // Six stretches away from the browser, each an idle and an active transition.
  expect(day.idleTransitions).toBe(12);
  // A working day with a 50-minute default gets several breaks suggested, each by an alarm.
  expect(day.reminders).toBeGreaterThanOrEqual(4);
  expect(day.alarms).toBeGreaterThanOrEqual(day.reminders);
  // The bench's budget: the worker is not woken for nothing.
  expect(day.alarms).toBeLessThanOrEqual(day.reminders + day.idleTransitions + 2);
});
