import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';
import { fastVault } from './test-vault';
import { isVaultRecord } from './vault-record';

describe('isVaultRecord', () => {
  it('accepts a new record, also after JSON and structured clone', async () => {
    const { record } = await fastVault();
    expect(isVaultRecord(record)).toBe(true);
    expect(isVaultRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
    expect(isVaultRecord(structuredClone(record))).toBe(true);
  });

  it('rejects missing fields, other versions, bad base64 and absurd iterations', async () => {
    const { record } = await fastVault();
    const { publicKey: _publicKey, ...noPublicKey } = record;
    const { secrets: _secrets, ...noSecrets } = record;
    const { kdf: _kdf, ...noKdf } = record;
    for (const bad of [
      null,
      [],
      'record',
      noPublicKey,
      noSecrets,
      noKdf,
      { ...record, v: 2 },
      { ...record, id: '' },
      { ...record, createdAt: NaN },
      { ...record, createdAt: '2025-01-01' },
      { ...record, kdf: { ...record.kdf, iterations: 0 } },
      { ...record, kdf: { ...record.kdf, iterations: 1e9 } },
      { ...record, kdf: { ...record.kdf, salt: 'salt' } },
      { ...record, secrets: null },
      { ...record, secrets: { iv: record.secrets.iv } },
      { ...record, secrets: { ...record.secrets, ct: record.secrets.ct + '=' } },
      { ...record, secrets: { ...record.secrets, iv: 'AAAA' } },
      { ...record, publicKey: record.publicKey.slice(4) },
      { ...record, publicKey: bytesToBase64(new Uint8Array(65)) }, // no 0x04 marker
    ]) {
      expect(isVaultRecord(bad)).toBe(false);
    }
  });
});
