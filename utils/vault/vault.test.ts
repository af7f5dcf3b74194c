import { describe, expect, it } from 'vitest';
import { bytesToBase64, isBase64 } from './base64';
import { encodeText } from './cipher';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import { PBKDF2_ITERATIONS } from './kdf';
import { lockText, revealText } from './text';
import { FAST_ITERATIONS, fastVault, NOW, PASSPHRASE } from './test-vault';
import { createVault, openVault, type OpenVault } from './vault';
import { isVaultRecord } from './vault-record';

function expectNonExtractableKeys(vault: OpenVault) {
  expect(vault.dataKey.extractable).toBe(false);
  expect(vault.dataKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  expect([...vault.dataKey.usages].sort()).toEqual(['decrypt', 'encrypt']);
  expect(vault.privateKey.extractable).toBe(false);
  expect(vault.privateKey.algorithm).toMatchObject({ name: 'ECDH', namedCurve: 'P-256' });
  expect(vault.privateKey.usages).toEqual(['deriveBits']);
}

describe('createVault', () => {
  it('stores 600,000 PBKDF2 iterations by default, and the record opens', async () => {
    const created = await createVault(PASSPHRASE, { now: NOW });
    expect(created.record.kdf.iterations).toBe(600_000);
    expect(created.record.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(created.record.createdAt).toBe(NOW);
    expect(isVaultRecord(created.record)).toBe(true);
    const opened = await openVault(created.record, PASSPHRASE);
    expect(await revealText(opened, await lockText(created, 'first note'))).toBe('first note');
  });

  it('gives every vault its own id, salt and keys', async () => {
    const [one, two] = await Promise.all([fastVault(), fastVault()]);
    expect(one.record.id).not.toBe(two.record.id);
    expect(one.record.kdf.salt).not.toBe(two.record.kdf.salt);
    expect(one.record.publicKey).not.toBe(two.record.publicKey);
    expect(one.record.kdf.iterations).toBe(FAST_ITERATIONS);
    expectNonExtractableKeys(one);
  });

  it('keeps neither the passphrase nor its encodings in the record', async () => {
    const passphrase = 'Unique-Phrase-4242';
    const stored = JSON.stringify((await fastVault(passphrase)).record);
    expect(stored).not.toContain(passphrase);
    expect(stored).not.toContain(bytesToBase64(encodeText(passphrase)).slice(0, 16));
    expect(stored.toLowerCase()).not.toContain(Buffer.from(passphrase).toString('hex'));
  });

  it('refuses a passphrase that breaks the rules, a bad time or iteration count', async () => {
    await expect(createVault('short', { now: NOW, iterations: FAST_ITERATIONS })).rejects.toThrow(RangeError);
    await expect(createVault('x'.repeat(1025), { now: NOW, iterations: 10 })).rejects.toThrow(RangeError);
    await expect(createVault(PASSPHRASE, { now: NaN, iterations: 10 })).rejects.toThrow(RangeError);
    await expect(createVault(PASSPHRASE, { now: NOW, iterations: 0 })).rejects.toThrow(RangeError);
    await expect(createVault(PASSPHRASE, { now: NOW, iterations: 2e7 })).rejects.toThrow(RangeError);
  });
});

describe('openVault', () => {
  it('opens with the passphrase into non-extractable keys that read what the created vault wrote', async () => {
    const created = await fastVault();
    const locked = await lockText(created, 'written before locking the page');
    const opened = await openVault(created.record, PASSPHRASE);
    expectNonExtractableKeys(opened);
    expect(opened.record).toBe(created.record);
    expect(await revealText(opened, locked)).toBe('written before locking the page');
  });

  it('refuses a wrong passphrase with WrongPassphraseError, changes nothing, and the right one still works', async () => {
    const { record } = await fastVault();
    const before = structuredClone(record);
    for (const wrong of [
      '',
      'correct horse battery stapl',
      'Correct horse battery staple',
      `${PASSPHRASE} `,
    ]) {
      await expect(openVault(record, wrong)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    expect(record).toEqual(before);
    await expect(openVault(record, PASSPHRASE)).resolves.toMatchObject({ record });
  });

  it('opens the same words whether accents are composed or not', async () => {
    const { record } = await fastVault('ma\u00f1ana caf\u00e9');
    await expect(openVault(record, 'man\u0303ana cafe\u0301')).resolves.toMatchObject({ record });
  });

  it('opens records that went through structured clone or JSON', async () => {
    const created = await fastVault();
    const locked = await lockText(created, 'kept');
    for (const copy of [structuredClone(created.record), JSON.parse(JSON.stringify(created.record))]) {
      expect(copy).toEqual(created.record);
      expect(await revealText(await openVault(copy, PASSPHRASE), locked)).toBe('kept');
    }
  });

  it('calls a damaged record corrupt, without deriving for absurd iterations', async () => {
    const { record } = await fastVault();
    const huge = { ...record, kdf: { ...record.kdf, iterations: 1e9 } };
    await expect(openVault(huge, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const zero = { ...record, kdf: { ...record.kdf, iterations: 0 } };
    await expect(openVault(zero, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const badBase64 = { ...record, secrets: { ...record.secrets, ct: '*'.repeat(64) } };
    await expect(openVault(badBase64, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const noSecrets = { ...record, secrets: undefined } as unknown as typeof record;
    await expect(openVault(noSecrets, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
  });

  it('notices a swapped public key or id (they are checked against the encrypted secrets)', async () => {
    const [mine, other] = await Promise.all([fastVault(), fastVault()]);
    const swappedKey = { ...mine.record, publicKey: other.record.publicKey };
    await expect(openVault(swappedKey, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const swappedId = { ...mine.record, id: other.record.id };
    await expect(openVault(swappedId, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
  });

  it('cannot tell altered secrets or parameters from a wrong passphrase', async () => {
    const { record } = await fastVault();
    const ct = record.secrets.ct;
    const altered = {
      ...record,
      secrets: { ...record.secrets, ct: (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1) },
    };
    expect(isBase64(altered.secrets.ct)).toBe(true);
    await expect(openVault(altered, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const fewer = { ...record, kdf: { ...record.kdf, iterations: FAST_ITERATIONS - 1 } };
    await expect(openVault(fewer, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
