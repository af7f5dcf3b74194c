import { writeRecord } from './db';
import { expect, test } from './fixtures';
import { stopServiceWorker } from './worker-control';
import { passDoneMoment } from './break-steps';
import {
  makeBreakDueIn,
  readSchedulerState,
  readStore,
  reminderShown,
  waitForPlannedAlarm,
} from './scheduler-state';

test('a due break fires the real alarm and shows a reminder notification on time', async ({
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('popup.html');
  const dueAt = await makeBreakDueIn(worker, page, 4000);

  const planned = await worker.evaluate(async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime);
  expect(Math.abs((planned ?? 0) - dueAt)).toBeLessThan(1000);
  expect(await reminderShown(worker)).toBe(false);

  await expect.poll(() => reminderShown(worker), { timeout: 15_000 }).toBe(true);
  const shownAt = await worker.evaluate(() => Date.now());
  expect(shownAt).toBeGreaterThanOrEqual(dueAt - 1000);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('•');
});

test('with "open the break page" the reminder opens a break, which is recorded with the scheduler told', async ({
  worker,
  context,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  await writeRecord(worker, 'settings', { reminderStyle: 'page' }, 'settings');
  const page = await openPage('popup.html');
  await makeBreakDueIn(worker, page, 3000);

  const breakPage = await context.waitForEvent('page', { timeout: 15_000 });
  await breakPage.waitForLoadState();
  expect(breakPage.url()).toMatch(/break\.html\?origin=reminder&exercise=\w+/);

  await breakPage.getByRole('button', { name: 'Low', exact: true }).click();
  await breakPage.getByRole('button', { name: 'Start' }).click();
  await expect(breakPage.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => (await readSchedulerState(worker))?.presence).toBe('break');
  // Playwright's clock stands in for the minutes of the exercise.
  await breakPage.clock.install();
  await breakPage.clock.runFor(200_000);
  await passDoneMoment(breakPage);
  await breakPage.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(breakPage.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();

  const [record] = await readStore<{ origin: string; outcome: string; snoozes: number }>(worker, 'breaks');
  expect(record).toMatchObject({ origin: 'reminder', outcome: 'completed', snoozes: 0 });
  await expect.poll(() => readSchedulerState(worker)).toMatchObject({ presence: 'active', reminder: null });
});

test('the reminder still fires on time after the service worker is stopped mid-session', async ({
  worker,
  context,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('popup.html');
  const dueAt = await makeBreakDueIn(worker, page, 6000);
  expect(await reminderShown(worker)).toBe(false);

  // Stop the worker as the browser does when it is idle (DevTools protocol), and see it stop.
  await stopServiceWorker(context, page);

  // A fresh worker (woken by the alarm, or already by the browser) finds its state in IndexedDB and
  // reminds on time. Asked from the page: the old worker handle belongs to the stopped instance.
  await expect
    .poll(() => page.evaluate(async () => 'thaw-reminder' in (await chrome.notifications.getAll())), {
      timeout: 15_000,
    })
    .toBe(true);
  const shownAt = await page.evaluate(() => Date.now());
  expect(shownAt).toBeGreaterThanOrEqual(dueAt - 1000);
  expect(shownAt).toBeLessThan(dueAt + 8000);
});
