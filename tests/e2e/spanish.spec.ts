import type { Page } from '@playwright/test';
import { expect, launchExtension, test as base } from './fixtures';

// The browser's language is Spanish: the extension must speak Spanish, with the browser's own
// Spanish for times, and the popup must still fit without scrolling.
const test = base.extend({
  context: async ({ userDataDir }, use) => {
    const context = await launchExtension(userDataDir, { locale: 'es' });
    await use(context);
    await context.close();
  },
});

const POPUP_SIZE = { width: 384, height: 600 };

/** Whether the page can scroll: content taller or wider than the window. */
function scrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth;
  });
}

test('the popup speaks Spanish and the quick check-in keeps what it needs in view', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.setViewportSize(POPUP_SIZE);

  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('¿Cómo estás ahora?');
  await expect(popup.locator('html')).toHaveAttribute('lang', /^es/);
  await expect(popup.getByRole('button', { name: 'No lo sé' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Anestesia emocional' })).toBeVisible();
  await expect(popup.getByRole('searchbox', { name: 'Buscar palabra' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Guardar' })).toBeDisabled();
  await expect(popup.getByText('Sin registros aún')).toBeVisible();
  // The browser's Intl in Spanish, not a hand-made English phrase.
  await expect(popup.getByText('Pausa dentro de 50 minutos')).toBeVisible();

  // The quick path: a place on the meter (lower left: low energy, unpleasant), one word, Save.
  const pad = popup.getByTestId('mood-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('the mood pad is not visible');
  await popup.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.8);
  await popup.getByRole('button', { name: 'Cansancio' }).click();
  // Its definition appears under the words.
  await expect(popup.getByText('Cansancio: Poca energía y ganas de descansar')).toBeVisible();
  // Longer Spanish words may push the footer below the fold; what the check-in needs stays in view
  // without scrolling: the chosen word, its definition and Save (pinned to the bottom).
  await expect(popup.getByRole('button', { name: 'Cansancio' })).toBeInViewport();
  await expect(popup.getByText('Cansancio: Poca energía y ganas de descansar')).toBeInViewport();
  await expect(popup.getByRole('button', { name: 'Guardar' })).toBeInViewport();
  await popup.screenshot({ path: test.info().outputPath('popup-es.png') });

  await popup.getByRole('button', { name: 'Guardar' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Gracias por contar cómo estás.');
  await expect(popup.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(popup.getByText('Último registro este minuto')).toBeVisible();
  expect(await scrolls(popup), 'the suggestion after saving scrolls at 384×600').toBe(false);
  await popup.screenshot({ path: test.info().outputPath('popup-es-saved.png') });
});

test('the toolbar button says what it does, in Spanish', async ({ worker }) => {
  // The manifest asks for the translated tooltip, not the popup's page title.
  await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({}))).toBe('Thaw: ¿cómo estás?');
});
