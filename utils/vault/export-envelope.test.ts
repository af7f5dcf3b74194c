import { describe, expect, it } from 'vitest';
import { CorruptVaultError, WrongPassphraseError } from './errors';
import {
  claimsEncryptedExport,
  decryptExport,
  encryptExport,
  isEncryptedExport,
  type EncryptedExport,
} from './export-envelope';
import { FAST_ITERATIONS, flipBase64, SAMPLE_TEXTS } from './test-vault';

const EXPORT_JSON = JSON.stringify({ format: 'thaw-export', version: 1, entries: SAMPLE_TEXTS });
const FILE_PASSPHRASE = 'export file passphrase';
const fast = { iterations: FAST_ITERATIONS };

describe('encrypted export', () => {
  it('round-trips the export JSON through a JSON file', async () => {
    const file = await encryptExport(EXPORT_JSON, FILE_PASSPHRASE, fast);
    expect(file).toMatchObject({
      format: 'thaw-encrypted-export',
      v: 1,
      kdf: { iterations: FAST_ITERATIONS },
    });
    const written = JSON.stringify(file);
    expect(written).not.toContain('thaw-export"');
    expect(written).not.toContain(FILE_PASSPHRASE);
    const read: unknown = JSON.parse(written);
    expect(isEncryptedExport(read)).toBe(true);
    if (!isEncryptedExport(read)) return;
    expect(await decryptExport(read, FILE_PASSPHRASE)).toBe(EXPORT_JSON);
  });

  it('uses 600,000 iterations unless told otherwise', async () => {
    const file = await encryptExport('{}', FILE_PASSPHRASE);
    expect(file.kdf.iterations).toBe(600_000);
  });

  it('round-trips empty and large texts with fresh salt and IV', async () => {
    const large = JSON.stringify({ notes: Array.from({ length: 5000 }, (_, index) => `note ${index} 🙂`) });
    for (const json of ['', large]) {
      expect(await decryptExport(await encryptExport(json, FILE_PASSPHRASE, fast), FILE_PASSPHRASE)).toBe(
        json,
      );
    }
    const [one, two] = await Promise.all([
      encryptExport('{}', FILE_PASSPHRASE, fast),
      encryptExport('{}', FILE_PASSPHRASE, fast),
    ]);
    expect(one.kdf.salt).not.toBe(two.kdf.salt);
    expect(one.iv).not.toBe(two.iv);
  });

  it('refuses a wrong passphrase or an altered file with WrongPassphraseError', async () => {
    const file = await encryptExport(EXPORT_JSON, FILE_PASSPHRASE, fast);
    for (const wrong of ['', 'export file passphrase ', 'another passphrase']) {
      await expect(decryptExport(file, wrong)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    await expect(decryptExport({ ...file, ct: flipBase64(file.ct) }, FILE_PASSPHRASE)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await decryptExport(file, FILE_PASSPHRASE)).toBe(EXPORT_JSON);
  });

  it('needs no additional data: a changed header (salt, iterations, IV) already fails to decrypt', async () => {
    const file = await encryptExport(EXPORT_JSON, FILE_PASSPHRASE, fast);
    for (const altered of [
      { ...file, kdf: { ...file.kdf, salt: flipBase64(file.kdf.salt) } },
      { ...file, kdf: { ...file.kdf, iterations: file.kdf.iterations + 1 } },
      { ...file, iv: flipBase64(file.iv) },
    ]) {
      await expect(decryptExport(altered, FILE_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('calls a damaged file corrupt', async () => {
    const file = await encryptExport('{}', FILE_PASSPHRASE, fast);
    const damaged = [
      { ...file, v: 2 },
      { ...file, iv: 'bad' },
      { ...file, kdf: { ...file.kdf, iterations: 1e9 } },
      { ...file, kdf: { ...file.kdf, iterations: 0 } },
    ];
    for (const bad of damaged) {
      await expect(decryptExport(bad as EncryptedExport, FILE_PASSPHRASE)).rejects.toBeInstanceOf(
        CorruptVaultError,
      );
    }
  });

  it('tells an encrypted file from a plain export, and a damaged one from neither', async () => {
    const file = await encryptExport('{}', FILE_PASSPHRASE, fast);
    const { ct: _ct, ...noCt } = file;
    expect(isEncryptedExport(file)).toBe(true);
    for (const value of [JSON.parse(EXPORT_JSON), null, 'thaw-encrypted-export', [file]]) {
      expect(isEncryptedExport(value)).toBe(false);
    }
    expect(claimsEncryptedExport(JSON.parse(EXPORT_JSON))).toBe(false);
    expect(isEncryptedExport(noCt)).toBe(false);
    expect(claimsEncryptedExport(noCt)).toBe(true);
    expect(isEncryptedExport({ ...file, kdf: { ...file.kdf, iterations: 1e9 } })).toBe(false);
  });

  it('refuses to write a file with a passphrase that breaks the rules', async () => {
    await expect(encryptExport('{}', 'short', fast)).rejects.toThrow(RangeError);
  });
});
