import { writeRecord } from './db';
import { expect, test } from './fixtures';
import { readSchedulerState, waitForPlannedAlarm } from './scheduler-state';
import { stopServiceWorker } from './worker-control';

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

test('a worker stopped while it sets its alarm leaves a real alarm no later than the stored plan', async ({
  context,
  worker,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  const page = await openPage('options.html');
  const realAlarm = () =>
    page.evaluate(async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime ?? null);
  // Read from the page: the worker is stopped part way through.
  const planned = () =>
    page.evaluate(
      () =>
        new Promise<number | null>((resolve, reject) => {
          const open = indexedDB.open('thaw');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('state').objectStore('state').get('scheduler');
            request.onsuccess = () => {
              open.result.close();
              const alarmAt: unknown = (request.result as { alarmAt?: unknown } | undefined)?.alarmAt;
              resolve(typeof alarmAt === 'number' ? alarmAt : null);
            };
          };
        }),
    );
  // From now on the worker never gets past setting an alarm: it waits there until it is stopped.
  await worker.evaluate(() => {
    const stall = () => new Promise<never>(() => {});
    const apis = [chrome.alarms, (globalThis as { browser?: typeof chrome }).browser?.alarms];
    for (const alarms of apis) if (alarms) Object.defineProperty(alarms, 'create', { value: stall });
  });
  // A shorter stretch moves the plan 35 minutes earlier: the moment the attack caught.
  await writeRecord(worker, 'settings', { reminderEveryMin: 15 }, 'settings');
  void page
    .evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }))
    .catch(() => 'no answer: the worker was stopped');
  await page.waitForTimeout(1000);
  await stopServiceWorker(context, page);

  const alarm = await realAlarm();
  const plan = await planned();
  expect(plan).not.toBeNull();
  expect(alarm).not.toBeNull();
  expect(alarm ?? Infinity).toBeLessThanOrEqual((plan ?? 0) + 1000);

  // The next wake (any event) puts the real alarm on the plan, which follows the new setting.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getPlan', payload: null }));
  await expect
    .poll(async () => Math.abs(((await realAlarm()) ?? 0) - ((await planned()) ?? 0)))
    .toBeLessThan(1000);
});
