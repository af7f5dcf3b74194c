import { expect, type Page, type Worker } from '@playwright/test';
import { readStore, writeRecord } from './db';

const STRETCH_MS = 50 * 60_000; // the default reminder frequency

/** Waits until the worker has planned its first alarm, so its start-up writes cannot race a test. */
export async function waitForPlannedAlarm(worker: Worker): Promise<number> {
  let at: number | null = null;
  await expect
    .poll(
      async () =>
        (at = await worker.evaluate(
          async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime ?? null,
        )),
    )
    .not.toBeNull();
  return at ?? 0;
}

/**
 * Makes a break due in `ms` through the product's own data: the stored scheduler state gets
 * almost a full stretch of active time, then a page tells the background that settings changed,
 * as the options page does, and the background re-plans its one alarm.
 */
export async function makeBreakDueIn(worker: Worker, page: Page, ms: number): Promise<number> {
  const stored = (await readSchedulerState(worker)) ?? {};
  const now = await worker.evaluate(() => Date.now());
  const countdownFromMs = Number(stored.countdownFromMs ?? 0);
  await writeRecord(
    worker,
    'state',
    {
      ...stored,
      presence: 'active',
      accruedMs: countdownFromMs + STRETCH_MS - ms,
      accrualSince: now,
      lastEventAt: now,
    },
    'scheduler',
  );
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }));
  return now + ms;
}

/** The scheduler's stored state (the record under the key 'scheduler' in the state store). */
export async function readSchedulerState(worker: Worker): Promise<Record<string, unknown> | undefined> {
  const values = await readStore<unknown>(worker, 'state');
  return values.find(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && 'presence' in v,
  );
}

export async function reminderShown(worker: Worker): Promise<boolean> {
  return worker.evaluate(async () => 'thaw-reminder' in (await chrome.notifications.getAll()));
}

export { readStore };
