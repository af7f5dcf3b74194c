import { expect, test } from './fixtures';

test('a theme chosen in the options applies at once, and the next popup opens in it with no flash of the other', async ({
  openPage,
}) => {
  const options = await openPage('options.html');
  await options.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The popup's theme when its form first appears, recorded before any script of ours runs.
  const popup = await options.context().newPage();
  await popup.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('input[type=range]')) {
        (window as { __themeAtFirstRender?: string }).__themeAtFirstRender =
          document.documentElement.dataset.theme ?? 'system';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(options.url().replace('options.html', 'popup.html'));
  await expect(popup.getByRole('button', { name: 'Save' })).toBeVisible();
  expect(await popup.evaluate(() => (window as { __themeAtFirstRender?: string }).__themeAtFirstRender)).toBe(
    'dark',
  );

  await options.getByLabel('Theme').selectOption({ label: 'Same as the system' });
  await expect(options.locator('html')).not.toHaveAttribute('data-theme', /./);
  await popup.reload();
  await expect(popup.locator('html')).not.toHaveAttribute('data-theme', /./);
});
