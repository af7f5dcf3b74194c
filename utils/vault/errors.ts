/**
 * The three ways opening or reading protected data can fail. Pages tell them apart with `instanceof`
 * to show the right message; none of them means anything was lost or changed.
 */

/** The passphrase does not open the vault or the file (AES-GCM authentication failed). Try again. */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor(message = 'The passphrase is not right.', options?: ErrorOptions) {
    super(message, options);
  }
}

/** A vault record or encrypted file has the wrong shape, bad base64 or absurd settings: it was damaged. */
export class CorruptVaultError extends Error {
  override name = 'CorruptVaultError';
  constructor(message = 'The vault data is damaged.', options?: ErrorOptions) {
    super(message, options);
  }
}

/** A protected text belongs to another vault, or was altered so it no longer authenticates. */
export class UnreadableTextError extends Error {
  override name = 'UnreadableTextError';
  constructor(message = 'This text cannot be read with this vault.', options?: ErrorOptions) {
    super(message, options);
  }
}
