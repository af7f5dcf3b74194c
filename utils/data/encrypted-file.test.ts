import { beforeEach, describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../vault/errors';
import { flipBase64 } from '../vault/test-vault';
import type { EncryptedExport } from '../vault/export-envelope';
import { encryptExportParts, openEncryptedFile } from './encrypted-file';
import { useEnglishMessages } from './fixtures/english';
import { validFile } from './fixtures/files';
import { MAX_IMPORT_BYTES } from './format';
import { MAX_ENCRYPTED_IMPORT_BYTES, parseExport, parseImportText, readImportFile } from './parse';
import { problemText } from './problem-text';

const PASSPHRASE = 'a file for the other laptop';
const FAST = { iterations: 1000 };
const plainText = () => JSON.stringify(validFile());

/** An encrypted copy of the valid test file, and the text of the file as downloaded. */
async function encryptedCopy(inner = plainText()) {
  const text = (await encryptExportParts([inner.slice(0, 10), inner.slice(10)], PASSPHRASE, FAST)).join('');
  const chosen = parseImportText(text);
  if (!chosen.ok || !chosen.value.encrypted) throw new Error('not read as an encrypted file');
  return { text, envelope: chosen.value.envelope };
}

beforeEach(() => useEnglishMessages());

describe('encrypted export files', () => {
  it('hold none of the text, and open with their passphrase into the same export', async () => {
    const { text, envelope } = await encryptedCopy();
    expect(text).not.toContain('A walk helped');
    expect(text).not.toContain('heavy');
    expect(await openEncryptedFile(envelope, PASSPHRASE)).toEqual(parseExport(plainText()));
  });

  it('refuse a wrong passphrase (the page asks again), and a tampered one the same way', async () => {
    const { envelope } = await encryptedCopy();
    await expect(openEncryptedFile(envelope, 'a file for the other laptop ')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const tampered: EncryptedExport = { ...envelope, ct: flipBase64(envelope.ct, 10) };
    await expect(openEncryptedFile(tampered, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('that are damaged get their own problem and message, before any passphrase is asked', async () => {
    const { text } = await encryptedCopy();
    const damaged = JSON.stringify({ ...(JSON.parse(text) as object), iv: 'not base64!' });
    const result = parseImportText(damaged);
    expect(result).toEqual({ ok: false, problem: { kind: 'encrypted_damaged' } });
    if (!result.ok) {
      expect(problemText(result.problem)).toBe(
        'This encrypted file is damaged, so it can’t be opened. Nothing was changed.',
      );
    }
  });

  it('holding something other than an export are named as such once opened', async () => {
    const { envelope } = await encryptedCopy('{"hello": "world"}');
    expect(await openEncryptedFile(envelope, PASSPHRASE)).toEqual({
      ok: false,
      problem: { kind: 'not_export' },
    });
  });
});

describe('readImportFile', () => {
  const fakeFile = (size: number, text: string) => ({ size, text: () => Promise.resolve(text) });

  it('reads a plain export as one ready to preview', async () => {
    expect(await readImportFile(new Blob([plainText()]))).toEqual({
      ok: true,
      value: { encrypted: false, file: validFile() },
    });
  });

  it('allows an encrypted file its base64 growth, but not a plain file the same size', async () => {
    const { text, envelope } = await encryptedCopy();
    expect(await readImportFile(fakeFile(MAX_IMPORT_BYTES + 1, text))).toEqual({
      ok: true,
      value: { encrypted: true, envelope },
    });
    expect(await readImportFile(fakeFile(MAX_IMPORT_BYTES + 1, plainText()))).toEqual({
      ok: false,
      problem: { kind: 'too_large', maxBytes: MAX_IMPORT_BYTES },
    });
  });

  it('refuses a file larger than any encrypted export without reading it', async () => {
    const unread = { size: MAX_ENCRYPTED_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await readImportFile(unread)).toEqual({
      ok: false,
      problem: { kind: 'too_large', maxBytes: MAX_IMPORT_BYTES },
    });
  });
});
