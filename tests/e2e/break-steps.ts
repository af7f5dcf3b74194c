import { expect, type Page } from '@playwright/test';

/**
 * Past the short "done" moment at the end of an exercise, on a page whose clock Playwright holds
 * (page.clock.install): the moment's own timer must be moved on before "How do you feel now?" shows.
 */
export async function passDoneMoment(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { name: /^(That's it\.|Stopped, and that is fine\.)$/ }),
  ).toBeVisible();
  await page.clock.runFor(3_000);
}
