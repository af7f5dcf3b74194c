import type { Worker } from '@playwright/test';
import { EXERCISE_IDS } from '../../utils/content/exercises';
import { makeBreak, makeCheckin } from '../unit/factories';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';
import { unfold } from './fold';
import { makeBreakDueIn, waitForPlannedAlarm } from './scheduler-state';

/** An own exercise, "Window minute", that suits grounding, written straight into the database. */
async function seedWindowMinute(worker: Worker, steps: { text: string; seconds: number }[]): Promise<void> {
  const now = Date.now();
  await writeRecord(worker, 'exercises', {
    id: 'own:window',
    title: 'Window minute',
    steps,
    suits: ['ground'],
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * An exercise of one's own, end to end: made in the options page, played on the break page step by
 * step, then carried through export → delete everything → import.
 */
test('an own exercise runs on the break page and survives export, delete everything and import', async ({
  worker,
  openPage,
}) => {
  const page = await openPage('options.html');
  const own = page.getByRole('region', { name: 'Your exercises' });
  await expect(own.getByText('You have no exercises of your own yet.')).toBeVisible();

  // A first try to save an empty form names each missing piece, kindly, and saves nothing.
  await own.getByRole('button', { name: 'Add an exercise' }).click();
  await own.getByRole('button', { name: 'Save the exercise' }).click();
  const problems = own.getByRole('alert');
  await expect(problems).toContainText('Give it a title, even a short one.');
  await expect(problems).toContainText('Step 1 needs a few words.');
  await expect(problems).toContainText('Choose at least one moment it suits.');

  await own.getByRole('textbox', { name: 'Title' }).fill('Cold water');
  await own.getByRole('textbox', { name: 'Step 1' }).fill('Feel the cold on your wrists');
  await own.getByRole('spinbutton', { name: 'Seconds for step 1' }).fill('5');
  await own.getByRole('button', { name: 'Add a step' }).click();
  await own.getByRole('textbox', { name: 'Step 2' }).fill('Breathe out slowly');
  await own.getByRole('spinbutton', { name: 'Seconds for step 2' }).fill('5');
  await own.getByRole('checkbox', { name: 'When things feel far away or numb' }).check();
  await own.getByRole('button', { name: 'Save the exercise' }).click();
  await expect(own.getByText('Saved: “Cold water”.')).toBeVisible();
  await expect(own.getByText('2 steps · about 1 min')).toBeVisible();
  const [stored] = await readStore<{ id: string; steps: unknown[] }>(worker, 'exercises');
  expect(stored?.id).toMatch(/^own:/);
  expect(stored?.steps).toEqual([
    { text: 'Feel the cold on your wrists', seconds: 5 },
    { text: 'Breathe out slowly', seconds: 5 },
  ]);

  // On the break page it is listed in its group, marked as yours, and plays its steps in turn.
  const breakPage = await openPage('break.html');
  const group = breakPage.getByRole('region', { name: 'When things feel far away or numb' });
  await group.getByRole('button', { name: /Cold water/ }).click();
  await expect(breakPage.getByRole('heading', { name: 'Cold water', level: 1 })).toBeVisible();
  await breakPage.getByRole('button', { name: 'Start' }).click();
  await expect(breakPage.getByText('Feel the cold on your wrists')).toBeVisible();
  await expect(breakPage.getByText('Breathe out slowly')).toBeVisible({ timeout: 10_000 });
  await expect(breakPage.getByText('How do you feel now?')).toBeVisible({ timeout: 10_000 });
  const breaks = await readStore<{ exerciseId: string; outcome: string }>(worker, 'breaks');
  expect(breaks).toEqual([expect.objectContaining({ exerciseId: stored?.id, outcome: 'completed' })]);
  await breakPage.close();

  // Export, delete everything, import: the exercise is back, exactly.
  const data = page.getByRole('region', { name: 'Your data' });
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Download everything (JSON)' }).click();
  const exported = test.info().outputPath('export.json');
  await (await downloading).saveAs(exported);
  await data.getByRole('button', { name: 'Delete everything…' }).click();
  await page.keyboard.type('delete');
  await data.getByRole('button', { name: 'Delete everything now' }).click();
  await expect(data.getByText('Everything is deleted.', { exact: false })).toBeVisible();
  expect(await readStore(worker, 'exercises')).toEqual([]);
  await expect(own.getByText('You have no exercises of your own yet.')).toBeVisible();

  await unfold(data, 'Bring back a copy');
  await data.getByLabel('Export file to import').setInputFiles(exported);
  await expect(data.getByText('It also holds 1 exercise of your own.')).toBeVisible();
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/^Done\./)).toBeVisible();
  expect(await readStore(worker, 'exercises')).toEqual([stored]);
  await expect(own.getByText('Cold water', { exact: true })).toBeVisible();
});

test('after a check-in, an own exercise that suits the moment is suggested and runs at once', async ({
  worker,
  openPage,
  context,
}) => {
  await seedWindowMinute(worker, [
    { text: 'Look out of the window', seconds: 5 },
    { text: 'Name one colour you see', seconds: 5 },
  ]);
  // The built-in grounding exercises turned off: the own one is then the only fitting choice.
  await writeRecord(
    worker,
    'settings',
    { excludedExercises: ['senses_54321', 'stretch_move', 'body_scan'] },
    'settings',
  );

  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  const card = popup.getByRole('region', { name: 'Window minute' });
  await expect(card.getByText('One of your own exercises.')).toBeVisible();
  await expect(card.getByText('About 1 min.')).toBeVisible();

  const [breakPage] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: 'Start' }).click(),
  ]);
  // The check-in answered "how are you", so the exercise runs with no second question.
  await expect(breakPage.getByText('Look out of the window')).toBeVisible();
  await expect(breakPage.getByText('Name one colour you see')).toBeVisible({ timeout: 10_000 });
  await expect(breakPage.getByText('How do you feel now?')).toBeVisible({ timeout: 10_000 });
  const [checkin] = await readStore<{ id: string }>(worker, 'checkins');
  const breaks = await readStore<{ exerciseId: string; beforeCheckinId?: string }>(worker, 'breaks');
  expect(breaks).toEqual([
    expect.objectContaining({ exerciseId: 'own:window', beforeCheckinId: checkin?.id }),
  ]);
});

