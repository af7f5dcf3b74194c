import { decodeText, decryptBytes, encodeText, encryptBytes } from './cipher';
import { UnreadableTextError } from './errors';
import { isSealed, type LockedText, type ProtectedText } from './protected-text';
import { openSealedBytes } from './seal';
import type { OpenVault } from './vault';

/** Encrypts text with the open vault's data key: one AES-GCM call with a fresh IV. */
export async function lockText(vault: OpenVault, text: string): Promise<LockedText> {
  const box = await encryptBytes(vault.dataKey, encodeText(text));
  return { v: 1, vault: vault.record.id, ...box };
}

/**
 * The text inside a locked or sealed text. UnreadableTextError when it belongs to another vault (an
 * older passphrase, another device) or was altered; the stored value is never touched.
 */
export async function revealText(vault: OpenVault, text: ProtectedText): Promise<string> {
  if (text.vault !== vault.record.id) {
    throw new UnreadableTextError('This text was protected by another vault.');
  }
  try {
    const plain = isSealed(text)
      ? await openSealedBytes(vault.privateKey, text)
      : await decryptBytes(vault.dataKey, text);
    return decodeText(plain);
  } catch (error) {
    throw new UnreadableTextError('This text was altered or damaged and cannot be read.', { cause: error });
  }
}
