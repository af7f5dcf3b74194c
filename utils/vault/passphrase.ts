/** Fewest characters a new passphrase may have (spaces count). */
export const PASSPHRASE_MIN_LENGTH = 8;
/** Most characters a new passphrase may have: long enough for any sentence, short enough to type-check. */
export const PASSPHRASE_MAX_LENGTH = 1024;

/**
 * The passphrase as the key derivation sees it: Unicode NFC, so the same words typed on systems that
 * compose accents differently ("é" as one or two code points) open the same vault. Nothing is trimmed.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * What is wrong with a passphrase the user wants to set, for the message shown to them, or null when
 * it is acceptable. Characters are Unicode code points after NFC, so "é" and "🙂" count once.
 * Only for new passphrases: opening never applies these rules, so changing them cannot lock anyone out.
 */
export function passphraseProblem(passphrase: string): 'too_short' | 'too_long' | null {
  const length = [...normalizePassphrase(passphrase)].length;
  if (length < PASSPHRASE_MIN_LENGTH) return 'too_short';
  if (length > PASSPHRASE_MAX_LENGTH) return 'too_long';
  return null;
}

/** Throws a RangeError for a passphrase that breaks the rules: creating a vault or file with one is a bug. */
export function assertNewPassphrase(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem !== null) throw new RangeError(`Passphrase rejected: ${problem}`);
}
