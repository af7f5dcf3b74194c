import { expectNoSeriousA11yViolations } from './axe';
import type { Worker } from '@playwright/test';
import { readStore, writeRecord } from './db';
import { passDoneMoment } from './break-steps';
import { expect, test } from './fixtures';

interface StoredBreak {
  id: string;
  outcome: string;
  origin: string;
  exerciseId: string;
  beforeCheckinId?: string;
  afterCheckinId?: string;
  endedAt?: number;
  at: number;
}
interface StoredCheckin {
  id: string;
  pleasantness: number | null;
  source: string;
  breakId?: string;
}

test('a guided break with before and after, paused once, recorded in full', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  // Playwright's clock stands in for the minutes of breathing; the page's own code runs unchanged.
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=box_breathing&origin=popup`);

  // The default break length, 3 minutes: 11 breaths of 16 seconds.
  await expect(page.getByText('About 3 min in all')).toBeVisible();
  // An answer is a choice; only Start begins.
  const okay = page.getByRole('button', { name: 'Okay', exact: true });
  await okay.click();
  await expect(okay).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Box breathing' })).toBeVisible();
  await expect(page.getByText('Breath 1 of 11')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Paused, time passes but the exercise does not move on.
  await page.getByRole('button', { name: 'Pause' }).click();
  const progress = page.getByRole('progressbar', { name: 'Progress' });
  const before = await progress.getAttribute('aria-valuenow');
  await page.clock.runFor(20_000);
  await expect(progress).toHaveAttribute('aria-valuenow', before ?? '0');
  await page.getByRole('button', { name: 'Resume' }).click();

  await page.clock.runFor(20_000);
  await expect(page.getByText('Breath 2 of 11')).toBeVisible();
  await page.clock.runFor(160_000);
  await passDoneMoment(page);
  await expect(page.getByRole('heading', { name: 'How do you feel now?' })).toBeVisible();
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();

  const [record] = await readStore<StoredBreak>(worker, 'breaks');
  expect(record).toMatchObject({ outcome: 'completed', origin: 'popup', exerciseId: 'box_breathing' });
  const checkins = await readStore<StoredCheckin>(worker, 'checkins');
  const beforeCheckin = checkins.find((c) => c.id === record?.beforeCheckinId);
  const afterCheckin = checkins.find((c) => c.id === record?.afterCheckinId);
  expect(beforeCheckin).toMatchObject({ pleasantness: 0, source: 'before_break', breakId: record?.id });
  expect(afterCheckin).toMatchObject({ pleasantness: 2, source: 'after_break', breakId: record?.id });
});

test('stopping early is recorded as stopped, and the after question can be skipped', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=body_scan&origin=suggestion`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/Step 1 of/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped, and that is fine.' })).toBeFocused();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();

  const [record] = await readStore<StoredBreak>(worker, 'breaks');
  expect(record).toMatchObject({ outcome: 'stopped', origin: 'suggestion', exerciseId: 'body_scan' });
  expect(record?.beforeCheckinId).toBeUndefined();
  expect(record?.afterCheckinId).toBeUndefined();
  expect(await readStore(worker, 'checkins')).toEqual([]);
});

