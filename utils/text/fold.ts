/** Any letter outside plain ASCII, which most notes are written in and folding cannot change. */
const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Text folded for matching: lower case, accents removed ("Ánimo" matches "animo", "cafe" finds
 * "Café"). Combining marks go after decomposing; ASCII punctuation such as ^ and ` stays.
 */
export function fold(text: string): string {
  // Searching folds every record it reads: plain ASCII skips decomposing (it has no accents to drop).
  if (!NON_ASCII.test(text)) return text.toLocaleLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
