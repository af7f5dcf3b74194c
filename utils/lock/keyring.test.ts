import { describe, expect, it } from 'vitest';
import { UnreadableTextError } from '../vault/errors';
import { sealText } from '../vault/seal';
import { fastVault, flipBase64, TEST_PLACE } from '../vault/test-vault';
import { lockText } from '../vault/text';
import { revealWithAny } from './keyring';

describe('revealWithAny', () => {
  it('reveals locked and sealed texts of each vault it holds', async () => {
    const [old, next] = await Promise.all([fastVault(), fastVault('another long passphrase')]);
    const reveal = revealWithAny([old, next]);
    expect(await reveal(await lockText(old, 'under the old key', TEST_PLACE), TEST_PLACE)).toBe(
      'under the old key',
    );
    expect(await reveal(await lockText(next, 'under the new key', TEST_PLACE), TEST_PLACE)).toBe(
      'under the new key',
    );
    expect(await reveal(await sealText(old.record, 'popup, old key', TEST_PLACE), TEST_PLACE)).toBe(
      'popup, old key',
    );
    expect(await reveal(await sealText(next.record, 'popup, new key', TEST_PLACE), TEST_PLACE)).toBe(
      'popup, new key',
    );
  });

  it('picks the vault by the id on the text, whatever the order', async () => {
    const [a, b] = await Promise.all([fastVault(), fastVault()]);
    const fromB = await lockText(b, 'from b', TEST_PLACE);
    expect(await revealWithAny([a, b])(fromB, TEST_PLACE)).toBe('from b');
    expect(await revealWithAny([b, a])(fromB, TEST_PLACE)).toBe('from b');
  });

  it('rejects with UnreadableTextError for a text none of its vaults made', async () => {
    const [mine, stranger] = await Promise.all([fastVault(), fastVault()]);
    const theirs = await lockText(stranger, 'not mine', TEST_PLACE);
    await expect(revealWithAny([mine])(theirs, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
    await expect(revealWithAny([])(theirs, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
  });

  it('rejects with UnreadableTextError for an altered text', async () => {
    const vault = await fastVault();
    const locked = await lockText(vault, 'fragile', TEST_PLACE);
    const altered = { ...locked, ct: flipBase64(locked.ct) };
    await expect(revealWithAny([vault])(altered, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
  });
});
