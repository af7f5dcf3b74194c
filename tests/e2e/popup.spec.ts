import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import path from 'node:path';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore } from './db';
import { EXTENSION_DIR, expect, test } from './fixtures';

interface StoredCheckin {
  pleasantness: number | null;
  energy: number | null;
  emotions: string[];
  body: string[];
  note: string;
  source: string;
}

test('a check-in with the keyboard only', async ({ openPage, worker }) => {
  const popup = await openPage('popup.html');
  const pleasantness = popup.getByRole('slider', { name: /Pleasantness/ });
  // The first Tab once the check-in is drawn (a Tab before that goes to the bare document).
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(pleasantness).toBeAttached();

  await popup.keyboard.press('Tab');
  await expect(pleasantness).toBeFocused();
  // The first arrow places the point in the middle; then each arrow moves it one step.
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp'])
    await popup.keyboard.press(key);
  await expect(pleasantness).toHaveAttribute('aria-valuetext', /Pleasantness 2, energy 2/);

  // The pleasant, high-energy words are offered now; pick one with Tab and Space.
  await popup.keyboard.press('Tab'); // energy slider
  await popup.keyboard.press('Tab'); // word filter
  await popup.keyboard.type('joy');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Joyful' })).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(popup.getByRole('button', { name: 'Joyful' })).toHaveAttribute('aria-pressed', 'true');

  // On to Save, by Tab alone.
  const save = popup.getByRole('button', { name: 'Save' });
  for (let i = 0; i < 10 && !(await save.evaluate((el) => el === document.activeElement)); i++) {
    await popup.keyboard.press('Tab');
  }
  await expect(save).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const [stored] = await readStore<StoredCheckin>(worker, 'checkins');
  expect(stored).toMatchObject({
    pleasantness: 2,
    energy: 2,
    emotions: ['joyful'],
    body: [],
    note: '',
    source: 'popup',
  });
});

test('a check-in with the mouse, body and note; the suggestion opens its exercise', async ({
  openPage,
  worker,
  context,
}) => {
  const popup = await openPage('popup.html');
  const pad = popup.getByTestId('mood-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('the mood pad is not visible');
  // Lower left: unpleasant and low in energy.
  await popup.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.8);
  // The low, unpleasant words come first; the numb family is one tap away.
  await expect(popup.getByRole('button', { name: 'Numb', exact: true })).toBeHidden();
  await popup.getByRole('button', { name: /Numb, flat, far away/ }).click();
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByRole('button', { name: 'Drained' }).click();
  await popup.getByText('Add body and a note').click();
  await popup.getByRole('button', { name: 'Heavy arms and legs' }).click();
  await popup.getByLabel('Note (optional)').fill('Long afternoon.');
  await popup.getByRole('button', { name: 'Save' }).click();
  // The popup thanks once the check-in is stored.
  await expect(popup.getByRole('status').first()).toContainText('Thank you');

  const [stored] = await readStore<StoredCheckin>(worker, 'checkins');
  expect(stored).toMatchObject({
    emotions: ['numb', 'drained'],
    body: ['heavy_limbs'],
    note: 'Long afternoon.',
  });
  expect(stored?.pleasantness).toBeLessThan(0);
  expect(stored?.energy).toBeLessThan(0);

  // Numb → grounding with the senses or movement; its button starts that exercise on the break page.
  const card = popup
    .getByRole('region', { name: /.+/ })
    .filter({ has: popup.getByRole('button', { name: 'Start' }) });
  const exerciseName = await card.getByRole('heading').textContent();
  const [breakPage] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: 'Start' }).click(),
  ]);
  await breakPage.waitForLoadState();
  expect(breakPage.url()).toMatch(
    /break\.html\?origin=suggestion&exercise=(senses_54321|stretch_move|body_scan|short_walk)/,
  );
  await expect(breakPage.getByRole('heading', { name: exerciseName ?? '', level: 1 })).toBeVisible();
});

