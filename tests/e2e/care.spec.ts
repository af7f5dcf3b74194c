import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test, waitForWelcome } from './fixtures';

/** Follows "Get help" from a page and checks the help lines are there: one click. */
async function reachHelp(page: Page): Promise<void> {
  const [help] = await Promise.all([
    page.context().waitForEvent('page', { predicate: (p) => p.url().includes('/help.html') }),
    page.getByRole('button', { name: 'Get help' }).first().click(),
  ]);
  await expect(help.getByText(/If you are in danger right now, call 911/)).toBeVisible();
  await expect(help.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await help.close();
}

test('the welcome page opens on install and its three choices are saved', async ({ context, worker }) => {
  const welcome = await waitForWelcome(context);
  await expect(welcome.getByRole('heading', { name: 'Welcome to Thaw' })).toBeVisible();
  await expect(welcome.getByText(/Everything stays on this device/)).toBeVisible();
  await welcome.getByLabel('90 minutes of browsing').check();
  await welcome.getByLabel('Only a quiet dot on the toolbar button').check();
  await welcome.getByLabel('Help lines for').selectOption('GB');
  await welcome.getByRole('button', { name: 'All set' }).click();
  await expect(welcome.getByRole('status').filter({ hasText: 'Alt+Shift+T' })).toBeVisible();
  await expect
    .poll(async () => (await readStore(worker, 'settings'))[0])
    .toMatchObject({ reminderEveryMin: 90, reminderStyle: 'badge', helpRegion: 'GB' });
  await expectNoSeriousA11yViolations(welcome);
});

test('help is one click away from the popup, the break page, the options and the welcome page', async ({
  context,
  openPage,
}) => {
  for (const path of ['popup.html', 'break.html?exercise=box_breathing&origin=popup', 'options.html']) {
    const page = await openPage(path);
    await reachHelp(page);
    await page.close();
  }
  await reachHelp(await waitForWelcome(context));
});

test('the help page lists lines for the chosen region and has no serious accessibility problems', async ({
  openPage,
  worker,
}) => {
  // Stored: the UK, not what the browser's language (en-US) would suggest.
  await writeRecord(worker, 'settings', { helpRegion: 'GB' }, 'settings');
  const help = await openPage('help.html');
  await expect(help.getByRole('heading', { name: /Samaritans/ })).toBeVisible();
  await help.getByLabel('Where you are').selectOption('US');
  await expect(help.getByRole('heading', { name: /988/ })).toBeVisible();
  await expect(help.getByRole('link', { name: /Call 988/ })).toHaveAttribute('href', /^tel:988/);
  await expect(help.getByText(/not a medical device/)).toBeVisible();
  await expectNoSeriousA11yViolations(help);
});

test('a whole break with the keyboard only', async ({ openPage, worker }) => {
  const page = await openPage('break.html?origin=popup');
  // The list opens with its heading focused, so the first Tab goes to the first exercise.
  await expect(
    page.getByRole('heading', { name: 'Pick something for the next few minutes', level: 1 }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /5-4-3-2-1/ })).toBeFocused();
  // Down the list to the eye break (the shortest), then Enter.
  const eyes = page.getByRole('button', { name: /20-20-20/ });
  for (let i = 0; i < 20 && !(await eyes.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  // Each new step takes the focus to its heading, so the next Tab starts there.
  await expect(page.getByRole('heading', { name: '20-20-20 for your eyes', level: 1 })).toBeFocused();
  await page.keyboard.press('Tab'); // "Very low"
  await page.keyboard.press('Tab'); // "Low"
  await page.keyboard.press('Tab'); // "Okay"
  await expect(page.getByRole('button', { name: 'Okay', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // past the other answers to Start
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // Stop is reachable too; take it to end early.
  const stop = page.getByRole('button', { name: 'Stop' });
  for (let i = 0; i < 10 && !(await stop.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Stopped, and that is fine.' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'How do you feel now?' })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();
  const [record] = await readStore(worker, 'breaks');
  expect(record).toMatchObject({ outcome: 'stopped', exerciseId: 'eyes_202020' });
});

test('after mostly heavy check-ins a gentle card suggests talking to someone, once a week', async ({
  openPage,
  worker,
}) => {
  const now = Date.now();
  for (let i = 1; i <= 5; i++) {
    await writeRecord(worker, 'checkins', {
      id: `heavy-${i}`,
      at: now - i * 86_400_000,
      pleasantness: -3,
      energy: -2,
      emotions: ['sad'],
      body: [],
      note: '',
      source: 'popup',
    });
  }
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  const card = popup.getByRole('complementary', { name: 'It might help to talk to someone' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Not now' }).click();
  await expect(card).toBeHidden();

  // Another check-in the same week: no card.
  await popup.getByRole('button', { name: 'Check in again' }).click();
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(card).toBeHidden();
});

test('a region picked before the stored one is read stays picked', async ({ openPage, worker }) => {
  await writeRecord(worker, 'settings', { helpRegion: 'GB' }, 'settings');
  // Holds the settings store in a write, so the page's read of it waits (a slow disk, a busy worker).
  await worker.evaluate(() => {
    const scope = globalThis as { __holdSettings?: boolean };
    scope.__holdSettings = true;
    const open = indexedDB.open('thaw');
    open.onsuccess = () => {
      const store = open.result.transaction('settings', 'readwrite').objectStore('settings');
      const again = () => {
        if (scope.__holdSettings) store.get('settings').onsuccess = again;
        else open.result.close();
      };
      again();
    };
  });
  const help = await openPage('help.html');
  await help.getByLabel('Where you are').selectOption('AU');
  await expect(help.getByRole('heading', { name: /Lifeline/ })).toBeVisible();

  await worker.evaluate(() => ((globalThis as { __holdSettings?: boolean }).__holdSettings = false));
  // Once a later read of the store in the page is answered, the page's own read has been too.
  await help.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('thaw');
        open.onsuccess = () => {
          open.result.transaction('settings').objectStore('settings').get('settings').onsuccess = () => {
            open.result.close();
            requestAnimationFrame(resolve);
          };
        };
      }),
  );
  await expect(help.getByRole('heading', { name: /Lifeline/ })).toBeVisible();
  await expect(help.getByRole('heading', { name: /Samaritans/ })).toHaveCount(0);
  await expect(help.getByLabel('Where you are')).toHaveValue('AU');
});
