import { expectNoSeriousA11yViolations } from './axe';
import { readStore } from './db';
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
  await page.getByRole('button', { name: 'Okay', exact: true }).click();
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
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByText(/Step 1 of/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();

  const [record] = await readStore<StoredBreak>(worker, 'breaks');
  expect(record).toMatchObject({ outcome: 'stopped', origin: 'suggestion', exerciseId: 'body_scan' });
  expect(record?.beforeCheckinId).toBeUndefined();
  expect(record?.afterCheckinId).toBeUndefined();
  expect(await readStore(worker, 'checkins')).toEqual([]);
});

test('"take a break now" offers every exercise to choose from', async ({ openPage }) => {
  const page = await openPage('break.html?origin=popup');
  await expect(page.getByRole('heading', { name: /Pick something/ })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(15);
  await page.getByRole('button', { name: /5-4-3-2-1/ }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('textbox', { name: 'Thing 1 of 5' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
