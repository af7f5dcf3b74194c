import { browser } from 'wxt/browser';
import { setBadge } from '@/utils/browser-support/toolbar-button';
import { putBreak } from '@/utils/db/breaks';
import { newId } from '@/utils/db/ids';
import { BREAK_ALARM } from '@/utils/scheduler';
import { ALARM_REPEAT_MIN, ON_TIME_TOLERANCE_MS } from '@/utils/scheduler/constants';
import type { Effect } from '@/utils/scheduler/types';
import type { Settings } from '@/utils/settings/settings';
import { showCheckinReminder, showMicroBreak } from './quiet-reminders';
import { clearReminder, showReminder } from './reminder';

/** When the break alarm rings next, or null when none is set. */
export async function breakAlarmAt(): Promise<number | null> {
  return (await browser.alarms.get(BREAK_ALARM))?.scheduledTime ?? null;
}

/**
 * Sets the one break alarm, but only when it is missing or set for another moment: re-creating it
 * on every step would push it forward forever. It repeats (ALARM_REPEAT_MIN) until moved or cleared.
 */
export async function setBreakAlarm(at: number): Promise<void> {
  const current = await breakAlarmAt();
  if (current !== null && Math.abs(current - at) < ON_TIME_TOLERANCE_MS) return;
  await browser.alarms.create(BREAK_ALARM, {
    when: Math.max(at, Date.now() + 100),
    periodInMinutes: ALARM_REPEAT_MIN,
  });
}

export async function clearBreakAlarm(): Promise<void> {
  await browser.alarms.clear(BREAK_ALARM);
}

/** Carries out one effect the scheduler asked for; the alarm follows the stored plan (utils/scheduler/commit.ts). */
export async function applyEffect(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
    case 'clearAlarm':
      return;
    case 'showReminder':
      return showReminder(settings);
    case 'clearReminder':
      return clearReminder();
    case 'showCheckinReminder':
      return showCheckinReminder();
    case 'showMicroBreak':
      return showMicroBreak();
    case 'badge':
      return setBadge(browser, effect.text, '#2f6f78');
    case 'recordBreak':
      await putBreak({ id: newId(), ...effect.record });
      return;
  }
}
