import { describe, expect, it, vi } from 'vitest';
import { base64ByteLength, bytesToBase64, isBase64 } from './base64';
import { encodeText } from './cipher';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import { PBKDF2_ITERATIONS } from './kdf';
import { DATA_KEY_BYTES } from './secrets';
import { lockText, revealText } from './text';
import { FAST_ITERATIONS, fastVault, legacyVault, NOW, PASSPHRASE, TEST_PLACE } from './test-vault';
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
    expect(await revealText(opened, await lockText(created, 'first note', TEST_PLACE), TEST_PLACE)).toBe(
      'first note',
    );
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
    const locked = await lockText(created, 'written before locking the page', TEST_PLACE);
    const opened = await openVault(created.record, PASSPHRASE);
    expectNonExtractableKeys(opened);
    expect(opened.record).toBe(created.record);
    expect(await revealText(opened, locked, TEST_PLACE)).toBe('written before locking the page');
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
    const locked = await lockText(created, 'kept', TEST_PLACE);
    for (const copy of [structuredClone(created.record), JSON.parse(JSON.stringify(created.record))]) {
      expect(copy).toEqual(created.record);
      expect(await revealText(await openVault(copy, PASSPHRASE), locked, TEST_PLACE)).toBe('kept');
    }
  });

  it('calls a damaged record corrupt, without deriving for absurd iterations', async () => {
    const { record } = await fastVault();
    const huge = { ...record, kdf: { ...record.kdf, iterations: 1e9 } };
    await expect(openVault(huge, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const zero = { ...record, kdf: { ...record.kdf, iterations: 0 } };
    await expect(openVault(zero, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const badBase64 = { ...record, dataKey: { ...record.dataKey, ct: '*'.repeat(64) } };
    await expect(openVault(badBase64, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const noKey = { ...record, privateKey: undefined } as unknown as typeof record;
    await expect(openVault(noKey, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    const { record: legacy } = await legacyVault();
    const noSecrets = { ...legacy, secrets: undefined } as unknown as typeof legacy;
    await expect(openVault(noSecrets, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
  });

  it('notices a swapped public key or id (bound to the wrapped private key; in version 1, the secrets)', async () => {
    const [mine, other] = await Promise.all([fastVault(), fastVault()]);
    const [oldMine, oldOther] = await Promise.all([legacyVault(), legacyVault()]);
    for (const [record, theirs] of [
      [mine.record, other.record],
      [oldMine.record, oldOther.record],
    ] as const) {
      const swappedKey = { ...record, publicKey: theirs.publicKey };
      await expect(openVault(swappedKey, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
      const swappedId = { ...record, id: theirs.id };
      await expect(openVault(swappedId, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
    }
    const swappedWraps = { ...mine.record, privateKey: other.record.privateKey };
    await expect(openVault(swappedWraps, PASSPHRASE)).rejects.toBeInstanceOf(CorruptVaultError);
  });

  it('cannot tell altered secrets or parameters from a wrong passphrase', async () => {
    const { record } = await fastVault();
    const ct = record.dataKey.ct;
    const altered = {
      ...record,
      dataKey: { ...record.dataKey, ct: (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1) },
    };
    expect(isBase64(altered.dataKey.ct)).toBe(true);
    await expect(openVault(altered, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const fewer = { ...record, kdf: { ...record.kdf, iterations: FAST_ITERATIONS - 1 } };
    await expect(openVault(fewer, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});

/** Every string reachable from `value` through its own fields, and the paths to them. */
function stringsIn(value: unknown, path = 'vault', seen = new Set<unknown>()): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, field]) => stringsIn(field, `${path}.${key}`, seen));
}

describe('the open vault holds keys only as CryptoKeys', () => {
  it('unwraps both keys with unwrapKey, never importing key bytes', async () => {
    const { record } = await fastVault();
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const unwrapKey = vi.spyOn(crypto.subtle, 'unwrapKey');
    try {
      expectNonExtractableKeys(await openVault(record, PASSPHRASE));
      expect(unwrapKey.mock.calls.map(([format]) => format)).toEqual(['raw', 'pkcs8']);
      // Only the passphrase becomes a key by import (PBKDF2 material), never a vault key.
      expect(importKey.mock.calls.map(([, , algorithm]) => algorithm)).toEqual(['PBKDF2']);
    } finally {
      importKey.mockRestore();
      unwrapKey.mockRestore();
    }
  });

  it('has no key as base64 text anywhere in the open vault, new or opened from version 1', async () => {
    const legacy = await legacyVault();
    for (const vault of [await fastVault(), await openVault(legacy.record, PASSPHRASE)]) {
      expectNonExtractableKeys(vault);
      const strings = stringsIn(vault);
      expect(strings.map(([path]) => path).sort()).toEqual(
        [
          'vault.record.id',
          'vault.record.kdf.name',
          'vault.record.kdf.hash',
          'vault.record.kdf.salt',
          'vault.record.publicKey',
          'vault.record.dataKey.iv',
          'vault.record.dataKey.ct',
          'vault.record.privateKey.iv',
          'vault.record.privateKey.ct',
        ].sort(),
      );
      // The wraps are ciphertext: the raw 32-byte data key wrapped is 48 bytes, never 32.
      for (const [path, text] of strings) {
        expect(isBase64(text) && base64ByteLength(text) === DATA_KEY_BYTES, path).toBe(false);
      }
    }
  });
});

describe('openVault with a version 1 record', () => {
  it('opens it as version 2 with the same id, keys and settings, reading its format 1 texts', async () => {
    const legacy = await legacyVault();
    const [locked, sealed] = [await legacy.lock('old locked words'), await legacy.seal('old sealed words')];
    const opened = await openVault(legacy.record, PASSPHRASE);
    expect(opened.record.v).toBe(2);
    expect(isVaultRecord(opened.record)).toBe(true);
    const { id, createdAt, kdf, publicKey } = legacy.record;
    expect(opened.record).toMatchObject({ id, createdAt, kdf, publicKey });
    expect(await revealText(opened, locked, TEST_PLACE)).toBe('old locked words');
    expect(await revealText(opened, sealed, TEST_PLACE)).toBe('old sealed words');
    // Its version 2 record opens with the same passphrase into the same keys.
    const again = await openVault(opened.record, PASSPHRASE);
    expect(await revealText(again, locked, TEST_PLACE)).toBe('old locked words');
    expect(await revealText(again, await lockText(opened, 'new', TEST_PLACE), TEST_PLACE)).toBe('new');
    await expect(openVault(legacy.record, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
