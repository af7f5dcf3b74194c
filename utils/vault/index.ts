/**
 * Thaw's optional passphrase lock, crypto only: passphrase-derived keys (PBKDF2-SHA-256), locked text
 * (AES-GCM-256 data key), sealed text (ECDH P-256 to the vault public key) and encrypted exports.
 * Pure WebCrypto: no extension APIs, no storage.
 */
export * from './base64';
export * from './cipher';
export * from './errors';
export * from './export-envelope';
export * from './kdf';
export * from './passphrase';
export * from './protected-text';
export * from './seal';
export * from './secrets';
export * from './text';
export * from './vault';
export * from './vault-record';
