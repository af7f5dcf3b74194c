import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { stopServiceWorker } from './worker-control';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">',
  '<script>window.__pwned = (window.__pwned || 0) + 1</script>',
  '"><svg onload="window.__pwned = 1">',
  'javascript:window.__pwned=1',
];

test('script and HTML typed into a note are stored and shown as plain text, and never run', async ({
  openPage,
  worker,
}) => {
  const journal = await openPage('journal.html');
  const popup = await openPage('popup.html');
  const note = PAYLOADS.join(' ');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByText('Add body and a note').click();
  await popup.getByLabel('Note (optional)').fill(note);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const [stored] = await readStore<{ note: string }>(worker, 'checkins');
  expect(stored?.note).toBe(note);
  // The journal shows the very characters, as text.
  await expect(journal.getByText(PAYLOADS[1] ?? '', { exact: false })).toBeVisible();
  expect(await journal.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await journal.locator('img[src="x"], svg[onload]').count()).toBe(0);
});

test('the page policy refuses eval and inline script', async ({ openPage }) => {
  const page = await openPage('popup.html');
  // Code evaluated by the test harness itself is exempt from the policy, so each attempt below
  // is made the way page code would make it, and the browser's own violation reports are counted.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ violations: string[]; ran: boolean }>((resolve) => {
        const w = window as { __ran?: boolean };
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        setTimeout('window.__ran = true', 0); // string timer = eval
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__ran = true');
        img.src = 'data:,not-an-image';
        document.body.append(img);
        setTimeout(() => resolve({ violations, ran: w.__ran === true }), 300);
      }),
  );
  expect(outcome.ran).toBe(false);
  expect(outcome.violations.length).toBeGreaterThanOrEqual(3);
  expect(outcome.violations.every((d) => d.startsWith('script-src'))).toBe(true);
});

test('200 writes at once from the popup, the journal and the worker are all kept', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  const journal = await openPage('journal.html');
  // Each context writes through its own IndexedDB connection, while the pages hold theirs open.
  const writeMany = ({ prefix, count }: { prefix: string; count: number }) =>
    Promise.all(
      Array.from(
        { length: count },
        (_, i) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('thaw');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('checkins', 'readwrite');
              tx.objectStore('checkins').put({
                id: `${prefix}-${i}`,
                at: Date.now(),
                pleasantness: null,
                energy: null,
                emotions: ['cant_tell'],
                body: [],
                note: '',
                source: 'popup',
              });
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      ),
    ).then(() => count);
  const counts = await Promise.all([
    popup.evaluate(writeMany, { prefix: 'popup', count: 70 }),
    journal.evaluate(writeMany, { prefix: 'journal', count: 70 }),
    worker.evaluate(writeMany, { prefix: 'worker', count: 60 }),
  ]);
  expect(counts).toEqual([70, 70, 60]);
  const ids = (await readStore<{ id: string }>(worker, 'checkins')).map((c) => c.id);
  expect(ids).toHaveLength(200);
  expect(new Set(ids).size).toBe(200);
});

test('when saving fails, the popup says so kindly and keeps the text for another try', async ({
  context,
  extensionId,
  worker,
}) => {
  const popup = await context.newPage();
  // Simulated: a full disk cannot be made here, so the page's IndexedDB refuses writes with the
  // browser's own QuotaExceededError until the test lifts it.
  await popup.addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    (window as { __failWrites?: boolean }).__failWrites = true;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof realPut>) {
      if ((window as { __failWrites?: boolean }).__failWrites)
        throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Foggy' }).click();
  await popup.getByText('Add body and a note').click();
  await popup.getByLabel('Note (optional)').fill('words I do not want to lose');
  await popup.getByRole('button', { name: 'Save' }).click();

  await expect(popup.getByRole('alert')).toContainText('Your text is still here');
  await expect(popup.getByLabel('Note (optional)')).toHaveValue('words I do not want to lose');
  await expect(popup.getByRole('button', { name: 'Foggy' })).toHaveAttribute('aria-pressed', 'true');
  expect(await readStore(worker, 'checkins')).toEqual([]);

  await popup.evaluate(() => ((window as { __failWrites?: boolean }).__failWrites = false));
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Thank you');
  const [stored] = await readStore<{ note: string; emotions: string[] }>(worker, 'checkins');
  expect(stored).toMatchObject({ note: 'words I do not want to lose', emotions: ['foggy'] });
});

test('after an update clears the alarms and restarts the worker, the plan comes back unchanged', async ({
  context,
  worker,
  openPage,
}) => {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.alarms.get('thaw-break')) !== undefined))
    .toBe(true);
  await writeRecord(worker, 'settings', { reminderEveryMin: 30 }, 'settings');
  const page = await openPage('popup.html');
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsChanged', payload: null }));
  const alarmAt = () =>
    page.evaluate(async () => (await chrome.alarms.get('thaw-break'))?.scheduledTime ?? null);
  await expect.poll(alarmAt).not.toBeNull();
  const before = await alarmAt();
  // The popup asks for the plan once, after its form is drawn; let that ask land first, or it
  // would wake the worker (and re-arm) in the middle of the steps below.
  await expect(page.getByText(/^Next break/)).toBeVisible();

  // What an extension update does to us: every alarm is gone and the worker starts afresh.
  // (chrome.runtime.reload() does not bring back a command-line-loaded extension here, so the
  // two effects are produced directly: clearAll, then a DevTools-protocol worker stop.)
  await worker.evaluate(() => chrome.alarms.clearAll());
  await stopServiceWorker(context, page);
  expect(await alarmAt()).toBeNull();

  // Any event wakes the worker; it re-arms the same moment from its stored state.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getPlan', payload: null }));
  await expect.poll(alarmAt).not.toBeNull();
  const after = await alarmAt();
  expect(after).not.toBeNull();
  expect(Math.abs((after ?? 0) - (before ?? 0))).toBeLessThan(2000);
  const revived = context.serviceWorkers().at(-1) ?? worker;
  expect((await readStore<{ reminderEveryMin: number }>(revived, 'settings'))[0]?.reminderEveryMin).toBe(30);
});
