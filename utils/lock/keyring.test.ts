import { describe, expect, it } from 'vitest';
import { UnreadableTextError } from '../vault/errors';
import { sealText } from '../vault/seal';
import { fastVault, flipBase64 } from '../vault/test-vault';
import { lockText } from '../vault/text';
import { revealWithAny } from './keyring';

describe('revealWithAny', () => {
  it('reveals locked and sealed texts of each vault it holds', async () => {
    const [old, next] = await Promise.all([fastVault(), fastVault('another long passphrase')]);
    const reveal = revealWithAny([old, next]);
    expect(await reveal(await lockText(old, 'under the old key'))).toBe('under the old key');
    expect(await reveal(await lockText(next, 'under the new key'))).toBe('under the new key');
    expect(await reveal(await sealText(old.record, 'popup, old key'))).toBe('popup, old key');
    expect(await reveal(await sealText(next.record, 'popup, new key'))).toBe('popup, new key');
  });

  it('picks the vault by the id on the text, whatever the order', async () => {
    const [a, b] = await Promise.all([fastVault(), fastVault()]);
    const fromB = await lockText(b, 'from b');
    expect(await revealWithAny([a, b])(fromB)).toBe('from b');
    expect(await revealWithAny([b, a])(fromB)).toBe('from b');
  });

  it('rejects with UnreadableTextError for a text none of its vaults made', async () => {
    const [mine, stranger] = await Promise.all([fastVault(), fastVault()]);
    const theirs = await lockText(stranger, 'not mine');
    await expect(revealWithAny([mine])(theirs)).rejects.toBeInstanceOf(UnreadableTextError);
    await expect(revealWithAny([])(theirs)).rejects.toBeInstanceOf(UnreadableTextError);
  });

  it('rejects with UnreadableTextError for an altered text', async () => {
    const vault = await fastVault();
    const locked = await lockText(vault, 'fragile');
    const altered = { ...locked, ct: flipBase64(locked.ct) };
    await expect(revealWithAny([vault])(altered)).rejects.toBeInstanceOf(UnreadableTextError);
  });
});
