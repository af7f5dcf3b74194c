import { expect, test } from './fixtures';
import { readSchedulerState, waitForPlannedAlarm } from './scheduler-state';

test('the background refuses a pause of forever, and any payload out of range, and stays as it was', async ({
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('options.html');
  const send = (message: unknown) =>
    page.evaluate(
      (m) =>
        chrome.runtime.sendMessage(m).then(
          () => 'done',
          (error: unknown) => `refused: ${String(error)}`,
        ),
      message,
    );
  for (const until of [1e308, Date.now() + 8 * 24 * 3_600_000, 8.64e15 + 1, -1, 'tomorrow'])
    expect(await send({ type: 'pause', payload: { until } })).toMatch(/^refused/);
  expect(await send({ type: 'snooze', payload: { minutes: 1e9 } })).toMatch(/^refused/);
  expect((await readSchedulerState(worker))?.pausedUntil).toBeNull();
  await expect(page.getByText('Reminders are on.')).toBeVisible();

  // What the options page really sends still works.
  await page.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect
    .poll(async () => Number((await readSchedulerState(worker))?.pausedUntil) - Date.now())
    .toBeGreaterThan(50 * 60_000);
});
