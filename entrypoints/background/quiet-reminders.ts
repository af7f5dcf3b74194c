import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { nextMicroBreak } from '@/utils/content/micro-breaks';
import { getState, setState } from '@/utils/db/state';
import { openCheckin } from '@/utils/tabs';
import {
  CHECKIN_NOTIFICATION_ID,
  MICRO_BREAK_NOTIFICATION_ID,
  quietNotification,
} from '@/utils/reminders/notification';

const icon = () => browser.runtime.getURL('/icon/128.png');

/** Invites a check-in with a quiet notification; a click on it opens the check-in. */
export async function showCheckinReminder(): Promise<void> {
  await browser.notifications.create(
    CHECKIN_NOTIFICATION_ID,
    quietNotification(
      { title: i18n.t('checkin_reminder.title'), message: i18n.t('checkin_reminder.message') },
      icon(),
    ),
  );
}

/** Opens the check-in for a clicked reminder (the toolbar popup where allowed, else as a page: openCheckin). */
export async function openCheckinFromReminder(): Promise<void> {
  await browser.notifications.clear(CHECKIN_NOTIFICATION_ID);
  await openCheckin();
}

/** A 20-second eye or posture break, as a notification only: nothing opens, nothing waits for an answer. */
export async function showMicroBreak(): Promise<void> {
  const id = nextMicroBreak(await getState('lastMicroBreak'));
  await setState('lastMicroBreak', id);
  await browser.notifications.create(
    MICRO_BREAK_NOTIFICATION_ID,
    quietNotification({ title: i18n.t('micro_break.title'), message: i18n.t(`micro_break.${id}`) }, icon()),
  );
}

/** A click on a micro-break only puts it away. */
export async function clearMicroBreak(): Promise<void> {
  await browser.notifications.clear(MICRO_BREAK_NOTIFICATION_ID);
}