test('"take a break now" offers every exercise, grouped by what it helps with, with Get help and a way back', async ({
  openPage,
}) => {
  const page = await openPage('break.html?origin=popup');
  await expect(page.getByRole('heading', { name: /Pick something/ })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(15);
  const wound = page.getByRole('region', { name: 'When you feel wound up' });
  await expect(wound.getByRole('button', { name: /Box breathing/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'When things feel far away or numb' })).toContainText(
    '5-4-3-2-1',
  );
  await expect(page.getByRole('button', { name: 'Get help' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to what I was doing' })).toBeVisible();
  await page.getByRole('button', { name: /5-4-3-2-1/ }).click();
  await expect(page.getByRole('heading', { name: '5-4-3-2-1 senses', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('textbox', { name: 'Thing 1 of 5' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** The break tabs open now, as the browser lists them. */
const breakTabs = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.tabs.query({})).filter((t) => t.url?.includes('/break.html')).map((t) => t.active),
  );

test('Start after a check-in runs the exercise at once; the check-in is the break’s before-answer', async ({
  context,
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  const card = popup
    .getByRole('region', { name: /.+/ })
    .filter({ has: popup.getByRole('button', { name: 'Start' }) });
  const name = (await card.getByRole('heading').textContent()) ?? '';
  const [breakPage] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: 'Start' }).click(),
  ]);

  // Running, with focus on its name: no second "how are you".
  await expect(breakPage.getByRole('heading', { name, level: 1 })).toBeFocused();
  await expect(breakPage.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(breakPage.getByRole('heading', { name: 'How are you right now?' })).toHaveCount(0);
  const [checkin, ...more] = await readStore<StoredCheckin>(worker, 'checkins');
  expect(more).toEqual([]);
  await expect
    .poll(async () => (await readStore<StoredBreak>(worker, 'breaks'))[0])
    .toMatchObject({ outcome: 'started', origin: 'suggestion', beforeCheckinId: checkin?.id });

  // A reload is a fresh break: it asks again rather than reuse the check-in.
  await breakPage.reload();
  await expect(breakPage.getByRole('heading', { name: 'How are you right now?' })).toBeVisible();
  await expect(breakPage.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('a link with a check-in that is unknown, old or not from the popup asks as usual', async ({
  openPage,
  worker,
}) => {
  const old = { id: 'old-one', at: Date.now() - 2 * 3_600_000, pleasantness: 1, energy: 1 };
  const fromBreak = { id: 'break-one', at: Date.now(), pleasantness: 1, energy: null, breakId: 'b0' };
  for (const [record, source] of [
    [old, 'popup'],
    [fromBreak, 'before_break'],
  ] as const)
    await writeRecord(worker, 'checkins', { emotions: [], body: [], note: '', source, ...record });
  for (const id of ['nobody', 'old-one', 'break-one']) {
    const page = await openPage(`break.html?exercise=rest&origin=suggestion&checkin=${id}`);
    await expect(page.getByRole('heading', { name: 'How are you right now?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    await page.close();
  }
  expect(await readStore(worker, 'breaks')).toEqual([]);
});

test('"Take a break now" and a new suggestion during a running break bring its tab forward and keep it running', async ({
  openPage,
  worker,
}) => {
  const breakPage = await openPage('break.html?exercise=body_scan&origin=popup');
  await breakPage.getByRole('button', { name: 'Start' }).click();
  const progress = breakPage.getByRole('progressbar', { name: 'Progress' });
  await expect(progress).toBeVisible();
  await breakPage.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const popup = await openPage('popup.html');
  await expect.poll(() => breakTabs(worker)).toEqual([false]);
  await popup.getByRole('button', { name: 'Take a break now' }).click();
  await expect.poll(() => breakTabs(worker)).toEqual([true]);

  // The same break, not reloaded, and its time goes on.
  expect(await breakPage.evaluate(() => '__sameDocument' in window)).toBe(true);
  await expect(breakPage.getByRole('heading', { name: 'Body scan', level: 1 })).toBeVisible();
  const at = Number(await progress.getAttribute('aria-valuenow'));
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(at);

  // A suggestion's Start after a fresh check-in does not replace it either.
  const again = await openPage('popup.html');
  await again.getByRole('button', { name: 'Numb', exact: true }).click();
  await again.getByRole('button', { name: 'Save' }).click();
  await again.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => breakTabs(worker)).toEqual([true]);
  expect(await breakPage.evaluate(() => '__sameDocument' in window)).toBe(true);
  await expect(breakPage.getByRole('button', { name: 'Pause' })).toBeVisible();
  const breaks = await readStore<StoredBreak>(worker, 'breaks');
  expect(breaks).toHaveLength(1);
  expect(breaks[0]).toMatchObject({ exerciseId: 'body_scan', outcome: 'started' });
});

test('an open break page with nothing under way turns to a suggestion’s exercise', async ({
  openPage,
  worker,
}) => {
  const chooser = await openPage('break.html?origin=popup');
  await expect(chooser.getByRole('heading', { name: /Pick something/ })).toBeVisible();
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  const card = popup
    .getByRole('region', { name: /.+/ })
    .filter({ has: popup.getByRole('button', { name: 'Start' }) });
  const name = (await card.getByRole('heading').textContent()) ?? '';
  await card.getByRole('button', { name: 'Start' }).click();
  await expect(chooser.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(chooser.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => breakTabs(worker)).toEqual([true]);
});

test('focus follows every step of a break and never drops to the page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/break.html?origin=popup`);
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? 'nothing');

  await page.getByRole('button', { name: /20-20-20/ }).click();
  await expect(page.getByRole('heading', { name: '20-20-20 for your eyes', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: '20-20-20 for your eyes', level: 1 })).toBeFocused();

  // A new step inside the exercise leaves focus where it was.
  const pause = page.getByRole('button', { name: 'Pause' });
  await pause.focus();
  await page.clock.runFor(21_000);
  await expect(page.getByText('Step 2 of 3')).toBeVisible();
  await expect(pause).toBeFocused();

  // The second exercise of the break takes focus to its name.
  await page.clock.runFor(26_000);
  await expect(page.getByText(/^Part 2 of 2/)).toBeVisible();
  await expect(page.locator('h1')).toBeFocused();
  expect(await focused()).not.toContain('20-20-20');

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped, and that is fine.' })).toBeFocused();
  await passDoneMoment(page);
  await expect(page.getByRole('heading', { name: 'Stopped, and that is fine.' })).toBeFocused();
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeFocused();
});

test('the break page is clean for axe in light and dark: list, question, exercise, done moment', async ({
  openPage,
}) => {
  // Eight axe passes on a busy 2-core machine.
  test.setTimeout(120_000);
  const page = await openPage('break.html?origin=popup');
  const check = async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page);
    }
  };
  await expect(page.getByRole('heading', { name: /Pick something/ })).toBeVisible();
  await check();
  await page.getByRole('button', { name: /Stretch and move/ }).click();
  await page.getByRole('button', { name: 'Low', exact: true }).click();
  await check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await check();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'How do you feel now?' })).toBeVisible();
  await check();
});
