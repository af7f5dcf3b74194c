import { browser } from 'wxt/browser';
import { setBadge } from '@/utils/browser-support/toolbar-button';
import { putBreak } from '@/utils/db/breaks';
import { newId } from '@/utils/db/ids';
import { BREAK_ALARM } from '@/utils/scheduler';
import type { Effect } from '@/utils/scheduler/types';
import type { Settings } from '@/utils/settings/settings';
import { clearReminder, showReminder } from './reminder';

/** Alarms may fire up to this much off their mark; closer than this counts as "already set". */
const ALARM_TOLERANCE_MS = 1000;

/**
 * Sets the one break alarm, but only when it is missing or set for another moment:
 * re-creating it on every worker start would push it forward forever.
 */
async function ensureAlarm(at: number): Promise<void> {
  const existing = await browser.alarms.get(BREAK_ALARM);
  if (existing && Math.abs(existing.scheduledTime - at) < ALARM_TOLERANCE_MS) return;
  await browser.alarms.create(BREAK_ALARM, { when: Math.max(at, Date.now() + 100) });
}

/** Carries out one effect the scheduler asked for. */
export async function applyEffect(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
      return ensureAlarm(effect.at);
    case 'clearAlarm':
      await browser.alarms.clear(BREAK_ALARM);
      return;
    case 'showReminder':
      return showReminder(settings);
    case 'clearReminder':
      return clearReminder();
    case 'badge':
      return setBadge(browser, effect.text, '#2f6f78');
    case 'recordBreak':
      await putBreak({ id: newId(), ...effect.record });
      return;
  }
}
