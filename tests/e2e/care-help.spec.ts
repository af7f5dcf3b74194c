import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore } from './db';
import { expect, launchExtension, test } from './fixtures';

/** A browser whose language is Spanish as written in Spain. */
const testSpain = test.extend({
  context: async ({ userDataDir }, use) => {
    const context = await launchExtension(userDataDir, { locale: 'es-ES', uiLanguage: 'es' });
    await use(context);
    await context.close();
  },
});

/** Whether `first` comes before `second` on the page. */
async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  if (!a || !b) throw new Error('both must be visible');
  return a.y + a.height <= b.y;
}

/** Checks in from the popup with one word found through the filter box. */
async function checkInWith(popup: Page, filter: string, word: string, save: string): Promise<void> {
  await popup.getByRole('searchbox').fill(filter);
  await popup.getByRole('button', { name: word, exact: true }).click();
  await popup.getByRole('button', { name: save }).click();
}

testSpain(
  'with the browser in Spanish from Spain, the help page shows 024 first and 112',
  async ({ openPage }) => {
    const help = await openPage('help.html');
    await expect(help.getByLabel('Dónde estás')).toHaveValue('ES');
    await expect(help.getByRole('heading', { level: 2 }).first()).toHaveText('Línea 024');
    await expect(help.getByRole('link', { name: 'Llamar al 024' })).toHaveAttribute('href', 'tel:024');
    await expect(help.getByRole('note')).toContainText('llama al 112');
    await expect(help.getByRole('note').getByRole('link', { name: 'Llamar al 112' })).toHaveAttribute(
      'href',
      'tel:112',
    );
    // 116 123 is not offered in Spain.
    await expect(help.getByText('116 123')).toHaveCount(0);
    await expectNoSeriousA11yViolations(help);
  },
);

testSpain('a "Desesperanza" check-in shows Spain\'s lines before the exercise', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await checkInWith(popup, 'desesper', 'Desesperanza', 'Guardar');
  const card = popup.getByRole('region', { name: 'Eso suena muy pesado.' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: 'Llamar al 024' })).toHaveAttribute('href', 'tel:024');
  const start = popup.getByRole('button', { name: 'Empezar' });
  await expect(start).toBeVisible();
  expect(await comesBefore(card, start)).toBe(true);
});

test('a "hopeless" check-in shows the talk-to-someone card with the region\'s lines before the exercise', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await checkInWith(popup, 'hopeless', 'Hopeless', 'Save');
  const card = popup.getByRole('region', { name: 'That sounds really heavy.' });
  await expect(card).toBeVisible();
  // The browser is en-US: the US lines, one tap away.
  await expect(card.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(card.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(card.getByRole('note')).toContainText('call 911');
  const start = popup.getByRole('button', { name: 'Start' });
  await expect(start).toBeVisible();
  expect(await comesBefore(card, start)).toBe(true);
  await expectNoSeriousA11yViolations(popup);

  // Every help line is one more tap away.
  const [help] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/help.html') }),
    card.getByRole('button', { name: 'See all help lines' }).click(),
  ]);
  await expect(help.getByRole('heading', { name: '988 Suicide & Crisis Lifeline' })).toBeVisible();
});

test('a check-in without heavy words shows no such card', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await checkInWith(popup, 'tired', 'Tired', 'Save');
  await expect(popup.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'That sounds really heavy.' })).toHaveCount(0);
});

test('after a "numb" check-in, "Why do I feel this?" opens About feeling numb (two clicks)', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  const [about] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/about-numbness.html') }),
    popup.getByRole('button', { name: 'Why do I feel this?' }).click(),
  ]);
  await expect(about.getByRole('heading', { level: 1 })).toHaveText('About feeling numb');
  await expect(about.getByText(/Never stop a medicine on your own/)).toBeVisible();
  await expect(about.getByText(/thoughts of not wanting to live/)).toBeVisible();
  // The exercises it names open on the break page, each with its exercise.
  await expect(about.getByRole('link', { name: '5-4-3-2-1 senses' })).toHaveAttribute(
    'href',
    '/break.html?origin=suggestion&exercise=senses_54321',
  );
  await expect(about.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help.html');
  await expectNoSeriousA11yViolations(about);
});

test('the help page offers any country and remembers the pick', async ({ openPage, worker }) => {
  const help = await openPage('help.html');
  // en-US: the US first.
  await expect(help.getByLabel('Where you are')).toHaveValue('US');
  await help.getByLabel('Where you are').selectOption('DE');
  await expect(help.getByRole('link', { name: 'Call 0800 111 0 111' })).toBeVisible();
  await expect(help.getByRole('link', { name: 'Call 0800 111 0 222' })).toBeVisible();
  await expect.poll(async () => (await readStore(worker, 'settings'))[0]?.helpRegion).toBe('DE');
  await help.reload();
  await expect(help.getByLabel('Where you are')).toHaveValue('DE');
  await expect(help.getByRole('heading', { name: 'TelefonSeelsorge' })).toBeVisible();

  // A country with no lines of its own: its emergency number, then the directory.
  await help.getByLabel('Where you are').selectOption('PL');
  await expect(help.getByRole('note')).toContainText('call 112');
  await expect(help.getByRole('heading', { level: 2 })).toHaveText(['Find a Helpline']);

  // Another country: the local emergency number in words, and the directory.
  await help.getByLabel('Where you are').selectOption('other');
  await expect(help.getByRole('note')).toHaveText(
    'If you are in danger right now, call your local emergency number.',
  );
  await expect(help.getByRole('heading', { level: 2 })).toHaveText(['Find a Helpline']);
});