test('a note past its limit is refused kindly and keeps what was typed', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByText('Add body and a note').click();
  const note = popup.getByLabel('Note (optional)');
  const text = 'a'.repeat(1999) + 'Z';
  await note.fill(text);
  await note.press('End');
  await note.pressSequentially('xyz');
  await expect(note).toHaveValue(text);
  await expect(popup.getByText(/limit of 2,000 characters/)).toBeVisible();
});

test('the popup has no serious accessibility problems', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Numb', exact: true }).click();
  await popup.getByText('Add body and a note').click();
  await expectNoSeriousA11yViolations(popup);
});

test('what was chosen under "Add body and a note" stays when it is closed and opened again', async ({
  openPage,
}) => {
  // The section is drawn only while open (it is not needed to show the popup); its choices live on.
  const popup = await openPage('popup.html');
  const more = popup.getByText('Add body and a note');
  await more.click();
  await popup.getByRole('button', { name: 'Heavy arms and legs' }).click();
  await popup.getByLabel('Note (optional)').fill('Long afternoon.');
  await more.click();
  await expect(popup.getByLabel('Note (optional)')).toBeHidden();
  await more.click();
  await expect(popup.getByLabel('Note (optional)')).toHaveValue('Long afternoon.');
  await expect(popup.getByRole('button', { name: 'Heavy arms and legs' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('React DOM draws the popup; the browser API wrapper and the database code come after the form, and work', async ({
  context,
  extensionId,
}) => {
  // The scripts requested before the mood meter appeared: the polyfill and the database code are
  // fetched lazily, after the form is drawn, so the popup opens quickly.
  const page = await context.newPage();
  const requested: string[] = [];
  let beforeDraw: string[] | null = null;
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.exposeFunction('__formDrawn', () => {
    beforeDraw ??= requested.filter((name) => name.endsWith('.js'));
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('input[type=range]')) return;
      observer.disconnect();
      void (window as unknown as { __formDrawn: () => Promise<void> }).__formDrawn();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect.poll(() => beforeDraw).not.toBeNull();
  for (const script of beforeDraw ?? []) {
    const code = await readFile(path.join(EXTENSION_DIR, script), 'utf8');
    expect(code, `${script} holds no webextension-polyfill`).not.toContain(
      'should only be loaded in a browser extension',
    );
    expect(code, `${script} opens no database`).not.toContain('indexedDB.open');
  }
  // React DOM owns the root: it marks the container it renders into.
  const reactRoot = await page.evaluate(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer$')),
  );
  expect(reactRoot, 'the root is rendered by React DOM').toBe(true);

  // ...and what came later works: the break plan (a message to the background) and a link to a page.
  await expect(page.getByText(/Next break in/)).toBeVisible();
  const journal = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(await journal).toHaveURL(/journal\.html$/);
});

/** Where to click on the pad for each quadrant, and one of its words. */
const SPOTS = [
  { title: /^Upbeat/, x: 0.85, y: 0.15, word: 'Joyful' },
  { title: /^Wound up/, x: 0.15, y: 0.15, word: 'Anxious' },
  { title: /^Low/, x: 0.15, y: 0.85, word: 'Drained' },
  { title: /^Settled/, x: 0.85, y: 0.85, word: 'Calm' },
] as const;

/** The buttons of a list wholly inside the window and inside every scrolling box around them. */
async function wordsInView(list: Locator): Promise<string[]> {
  return list.evaluate((element) => {
    const inside = (r: DOMRect, c: { top: number; bottom: number; left: number; right: number }) =>
      r.width > 0 && r.top >= c.top && r.bottom <= c.bottom && r.left >= c.left && r.right <= c.right;
    const scrollers: Element[] = [];
    for (let p = element.parentElement; p; p = p.parentElement) {
      const { overflowY } = getComputedStyle(p);
      if (/auto|scroll|hidden/.test(overflowY) && p.scrollHeight > p.clientHeight) scrollers.push(p);
    }
    const view = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
    return [...element.querySelectorAll('button')]
      .filter((button) => {
        const r = button.getBoundingClientRect();
        return inside(r, view) && scrollers.every((s) => inside(r, s.getBoundingClientRect()));
      })
      .map((button) => button.textContent ?? '');
  });
}

test('placing the dot brings that quadrant’s words into view at once, named and coloured, numb words one tap away', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await popup.setViewportSize({ width: 384, height: 600 });
  const box = await popup.getByTestId('mood-pad').boundingBox();
  if (!box) throw new Error('the mood pad is not visible');
  for (const spot of SPOTS) {
    await popup.mouse.click(box.x + box.width * spot.x, box.y + box.height * spot.y);
    const heading = popup.getByRole('heading', { name: spot.title });
    await expect(heading).toBeVisible();
    const words = popup.getByRole('list', { name: spot.title });
    await expect(words.getByRole('button', { name: spot.word, exact: true })).toBeVisible();
    // Nothing was scrolled: the words are simply there.
    expect(await popup.evaluate(() => scrollY)).toBe(0);
    const seen = await wordsInView(words);
    expect(seen.length, `in view: ${seen.join(', ')}`).toBeGreaterThanOrEqual(8);
    // Coloured like the quadrant of the meter.
    const colour = await words.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    // The numb family is folded into one row, "I can't tell" beside it, and Save in reach.
    await expect(popup.getByRole('button', { name: 'Numb', exact: true })).toBeHidden();
    await expect(popup.getByRole('button', { name: "I can't tell" })).toBeInViewport({ ratio: 1 });
    await expect(popup.getByRole('button', { name: 'Save' })).toBeInViewport({ ratio: 1 });
  }
  const fold = popup.getByRole('button', { name: /Numb, flat, far away/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.getByRole('button', { name: 'Numb', exact: true })).toBeVisible();
});

test('Save stays in reach with everything open; Ctrl+Enter saves, and focus lands on the thanks', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  await popup.setViewportSize({ width: 384, height: 600 });
  const box = await popup.getByTestId('mood-pad').boundingBox();
  if (!box) throw new Error('the mood pad is not visible');
  await popup.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.15);
  await popup.getByRole('button', { name: /Numb, flat, far away/ }).click();
  await popup.getByRole('button', { name: 'Hopeful' }).click();
  await popup.getByText('Add body and a note').click();
  const note = popup.getByLabel('Note (optional)');
  await note.fill('Quiet morning.');
  const save = popup.getByRole('button', { name: 'Save' });
  await expect(save).toBeInViewport({ ratio: 1 });
  await note.press('End');
  await popup.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await expect(save).toBeInViewport({ ratio: 1 });

  await note.press('Control+Enter');
  await expect(popup.getByRole('heading', { name: 'Thank you for checking in.' })).toBeFocused();
  const [stored, ...others] = await readStore<StoredCheckin>(worker, 'checkins');
  expect(others).toEqual([]);
  expect(stored).toMatchObject({ emotions: ['hopeful'], note: 'Quiet morning.', source: 'popup' });
  expect(stored?.pleasantness).toBeGreaterThan(0);

  // Checking in again starts from the top of a fresh form, focus and all.
  await popup.getByRole('button', { name: 'Check in again' }).click();
  await expect(popup.getByRole('heading', { name: 'How are you right now?' })).toBeFocused();
  // Ctrl+Enter on an empty form saves nothing.
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('button', { name: 'Save' })).toBeDisabled();
  expect(await readStore(worker, 'checkins')).toHaveLength(1);
});

test('the popup, with the dot placed and every part open, is clean for axe in light and dark', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await popup.setViewportSize({ width: 384, height: 600 });
  const box = await popup.getByTestId('mood-pad').boundingBox();
  if (!box) throw new Error('the mood pad is not visible');
  await popup.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.15);
  await popup.getByRole('button', { name: 'Joyful' }).click();
  await popup.getByRole('button', { name: /Numb, flat, far away/ }).click();
  await popup.getByText('Add body and a note').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await expectNoSeriousA11yViolations(popup);
  }
});
