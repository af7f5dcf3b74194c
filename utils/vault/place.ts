import { encodeText } from './cipher';

/** The format every new protected text is written in: AES-GCM bound to its place (textAad). */
export const TEXT_FORMAT = 2;

/**
 * Where a protected text is kept: its store, its record's id there and its field. A v2 text
 * authenticates only at the place it was written for, so a text copied or moved to another record,
 * field or store cannot be read there.
 */
export type TextPlace =
  | { store: 'checkins'; id: string; field: 'note' }
  | { store: 'entries'; id: string; field: 'text' }
  | { store: 'state'; id: 'journalDraftLocked'; field: 'draft' };

/** The journal draft's one place. */
export const DRAFT_PLACE: TextPlace = { store: 'state', id: 'journalDraftLocked', field: 'draft' };

/**
 * Parts as bytes that no other parts give: a JSON array of strings and numbers, whose quoting and
 * separators make the boundaries between parts unambiguous, whatever the parts hold.
 */
function canonical(parts: readonly (string | number)[]): Uint8Array<ArrayBuffer> {
  return encodeText(JSON.stringify(parts));
}

/**
 * The AES-GCM additional data of a v2 text at `place`: the format version, store, record id and
 * field. Every v2 encryption and decryption (locked and sealed) takes it from here, and only here.
 */
export function textAad(place: TextPlace): Uint8Array<ArrayBuffer> {
  return canonical(['thaw text', TEXT_FORMAT, place.store, place.id, place.field]);
}

/**
 * The additional data of a vault key wrapped by the passphrase key (vault record v2). The data key's
 * names only its role; the private key's also binds the vault's id and public key, so a record whose
 * clear id or public key was swapped does not open (and a right passphrase still opens the data key,
 * which tells that damage apart from a wrong passphrase).
 */
export function keyWrapAad(
  key: 'dataKey' | 'privateKey',
  vault: { id: string; publicKey: string },
): Uint8Array<ArrayBuffer> {
  return key === 'dataKey'
    ? canonical(['thaw vault key', 2, 'dataKey'])
    : canonical(['thaw vault key', 2, 'privateKey', vault.id, vault.publicKey]);
}
