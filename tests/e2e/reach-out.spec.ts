import { expectNoSeriousA11yViolations } from './axe';
import { readStore } from './db';
import { expect, test } from './fixtures';
import { passDoneMoment } from './break-steps';

const MESSAGE = 'Hi Sam, it has been a heavy week. Could we talk on Sunday?';

test('a Reach out message outlives the timer and a reload, until it is thrown away', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  // Playwright's clock stands in for the break's 3 minutes (the default length); the page's own code runs unchanged.
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=reach_out&origin=popup`);
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('textbox', { name: /Your message/ }).fill(MESSAGE);
  // The timer runs out while the message is still unsent.
  await page.clock.runFor(200_000);
  await passDoneMoment(page);
  await expect(page.getByRole('heading', { name: 'How do you feel now?' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveValue(MESSAGE);
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking this moment.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveValue(MESSAGE);
  await expectNoSeriousA11yViolations(page);

  // Kept on the device: a reload (or closing the tab) loses nothing.
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveValue(MESSAGE);

  await page.getByRole('button', { name: 'Throw it away' }).click();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Thrown away.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveCount(0);
  expect(await readStore(worker, 'state')).not.toContainEqual(expect.objectContaining({ text: MESSAGE }));
});

test('copying a Reach out message lets Thaw forget it', async ({ context, extensionId, worker }) => {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=reach_out&origin=popup`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('textbox', { name: /Your message/ }).fill(MESSAGE);
  await page.clock.runFor(200_000);
  await passDoneMoment(page);
  await page.getByRole('button', { name: 'Skip this question' }).click();

  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied/ })).toBeVisible();
  // What was copied is the message: pasted into another page with the keyboard, as a person would.
  const elsewhere = await context.newPage();
  await elsewhere.setContent('<textarea aria-label="Paste here"></textarea>');
  await elsewhere.getByRole('textbox').focus();
  await elsewhere.keyboard.press('Control+V');
  await expect(elsewhere.getByRole('textbox')).toHaveValue(MESSAGE);
  await elsewhere.close();
  // Still on screen while the page is open, but no longer kept.
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveValue(MESSAGE);
  await expect.poll(async () => JSON.stringify(await readStore(worker, 'state'))).not.toContain('heavy week');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your message/ })).toHaveCount(0);
});
