import type { Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { writeRecord } from './db';
import { expect, test } from './fixtures';
import { readSchedulerState, readStore, waitForPlannedAlarm } from './scheduler-state';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** The worker's local time: the start of the current minute, and minutes after midnight. */
function localMinute(worker: Worker) {
  return worker.evaluate(() => {
    const d = new Date();
    d.setSeconds(0, 0);
    return { startOfMinute: d.getTime(), minuteOfDay: d.getHours() * 60 + d.getMinutes(), now: Date.now() };
  });
}

const notificationIds = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

test('a check-in time plans the one alarm for that minute', async ({ worker, openPage }) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('options.html');
  const { startOfMinute, minuteOfDay } = await localMinute(worker);
  const next = (minuteOfDay + 2) % (24 * 60);
  await writeRecord(
    worker,
    'settings',
    { checkinReminders: { enabled: true, times: [next], days: EVERY_DAY } },
    'settings',
  );
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }));
  // Two minutes ahead comes before the break (50 min): the one alarm now waits for the check-in time.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime))
    .toBe(startOfMinute + 2 * 60_000);
  expect(await worker.evaluate(async () => (await chrome.alarms.getAll()).length)).toBe(1);
});

test('a check-in time that has come rings the real alarm, shows a quiet notification, and its click opens the check-in', async ({
  worker,
  context,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('options.html');
  const { startOfMinute, minuteOfDay } = await localMinute(worker);
  await writeRecord(
    worker,
    'settings',
    { checkinReminders: { enabled: true, times: [minuteOfDay], days: EVERY_DAY } },
    'settings',
  );
  // The time is this very minute; waiting for a whole-minute time would take up to a minute per run, so
  // the stored state says times up to just before it are done with, and a resume makes the scheduler
  // re-plan (saving settings would rightly drop a time already passed).
  const state = (await readSchedulerState(worker)) ?? {};
  await writeRecord(worker, 'state', { ...state, checkinHandledUntil: startOfMinute - 1 }, 'scheduler');
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'pause', payload: { until: null } }));

  await expect.poll(() => notificationIds(worker), { timeout: 15_000 }).toContain('thaw-checkin');
  expect(await notificationIds(worker)).not.toContain('thaw-reminder');
  // Done with: the next is tomorrow, and the break alarm is back on its own time.
  await expect
    .poll(async () => (await readSchedulerState(worker))?.checkinHandledUntil)
    .toBeGreaterThan(startOfMinute);

  // Headless Chromium draws no notification to click; the browser's own event dispatch stands in for
  // the click. Here action.openPopup() opens the real popup (a POPUP context); where a browser refuses,
  // the product opens the check-in as a page instead, so either outcome passes (this run can't force
  // the refusal: the page fallback is not driven here).
  const tabs = context.pages().length;
  await worker.evaluate(() =>
    (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch('thaw-checkin'),
  );
  await expect
    .poll(async () => {
      const popups = await worker.evaluate(
        async () =>
          (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as Browser.runtime.ContextType] }))
            .length,
      );
      const opened = context
        .pages()
        .slice(tabs)
        .some((p) => p.url().endsWith('/popup.html'));
      return popups > 0 || opened;
    })
    .toBe(true);
  await expect.poll(() => notificationIds(worker)).not.toContain('thaw-checkin');
});

test('no check-in reminder when a check-in was saved in the last hour', async ({ worker, openPage }) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('popup.html');
  await page.getByRole('button', { name: 'Numb', exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await readStore(worker, 'checkins')).length).toBe(1);

  const { startOfMinute, minuteOfDay } = await localMinute(worker);
  await writeRecord(
    worker,
    'settings',
    { checkinReminders: { enabled: true, times: [minuteOfDay], days: EVERY_DAY } },
    'settings',
  );
  const state = (await readSchedulerState(worker)) ?? {};
  await writeRecord(worker, 'state', { ...state, checkinHandledUntil: startOfMinute - 1 }, 'scheduler');
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'pause', payload: { until: null } }));

  // The alarm rings and the time is done with, quietly.
  await expect
    .poll(async () => (await readSchedulerState(worker))?.checkinHandledUntil, { timeout: 15_000 })
    .toBeGreaterThan(startOfMinute);
  expect(await notificationIds(worker)).not.toContain('thaw-checkin');
});

test('a micro-break comes between long breaks: a notification and a record, no page opened', async ({
  worker,
  context,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  await writeRecord(worker, 'settings', { microBreaks: true, microBreakEveryMin: 20 }, 'settings');
  const page = await openPage('options.html');
  // 20 min of active time less 3 s: the micro-break is due in 3 s, the long break 30 min later.
  const state = (await readSchedulerState(worker)) ?? {};
  const now = await worker.evaluate(() => Date.now());
  await writeRecord(
    worker,
    'state',
    {
      ...state,
      presence: 'active',
      accruedMs: 20 * 60_000 - 3000,
      accrualSince: now,
      lastEventAt: now,
      microFromMs: 0,
    },
    'scheduler',
  );
  const pages = context.pages().length;
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }));

  await expect.poll(() => notificationIds(worker), { timeout: 15_000 }).toContain('thaw-micro-break');
  const shownAt = await worker.evaluate(() => Date.now());
  expect(shownAt).toBeGreaterThanOrEqual(now + 2000);
  expect(await notificationIds(worker)).not.toContain('thaw-reminder');
  const records = await readStore<{ origin: string; outcome: string }>(worker, 'breaks');
  expect(records).toEqual([expect.objectContaining({ origin: 'micro', outcome: 'suggested' })]);
  expect(context.pages().length).toBe(pages);
  // The next micro-break is planned a full 20 min on (40 min of active time, 10 before the long break).
  const alarm = await worker.evaluate(
    async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime ?? 0,
  );
  expect(Math.abs(alarm - (now + 3000 + 20 * 60_000))).toBeLessThan(2000);
  expect((await readSchedulerState(worker))?.reminder).toBeNull();
  // The journal's insights count it.
  const journal = await openPage('journal.html#insights');
  await expect(journal.getByTestId('micro-breaks')).toContainText('1 micro-break');
});
