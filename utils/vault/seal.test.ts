import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { CorruptVaultError, UnreadableTextError } from './errors';
import { isProtectedText, isSealed } from './protected-text';
import { sealText } from './seal';
import { revealText } from './text';
import { fastVault, flipBase64, PASSPHRASE, SAMPLE_TEXTS } from './test-vault';
import { openVault } from './vault';
import type { SealedText } from './protected-text';

/** Seals text by hand, step by step as the scheme is written down, independently of seal.ts. */
async function sealByTheBook(vaultId: string, vaultPublicKey: string, text: string): Promise<SealedText> {
  const curve = { name: 'ECDH', namedCurve: 'P-256' };
  const recipient = await crypto.subtle.importKey('raw', base64ToBytes(vaultPublicKey), curve, true, []);
  const ephemeral = await crypto.subtle.generateKey(curve, true, ['deriveBits']);
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: recipient },
    ephemeral.privateKey,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveBits']);
  const info = new TextEncoder().encode('thaw seal v1');
  const keyBytes = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: epk, info },
    hkdf,
    256,
  );
  const key = await crypto.subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
  return {
    v: 1,
    vault: vaultId,
    epk: bytesToBase64(epk),
    iv: bytesToBase64(iv),
    ct: bytesToBase64(new Uint8Array(ct)),
  };
}

describe('sealText', () => {
  it('seals with only the public record; the opened vault reveals every sample text', async () => {
    const created = await fastVault();
    const publicOnly = JSON.parse(JSON.stringify(created.record));
    const opened = await openVault(structuredClone(created.record), PASSPHRASE);
    for (const text of SAMPLE_TEXTS) {
      const sealed = await sealText(publicOnly, text);
      expect(isProtectedText(sealed)).toBe(true);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed.vault).toBe(created.record.id);
      expect(base64ToBytes(sealed.epk)[0]).toBe(4);
      expect(await revealText(opened, sealed)).toBe(text);
    }
  });

  it('follows the written scheme: ECDH P-256, HKDF-SHA-256 salted with the epk, info "thaw seal v1"', async () => {
    const vault = await fastVault();
    const byHand = await sealByTheBook(vault.record.id, vault.record.publicKey, 'by the book 🙂');
    expect(await revealText(vault, byHand)).toBe('by the book 🙂');
  });

  it('uses a fresh ephemeral key and IV for each text', async () => {
    const { record } = await fastVault();
    const [one, two] = await Promise.all([sealText(record, 'same'), sealText(record, 'same')]);
    expect(one.epk).not.toBe(two.epk);
    expect(one.iv).not.toBe(two.iv);
    expect(one.ct).not.toBe(two.ct);
  });

  it('seals to whichever vault it is given, one after another', async () => {
    const [one, two] = await Promise.all([fastVault(), fastVault()]);
    const toOne = await sealText(one.record, 'one');
    const toTwo = await sealText(two.record, 'two');
    const againOne = await sealText(one.record, 'one again');
    expect(await revealText(one, toOne)).toBe('one');
    expect(await revealText(two, toTwo)).toBe('two');
    expect(await revealText(one, againOne)).toBe('one again');
  });

  it('refuses altered ciphertext, IV or ephemeral key with UnreadableTextError', async () => {
    const vault = await fastVault();
    const sealed = await sealText(vault.record, 'sealed words');
    const otherPoint = (await sealText(vault.record, 'x')).epk;
    for (const altered of [
      { ...sealed, ct: flipBase64(sealed.ct) },
      { ...sealed, iv: flipBase64(sealed.iv) },
      { ...sealed, epk: otherPoint },
      { ...sealed, epk: flipBase64(sealed.epk, 40) },
      { ...sealed, epk: bytesToBase64(new Uint8Array(65)) },
    ]) {
      await expect(revealText(vault, altered)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(await revealText(vault, sealed)).toBe('sealed words');
  });

  it('calls a record whose public key is not a P-256 point corrupt', async () => {
    const { record } = await fastVault();
    const notAPoint = bytesToBase64(new Uint8Array(65).fill(4, 0, 1).fill(255, 1));
    await expect(sealText({ ...record, publicKey: notAPoint }, 'x')).rejects.toBeInstanceOf(
      CorruptVaultError,
    );
    await expect(sealText({ ...record, publicKey: 'bad' }, 'x')).rejects.toBeInstanceOf(CorruptVaultError);
    expect(await sealText(record, 'still fine')).toMatchObject({ vault: record.id });
  });
});
