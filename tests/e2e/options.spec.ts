import type { Worker } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore } from './db';
import { expect, test } from './fixtures';
import { waitForPlannedAlarm } from './scheduler-state';

const MIN = 60_000;
const alarmAt = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime ?? null);

test('a new frequency is saved at once and the background re-plans its alarm', async ({
  worker,
  openPage,
}) => {
  const first = await waitForPlannedAlarm(worker);
  const now = await worker.evaluate(() => Date.now());
  expect(first - now).toBeGreaterThan(45 * MIN); // the default 50 minutes

  const options = await openPage('options.html');
  const every = options.getByRole('spinbutton', { name: /Suggest a break after/ });
  await every.fill('20');
  await expect.poll(() => alarmAt(worker)).toBeLessThan(now + 21 * MIN);
  const [settings] = await readStore<{ reminderEveryMin: number }>(worker, 'settings');
  expect(settings?.reminderEveryMin).toBe(20);
});

test('an out-of-range value gets a kind message and is not saved', async ({ worker, openPage }) => {
  await waitForPlannedAlarm(worker);
  const options = await openPage('options.html');
  const every = options.getByRole('spinbutton', { name: /Suggest a break after/ });
  await every.fill('5');
  await expect(options.getByRole('alert')).toHaveText(/whole number from 15 to 120\. Nothing was changed/);
  await expect(every).toHaveAttribute('aria-invalid', 'true');
  expect(await readStore(worker, 'settings')).toEqual([]);
  await expectNoSeriousA11yViolations(options);
});

test('pausing shows until when, and resuming clears it', async ({ worker, openPage }) => {
  await waitForPlannedAlarm(worker);
  const options = await openPage('options.html');
  await options.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(options.getByText(/paused until/)).toBeVisible();
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('‖');
  await options.getByRole('button', { name: 'Resume now' }).click();
  await expect(options.getByText('Reminders are on.')).toBeVisible();
});
