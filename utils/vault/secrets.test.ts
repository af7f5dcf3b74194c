import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { encodeText } from './cipher';
import { CorruptVaultError } from './errors';
import { newSecrets, secretsFromBytes, secretsToBytes } from './secrets';

describe('vault secrets', () => {
  it('hold a 32-byte data key and a P-256 key pair, and survive the byte round trip', async () => {
    const secrets = await newSecrets('vault-1');
    expect(base64ToBytes(secrets.dataKey)).toHaveLength(32);
    expect(base64ToBytes(secrets.publicKey)).toHaveLength(65);
    expect(base64ToBytes(secrets.publicKey)[0]).toBe(4);
    expect(secretsFromBytes(secretsToBytes(secrets))).toEqual(secrets);
  });

  it('are new for every vault', async () => {
    const [one, two] = await Promise.all([newSecrets('a'), newSecrets('b')]);
    expect(one.dataKey).not.toBe(two.dataKey);
    expect(one.privateKey).not.toBe(two.privateKey);
  });

  it('refuse bytes that are not what secretsToBytes wrote', async () => {
    const secrets = await newSecrets('vault-1');
    for (const bad of [
      new Uint8Array([0xff, 0x00]),
      encodeText('not json'),
      encodeText('null'),
      encodeText(JSON.stringify({ ...secrets, id: 1 })),
      encodeText(JSON.stringify({ ...secrets, dataKey: secrets.publicKey })),
      encodeText(JSON.stringify({ ...secrets, privateKey: '' })),
      encodeText(JSON.stringify({ ...secrets, publicKey: 'AAAA' })),
    ]) {
      expect(() => secretsFromBytes(bad)).toThrow(CorruptVaultError);
    }
  });
});