test('a break reminder can offer an own exercise, and its page plays it', async ({
  worker,
  context,
  openPage,
}) => {
  await waitForPlannedAlarm(worker);
  await seedWindowMinute(worker, [{ text: 'Look out of the window', seconds: 5 }]);
  // Every built-in exercise turned off, so the reminder's choice is the own one.
  await writeRecord(
    worker,
    'settings',
    { reminderStyle: 'page', excludedExercises: [...EXERCISE_IDS] },
    'settings',
  );
  const page = await openPage('popup.html');
  await makeBreakDueIn(worker, page, 3000);

  const breakPage = await context.waitForEvent('page', { timeout: 15_000 });
  await breakPage.waitForLoadState();
  expect(breakPage.url()).toContain('exercise=own%3Awindow');
  await expect(breakPage.getByRole('heading', { name: 'Window minute', level: 1 })).toBeVisible();
  await breakPage.getByRole('button', { name: 'Start' }).click();
  await expect(breakPage.getByText('Look out of the window')).toBeVisible();
});

test('insights and the summary name an own exercise by its title', async ({ worker, openPage }) => {
  await waitForPlannedAlarm(worker);
  const now = Date.now();
  await seedWindowMinute(worker, [{ text: 'Look out of the window', seconds: 30 }]);
  // Five breaks with it, each from a low check-in to a better one: enough for "what tends to help".
  for (let day = 1; day <= 5; day++) {
    const at = now - day * 86_400_000;
    const before = makeCheckin({ id: `before-${day}`, at, pleasantness: -2, emotions: ['tired'] });
    const after = makeCheckin({
      id: `after-${day}`,
      at: at + 600_000,
      pleasantness: 1,
      source: 'after_break',
    });
    await writeRecord(worker, 'checkins', before);
    await writeRecord(worker, 'checkins', after);
    await writeRecord(
      worker,
      'breaks',
      makeBreak({
        id: `break-${day}`,
        at: at + 60_000,
        endedAt: at + 500_000,
        exerciseId: 'own:window',
        beforeCheckinId: before.id,
        afterCheckinId: after.id,
      }),
    );
  }
  const insights = await openPage('journal.html#insights');
  const helps = insights.getByRole('region', { name: 'What tends to help' });
  await expect(helps).toContainText('Window minute');
  await expect(helps).not.toContainText('An exercise you deleted');

  const summary = await openPage('summary.html');
  const breaks = summary.getByRole('region', { name: /^Breaks and exercises/ });
  await expect(breaks.getByRole('rowheader', { name: 'Window minute' })).toBeVisible();
});
