import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';
import { fastVault, legacyVault } from './test-vault';
import { isVaultRecord } from './vault-record';

describe('isVaultRecord', () => {
  it('accepts a new record and a version 1 one, also after JSON and structured clone', async () => {
    for (const { record } of [await fastVault(), await legacyVault()]) {
      expect(isVaultRecord(record)).toBe(true);
      expect(isVaultRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
      expect(isVaultRecord(structuredClone(record))).toBe(true);
    }
  });

  it('rejects missing fields, other versions, bad base64 and absurd iterations', async () => {
    const { record } = await fastVault();
    const { publicKey: _publicKey, ...noPublicKey } = record;
    const { dataKey: _dataKey, ...noDataKey } = record;
    const { privateKey: _privateKey, ...noPrivateKey } = record;
    const { record: legacy } = await legacyVault();
    const { secrets: _secrets, ...noSecrets } = legacy;
    const { kdf: _kdf, ...noKdf } = record;
    for (const bad of [
      null,
      [],
      'record',
      noPublicKey,
      noDataKey,
      noPrivateKey,
      noSecrets,
      noKdf,
      { ...record, v: 1 },
      { ...record, v: 3 },
      { ...legacy, v: 2 },
      { ...record, id: '' },
      { ...record, createdAt: NaN },
      { ...record, createdAt: '2025-01-01' },
      { ...record, kdf: { ...record.kdf, iterations: 0 } },
      { ...record, kdf: { ...record.kdf, iterations: 1e9 } },
      { ...record, kdf: { ...record.kdf, salt: 'salt' } },
      { ...record, dataKey: null },
      { ...record, dataKey: { iv: record.dataKey.iv } },
      { ...record, dataKey: { ...record.dataKey, ct: record.dataKey.ct + '=' } },
      { ...record, dataKey: { ...record.dataKey, iv: 'AAAA' } },
      { ...record, dataKey: record.privateKey }, // not a 32-byte key
      { ...record, privateKey: { iv: record.privateKey.iv, ct: '' } },
      { ...legacy, secrets: null },
      { ...legacy, secrets: { iv: legacy.secrets.iv } },
      { ...legacy, secrets: { ...legacy.secrets, ct: legacy.secrets.ct + '=' } },
      { ...record, publicKey: record.publicKey.slice(4) },
      { ...record, publicKey: bytesToBase64(new Uint8Array(65)) }, // no 0x04 marker
    ]) {
      expect(isVaultRecord(bad)).toBe(false);
    }
  });
});
