import type { Page } from 'puppeteer-core';
import { poll } from './pages';

/** The name of Thaw's one break alarm (utils/scheduler). */
export const BREAK_ALARM = 'thaw-break';

/*
 * What Thaw keeps, read from one of its own pages (`control`): the same origin, the same IndexedDB and
 * the same extension APIs as its background, without waking the background.
 */

/** Every record of one store of Thaw's real IndexedDB. */
export function readStore<T = Record<string, unknown>>(control: Page, store: string): Promise<T[]> {
  return control.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Puts one record into a store of Thaw's IndexedDB (`key` for stores keyed out of line). */
export async function writeRecord(control: Page, store: string, value: unknown, key?: string): Promise<void> {
  await control.evaluate(
    ({ store, value, key }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          if (key === undefined) tx.objectStore(store).put(value);
          else tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, value, key },
  );
}

/** When the break alarm is set for, or null. */
export function alarmAt(control: Page): Promise<number | null> {
  return control.evaluate(
    async (name) =>
      ((await chrome.alarms.get(name)) as { scheduledTime: number } | undefined)?.scheduledTime ?? null,
    BREAK_ALARM,
  );
}

/** Whether Firefox has the event page loaded now (it unloads it when idle). */
export function backgroundLoaded(control: Page): Promise<boolean> {
  return control.evaluate(() =>
    chrome.extension
      .getViews()
      .some(
        (view) => (view as unknown as typeof window).location.pathname === '/_generated_background_page.html',
      ),
  );
}

/** Waits until Firefox has unloaded the idle event page. */
export async function backgroundUnloaded(control: Page, timeoutMs = 15_000): Promise<void> {
  await poll(
    'the event page to be unloaded',
    async () => (!(await backgroundLoaded(control)) ? true : undefined),
    {
      timeoutMs,
    },
  );
}

/** What a notification carries, as Firefox reports it. */
export interface ShownNotification {
  title?: string;
  message?: string;
  buttons?: unknown[];
}

/** Thaw's notifications on screen, by id. (Firefox gives each one's options; Chrome only `true`.) */
export function notifications(control: Page): Promise<Record<string, ShownNotification>> {
  return control.evaluate(
    async () => (await chrome.notifications.getAll()) as unknown as Record<string, ShownNotification>,
  );
}

/** The scheduler's stored state (the record under "scheduler" in the state store). */
export async function schedulerState(
  control: Page,
): Promise<Record<string, unknown> & { accruedMs?: number }> {
  const values = await readStore<unknown>(control, 'state');
  const found = values.find(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && 'presence' in v,
  );
  if (!found) throw new Error('The scheduler has not stored its state.');
  return found;
}

/**
 * Makes a break due in `ms` through the product's own data: the stored session gets all but `ms` of a
 * full stretch of active time, then a page tells the background that settings changed (as the options
 * page does), and the background plans its one alarm again. Returns the moment it is due.
 */
export async function makeBreakDueIn(control: Page, ms: number): Promise<number> {
  const [state, settingsRecords] = await Promise.all([
    schedulerState(control),
    readStore<{ reminderEveryMin?: number }>(control, 'settings'),
  ]);
  const everyMin = settingsRecords[0]?.reminderEveryMin ?? 50;
  const now = await control.evaluate(() => Date.now());
  await writeRecord(
    control,
    'state',
    {
      ...state,
      presence: 'active',
      awaySince: null,
      reminder: null,
      holdUntil: null,
      countdown: 'stretch',
      countdownFromMs: 0,
      accruedMs: everyMin * 60_000 - ms,
      accrualSince: now,
      lastEventAt: now,
    },
    'scheduler',
  );
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }));
  return now + ms;
}
