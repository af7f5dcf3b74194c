import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { planAsWritten, planBreak, planOptionsFrom, roundMinutes } from '@/utils/breaks/plan';
import { isExerciseId } from '@/utils/content/exercises';
import { latestCheckin } from '@/utils/db/checkins';
import { getCustomExercise, listCustomExercises } from '@/utils/db/custom-exercises';
import { isCustomExerciseId, playableOf } from '@/utils/exercises/custom-exercise';
import { getState, setState } from '@/utils/db/state';
import { recentTrackRecords } from '@/utils/db/track-records';
import { reminderWording } from '@/utils/browser-support/reminder-wording';
import { browserTraits } from '@/utils/browser-support/traits';
import { reminderExclusions } from '@/utils/reminders/exclusions';
import { REMINDER_NOTIFICATION_ID, reminderNotification } from '@/utils/reminders/notification';
import type { Settings } from '@/utils/settings/settings';
import { pickReminderExercise } from '@/utils/suggestions/reminder-choice';
import { breakPagePath } from '@/utils/break-link';

const traits = browserTraits(import.meta.env.BROWSER);

/**
 * Chooses the exercise for a new reminder: one that fits the latest check-in of the last few hours,
 * weighed by what has helped on the person's own breaks, never the same as last time when there is a
 * choice (utils/suggestions/reminder-choice.ts).
 */
async function chooseExercise(settings: Settings): Promise<string> {
  const [last, latest, records, own] = await Promise.all([
    getState('lastReminderExercise'),
    latestCheckin(),
    recentTrackRecords().catch(() => undefined),
    listCustomExercises().catch(() => []),
  ]);
  const id = pickReminderExercise({
    excluded: reminderExclusions(settings, own),
    lastExerciseId: last,
    latest,
    now: Date.now(),
    random: Math.random,
    records,
    own,
  });
  await setState('lastReminderExercise', id);
  return id;
}

/** The exercise the current reminder suggests (chosen when it was shown). */
export async function currentReminderExercise(): Promise<string | null> {
  const id = await getState('lastReminderExercise');
  return id !== undefined && (isExerciseId(id) || isCustomExerciseId(id)) ? id : null;
}

/** The exercise's name and its length in minutes as the break page will plan it; null when it is gone. */
async function describeExercise(id: string, settings: Settings): Promise<[string, number] | null> {
  if (isExerciseId(id))
    return [i18n.t(`exercises.${id}.name`), roundMinutes(planBreak(id, planOptionsFrom(settings)).totalSec)];
  const own = await getCustomExercise(id).catch(() => undefined);
  return own ? [own.title, roundMinutes(planAsWritten(playableOf(own)).totalSec)] : null;
}

/** Shows a due break the way the user chose: a notification, only the badge, or the break page. */
export async function showReminder(settings: Settings): Promise<void> {
  const exerciseId = await chooseExercise(settings);
  if (settings.reminderStyle === 'badge') return;
  if (settings.reminderStyle === 'page') {
    await browser.tabs.create({
      url: browser.runtime.getURL(breakPagePath({ exerciseId, origin: 'reminder' })),
    });
    return;
  }
  // An own exercise deleted in the instant since it was read: the reminder offers a rest instead.
  let described = await describeExercise(exerciseId, settings);
  if (!described) {
    await setState('lastReminderExercise', 'rest');
    described = await describeExercise('rest', settings);
  }
  const [name, minutes] = described ?? ['', 0];
  const options = reminderNotification(
    {
      title: i18n.t('reminder.title'),
      message: i18n.t(reminderWording(traits).message, [name, String(minutes)]),
      start: i18n.t('reminder.start'),
      snooze: i18n.t('reminder.snooze', [String(settings.snoozeMin)]),
    },
    { iconUrl: browser.runtime.getURL('/icon/128.png'), supportsButtons: traits.notificationButtons },
  );
  await browser.notifications.create(REMINDER_NOTIFICATION_ID, options);
}

export async function clearReminder(): Promise<void> {
  await browser.notifications.clear(REMINDER_NOTIFICATION_ID);
}
