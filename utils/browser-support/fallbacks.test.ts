/**
 * What Thaw does where Firefox differs from Chrome. The restrictions below were seen in Firefox ESR 153:
 * notifications.create rejects `buttons` ("unsupported by Firefox") and `requireInteraction`
 * ("Unexpected property"), and idle.onStateChanged never reports "locked".
 */
import { describe, expect, it } from 'vitest';
import { reminderNotification } from '../reminders/notification';
import { feed, at, natural, started } from '@/tests/tools/scheduler-fixtures';
import type { Effect } from '../scheduler/types';

process.env.TZ = 'UTC';

const text = {
  title: 'A short break?',
  message: 'Try Box breathing — about 2 min.',
  start: 'Start',
  snooze: 'Later',
};
/** The notification option keys Firefox accepts for a basic notification. */
const FIREFOX_NOTIFICATION_KEYS = [
  'type',
  'iconUrl',
  'title',
  'message',
  'priority',
  'eventTime',
  'contextMessage',
];

const naturalBreaks = (effects: Effect[][]) => effects.flat().filter((e) => e.type === 'recordBreak');

describe('reminder notification in Firefox', () => {
  it('uses only options Firefox accepts, so the notification is not rejected', () => {
    const options = reminderNotification(text, { iconUrl: 'icon/128.png', supportsButtons: false });
    for (const key of Object.keys(options)) expect(FIREFOX_NOTIFICATION_KEYS, key).toContain(key);
  });

  it('still says what the break is, because a click on it opens the break page', () => {
    const options = reminderNotification(text, { iconUrl: 'icon/128.png', supportsButtons: false });
    expect(options).toMatchObject({ title: text.title, message: text.message });
  });
});

describe('idle states in Firefox (no "locked")', () => {
  it('counts a long idle stretch as a natural break, just as a locked screen in Chrome', () => {
    const chrome = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 19) }],
      [at(9, 21), { type: 'locked', since: at(9, 21) }],
      [at(9, 40), { type: 'active' }],
    ]);
    const firefox = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 19) }],
      [at(9, 40), { type: 'active' }],
    ]);
    expect(naturalBreaks(firefox.effects)).toEqual([natural(at(9, 19), at(9, 40))]);
    expect(naturalBreaks(firefox.effects)).toEqual(naturalBreaks(chrome.effects));
    expect(firefox.state.alarmAt).toBe(chrome.state.alarmAt);
  });

  it('treats a short idle stretch as a pause in active time, not a break', () => {
    const firefox = feed(started(at(9)), [
      [at(9, 20), { type: 'idle', since: at(9, 19) }],
      [at(9, 22), { type: 'active' }],
    ]);
    expect(naturalBreaks(firefox.effects)).toEqual([]);
    // Three idle minutes are not counted as active: the reminder moves three minutes later.
    expect(firefox.state.alarmAt).toBe(at(9, 53));
  });
});
