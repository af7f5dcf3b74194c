import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '@/utils/messaging/protocol';
import {
  CHECKIN_NOTIFICATION_ID,
  MICRO_BREAK_NOTIFICATION_ID,
  REMINDER_BUTTON,
  REMINDER_NOTIFICATION_ID,
} from '@/utils/reminders/notification';
import { latestCheckin } from '@/utils/db/checkins';
import { BREAK_ALARM } from '@/utils/scheduler';
import { browserTraits } from '@/utils/browser-support/traits';
import { breakPagePath } from '@/utils/break-link';
import { dispatch, dispatchBrowserStart } from './dispatch';
import { readEnvironment } from './environment';
import { handlers } from './handlers';
import { clearMicroBreak, openCheckinFromReminder } from './quiet-reminders';
import { currentReminderExercise } from './reminder';

/** Seconds without input before the browser reports "idle". Short idle only pauses the session. */
const IDLE_DETECTION_SEC = 60;

function onIdleState(state: 'active' | 'idle' | 'locked'): void {
  const now = Date.now();
  if (state === 'active') void dispatch({ type: 'active' });
  // The browser reports idle only after the detection interval: input stopped that long ago.
  else if (state === 'idle') void dispatch({ type: 'idle', since: now - IDLE_DETECTION_SEC * 1000 });
  else void dispatch({ type: 'locked', since: now });
}

async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name !== BREAK_ALARM) return;
  const [environment, latest] = await Promise.all([
    readEnvironment(),
    latestCheckin().catch(() => undefined),
  ]);
  await dispatch({ type: 'alarm', ...environment, lastCheckinAt: latest?.at ?? null });
}

async function openBreakFromReminder(): Promise<void> {
  const exerciseId = (await currentReminderExercise()) ?? undefined;
  await browser.notifications.clear(REMINDER_NOTIFICATION_ID);
  await browser.tabs.create({
    url: browser.runtime.getURL(breakPagePath({ exerciseId, origin: 'reminder' })),
  });
}

/** Runs a request that passes the message contract's checks; anything else is refused. */
function onMessage(raw: unknown): Promise<unknown> {
  const message = parseMessage(raw, Date.now());
  if (!message) return Promise.reject(new Error('Thaw refused a message it cannot use.'));
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload);
}

export default defineBackground({
  type: 'module',
  main() {
    // Listeners first and synchronously, so an event that woke the worker is not missed.
    browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
    browser.idle.onStateChanged.addListener(onIdleState);
    browser.notifications.onClicked.addListener((id) => {
      if (id === REMINDER_NOTIFICATION_ID) void openBreakFromReminder();
      else if (id === CHECKIN_NOTIFICATION_ID) void openCheckinFromReminder();
      else if (id === MICRO_BREAK_NOTIFICATION_ID) void clearMicroBreak();
    });
    // Only where notifications have buttons: Firefox has the event but never fires it, and warns in
    // the console each time the background starts if it is listened to.
    if (browserTraits(import.meta.env.BROWSER).notificationButtons)
      browser.notifications.onButtonClicked.addListener((id, index) => {
        if (id !== REMINDER_NOTIFICATION_ID) return;
        if (index === REMINDER_BUTTON.start) void openBreakFromReminder();
        else if (index === REMINDER_BUTTON.snooze) void handlers.snooze(null);
      });
    browser.runtime.onMessage.addListener(onMessage);
    browser.runtime.onStartup.addListener(() => void dispatchBrowserStart());
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });

    browser.idle.setDetectionInterval(IDLE_DETECTION_SEC);
    void dispatch({ type: 'startup' });
  },
});
