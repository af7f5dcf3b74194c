import { decodeText, decryptBytes, encodeText, encryptBytes } from './cipher';
import { UnreadableTextError } from './errors';
import { TEXT_FORMAT, textAad, type TextPlace } from './place';
import { isSealed, type LockedText, type ProtectedText } from './protected-text';
import { openSealedBytes } from './seal';
import type { OpenVault } from './vault';

/** Encrypts text with the open vault's data key for `place`: one AES-GCM call with a fresh IV, always v2. */
export async function lockText(vault: OpenVault, text: string, place: TextPlace): Promise<LockedText> {
  const box = await encryptBytes(vault.dataKey, encodeText(text), textAad(place));
  return { v: TEXT_FORMAT, vault: vault.record.id, ...box };
}

/**
 * The text inside a locked or sealed text kept at `place`. UnreadableTextError when it belongs to
 * another vault (an older passphrase, another device), was altered, or (v2) was written for another
 * place; the stored value is never touched.
 */
export async function revealText(vault: OpenVault, text: ProtectedText, place: TextPlace): Promise<string> {
  if (text.vault !== vault.record.id) {
    throw new UnreadableTextError('This text was protected by another vault.');
  }
  try {
    const plain = isSealed(text)
      ? await openSealedBytes(
          { privateKey: vault.privateKey, publicKey: vault.record.publicKey },
          text,
          place,
        )
      : await decryptBytes(vault.dataKey, text, text.v === 1 ? undefined : textAad(place));
    return decodeText(plain);
  } catch (error) {
    throw new UnreadableTextError('This text was altered or damaged and cannot be read.', { cause: error });
  }
}
