import { WrongPassphraseError } from '../../utils/vault/errors';
import { placeOf } from '../../utils/lock/records';
import { revealText } from '../../utils/vault/text';
import { openVault } from '../../utils/vault/vault';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { unfold } from './fold';
import {
  CHECKINS,
  ENTRIES,
  NEW_PASSPHRASE,
  PASSPHRASE,
  SECRETS,
  openSection,
  readPrivate,
  seedLocked,
  seedPlain,
} from './lock-seed';

const LOCK = 'Passphrase lock (optional)';

test('turning the lock on leaves no note or entry readable in the database', async ({ worker, openPage }) => {
  await seedPlain(worker);
  const { section } = await openSection(openPage, LOCK);
  await expect(section.getByText(/no way to recover a forgotten passphrase/)).toBeVisible();
  await expect(section.getByText('The lock is off.', { exact: false })).toBeVisible();

  const first = section.getByLabel('New passphrase', { exact: true });
  const repeat = section.getByLabel('Repeat the new passphrase');
  const turnOn = section.getByRole('button', { name: 'Turn on the lock' });
  await first.fill('short');
  await turnOn.click();
  await expect(section.getByRole('alert')).toHaveText('Please use at least 8 characters.');
  await expect(first).toBeFocused();
  await first.fill(PASSPHRASE);
  await repeat.fill(`${PASSPHRASE}!`);
  await turnOn.click();
  await expect(section.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await expect(repeat).toBeFocused();
  expect((await readPrivate(worker)).vault).toBeUndefined();

  await repeat.fill(PASSPHRASE);
  await turnOn.click();
  await expect(section.getByRole('status')).toHaveText(
    'The lock is on. Your journal will ask for the passphrase from now on.',
  );
  await expect(section.getByText(/^The lock is on \(since/)).toBeFocused();

  const stored = await readPrivate(worker);
  expect(JSON.stringify(stored)).not.toMatch(new RegExp(SECRETS.join('|')));
  const vaultId = stored.vault?.id;
  expect(vaultId).toBeTruthy();
  expect(stored.checkins.find((c) => c.id === 'c-1')?.locked?.vault).toBe(vaultId);
  expect(stored.entries.map((e) => e.locked?.vault)).toEqual([vaultId]);
});

test('changing the passphrase: a wrong one changes nothing; the right one moves every text to a new vault', async ({
  worker,
  openPage,
}) => {
  const old = await seedLocked(worker);
  const before = await readPrivate(worker);
  const { section } = await openSection(openPage, LOCK);
  await unfold(section, 'Change the passphrase');
  const form = section.getByRole('form', { name: 'Change the passphrase' });
  const current = form.getByLabel('Current passphrase');
  await current.fill('blue kettle in the sun');
  await form.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await form.getByLabel('Repeat the new passphrase').fill(NEW_PASSPHRASE);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'That passphrase doesn’t open the lock. Nothing was changed; check it and try again.',
  );
  await expect(current).toBeFocused();
  await expect(current).toHaveValue('blue kettle in the sun');
  await expect(form.getByLabel('New passphrase', { exact: true })).toHaveValue(NEW_PASSPHRASE);
  expect(await readPrivate(worker)).toEqual(before);

  await current.fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'The passphrase is changed. Use the new one from now on.',
  );

  const after = await readPrivate(worker);
  const record = after.vault;
  if (!record) throw new Error('the lock is gone');
  expect(record.id).not.toBe(old.record.id);
  expect(JSON.stringify(after)).not.toMatch(new RegExp(SECRETS.join('|')));
  await expect(openVault(record, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  const next = await openVault(record, NEW_PASSPHRASE);
  const stored = after.entries[0];
  const entry = stored?.locked;
  if (!stored || !entry) throw new Error('the entry is not locked');
  expect(entry.vault).toBe(record.id);
  expect(await revealText(next, entry, placeOf(stored))).toBe(ENTRIES[0]?.text);
});

test('turning the lock off: a wrong passphrase changes nothing; the right one leaves every text readable', async ({
  worker,
  openPage,
}) => {
  await seedLocked(worker);
  const before = await readPrivate(worker);
  const { section } = await openSection(openPage, LOCK);
  await unfold(section, 'Turn off the lock');
  const form = section.getByRole('form', { name: 'Turn off the lock' });
  await form.getByLabel('Current passphrase').fill(NEW_PASSPHRASE);
  await form.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(form.getByRole('alert')).toContainText('doesn’t open the lock. Nothing was changed');
  expect(await readPrivate(worker)).toEqual(before);

  await form.getByLabel('Current passphrase').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'The lock is off. Your texts are stored readable on this device again.',
  );
  await expect(section.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
  expect(await readPrivate(worker)).toEqual({ checkins: CHECKINS, entries: ENTRIES, vault: undefined });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the lock section passes axe and looks calm, off and on, ${scheme}`, async ({ worker, openPage }) => {
    await seedLocked(worker);
    const { page, section } = await openSection(openPage, LOCK);
    await page.emulateMedia({ colorScheme: scheme });
    await unfold(section, 'Change the passphrase');
    const form = section.getByRole('form', { name: 'Change the passphrase' });
    await form.getByLabel('New passphrase', { exact: true }).fill('short');
    await form.getByLabel('Current passphrase').fill('x');
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(form.getByRole('alert')).toHaveText('Please use at least 8 characters.');
    await expectNoSeriousA11yViolations(page);
    await section.screenshot({ path: test.info().outputPath(`lock-on-${scheme}.png`) });

    await unfold(section, 'Turn off the lock');
    const off = section.getByRole('form', { name: 'Turn off the lock' });
    await off.getByLabel('Current passphrase').fill(PASSPHRASE);
    await off.getByRole('button', { name: 'Turn off the lock' }).click();
    await expect(section.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await section.screenshot({ path: test.info().outputPath(`lock-off-${scheme}.png`) });
  });
}

test('a journal open in another tab closes when the passphrase changes, and opens with the new one', async ({
  worker,
  openPage,
}) => {
  await seedLocked(worker);
  const journal = await openPage('journal.html');
  await journal.getByLabel('Passphrase').fill(PASSPHRASE);
  await journal.getByRole('button', { name: 'Unlock' }).click();
  await expect(journal.getByText(ENTRIES[0]?.text ?? '')).toBeVisible();

  const { section } = await openSection(openPage, LOCK);
  await unfold(section, 'Change the passphrase');
  const form = section.getByRole('form', { name: 'Change the passphrase' });
  await form.getByLabel('Current passphrase').fill(PASSPHRASE);
  await form.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await form.getByLabel('Repeat the new passphrase').fill(NEW_PASSPHRASE);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(section.getByRole('status')).toHaveText(
    'The passphrase is changed. Use the new one from now on.',
  );

  await expect(journal.getByText(/passphrase was changed in another tab/)).toBeVisible();
  const html = await journal.evaluate(() => document.documentElement.outerHTML);
  for (const secret of SECRETS) expect(html).not.toContain(secret);
  await journal.getByLabel('Passphrase').fill(PASSPHRASE);
  await journal.getByRole('button', { name: 'Unlock' }).click();
  await expect(journal.getByRole('alert')).toContainText('doesn’t open the lock');
  await journal.getByLabel('Passphrase').fill(NEW_PASSPHRASE);
  await journal.getByRole('button', { name: 'Unlock' }).click();
  await expect(journal.getByText(ENTRIES[0]?.text ?? '')).toBeVisible();
});
