import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a folded part of a page (a <details> whose summary reads `summary`), as a person would: one click. */
export async function unfold(scope: Locator | Page, summary: string): Promise<void> {
  const toggle = scope.locator('summary').filter({ hasText: summary }).first();
  const details = toggle.locator('xpath=..');
  if ((await details.getAttribute('open')) === null) await toggle.click();
  await expect(details).toHaveAttribute('open', '');
}
