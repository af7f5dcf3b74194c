import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { CorruptVaultError, UnreadableTextError } from './errors';
import { isProtectedText, isSealed } from './protected-text';
import { sealText } from './seal';
import { revealText } from './text';
import { fastVault, flipBase64, legacyVault, PASSPHRASE, SAMPLE_TEXTS, TEST_PLACE } from './test-vault';
import { openVault } from './vault';
import type { SealedText } from './protected-text';

/** Seals text by hand, step by step as the scheme is written down, independently of seal.ts. */
async function sealByTheBook(
  vaultId: string,
  vaultPublicKey: string,
  text: string,
  v: 1 | 2,
): Promise<SealedText> {
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
  const label = new TextEncoder().encode(`thaw seal v${v}`);
  const recipientBytes = base64ToBytes(vaultPublicKey);
  const info = v === 1 ? label : new Uint8Array([...label, ...epk, ...recipientBytes]);
  const keyBytes = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: epk, info },
    hkdf,
    256,
  );
  const key = await crypto.subtle.importKey('raw', keyBytes, 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // TEST_PLACE, as the format writes it down.
  const additionalData = new TextEncoder().encode('["thaw text",2,"entries","entry-1","text"]');
  const params = v === 1 ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData };
  const ct = await crypto.subtle.encrypt(params, key, new TextEncoder().encode(text));
  return {
    v,
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
      const sealed = await sealText(publicOnly, text, TEST_PLACE);
      expect(isProtectedText(sealed)).toBe(true);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed.vault).toBe(created.record.id);
      expect(base64ToBytes(sealed.epk)[0]).toBe(4);
      expect(await revealText(opened, sealed, TEST_PLACE)).toBe(text);
    }
  });

  it('follows the written scheme: ECDH P-256, HKDF-SHA-256 salted with the epk, info "thaw seal v2" + epk + vault key, the place as AAD', async () => {
    const vault = await fastVault();
    const byHand = await sealByTheBook(vault.record.id, vault.record.publicKey, 'by the book 🙂', 2);
    expect(await revealText(vault, byHand, TEST_PLACE)).toBe('by the book 🙂');
  });

  it('still reads format 1 as it was written: info "thaw seal v1", no additional data', async () => {
    const vault = await fastVault();
    const byHand = await sealByTheBook(vault.record.id, vault.record.publicKey, 'from before', 1);
    expect(await revealText(vault, byHand, TEST_PLACE)).toBe('from before');
  });

  it('uses a fresh ephemeral key and IV for each text', async () => {
    const { record } = await fastVault();
    const [one, two] = await Promise.all([
      sealText(record, 'same', TEST_PLACE),
      sealText(record, 'same', TEST_PLACE),
    ]);
    expect(one.epk).not.toBe(two.epk);
    expect(one.iv).not.toBe(two.iv);
    expect(one.ct).not.toBe(two.ct);
  });

  it('seals to whichever vault it is given, one after another', async () => {
    const [one, two] = await Promise.all([fastVault(), fastVault()]);
    const toOne = await sealText(one.record, 'one', TEST_PLACE);
    const toTwo = await sealText(two.record, 'two', TEST_PLACE);
    const againOne = await sealText(one.record, 'one again', TEST_PLACE);
    expect(await revealText(one, toOne, TEST_PLACE)).toBe('one');
    expect(await revealText(two, toTwo, TEST_PLACE)).toBe('two');
    expect(await revealText(one, againOne, TEST_PLACE)).toBe('one again');
  });

  it('refuses altered ciphertext, IV or ephemeral key with UnreadableTextError', async () => {
    const vault = await fastVault();
    const sealed = await sealText(vault.record, 'sealed words', TEST_PLACE);
    const otherPoint = (await sealText(vault.record, 'x', TEST_PLACE)).epk;
    for (const altered of [
      { ...sealed, ct: flipBase64(sealed.ct) },
      { ...sealed, iv: flipBase64(sealed.iv) },
      { ...sealed, epk: otherPoint },
      { ...sealed, epk: flipBase64(sealed.epk, 40) },
      { ...sealed, epk: bytesToBase64(new Uint8Array(65)) },
    ]) {
      await expect(revealText(vault, altered, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
    }
    expect(await revealText(vault, sealed, TEST_PLACE)).toBe('sealed words');
  });

  it('calls a record whose public key is not a P-256 point corrupt', async () => {
    const { record } = await fastVault();
    const notAPoint = bytesToBase64(new Uint8Array(65).fill(4, 0, 1).fill(255, 1));
    await expect(sealText({ ...record, publicKey: notAPoint }, 'x', TEST_PLACE)).rejects.toBeInstanceOf(
      CorruptVaultError,
    );
    await expect(sealText({ ...record, publicKey: 'bad' }, 'x', TEST_PLACE)).rejects.toBeInstanceOf(
      CorruptVaultError,
    );
    expect(await sealText(record, 'still fine', TEST_PLACE)).toMatchObject({ vault: record.id });
  });
});

describe('sealing format 2 binds the vault public key', () => {
  it('does not open under any other vault key, even with the private key that agrees', async () => {
    const [mine, other] = await Promise.all([fastVault(), fastVault()]);
    const sealed = await sealText(mine.record, 'to my key', TEST_PLACE);
    expect(sealed.v).toBe(2);
    // The same private key, but the text is read as sealed to another public key: HKDF differs.
    const misnamed = { ...mine, record: { ...mine.record, publicKey: other.record.publicKey } };
    await expect(revealText(misnamed, sealed, TEST_PLACE)).rejects.toBeInstanceOf(UnreadableTextError);
    // Another vault's keys, the text relabelled as its own.
    await expect(revealText(other, { ...sealed, vault: other.record.id }, TEST_PLACE)).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
    expect(await revealText(mine, sealed, TEST_PLACE)).toBe('to my key');
  });

  it('format 1 was keyed by the ephemeral key alone: read as sealed to another key, it still opened', async () => {
    const [legacy, other] = await Promise.all([legacyVault(), fastVault()]);
    const mine = await openVault(legacy.record, PASSPHRASE);
    const misnamed = { ...mine, record: { ...mine.record, publicKey: other.record.publicKey } };
    expect(await revealText(misnamed, await legacy.seal('old'), TEST_PLACE)).toBe('old');
  });
});
