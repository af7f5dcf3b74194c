/**
 * Keeps an edit within `max` characters without losing what was already there: the overflow is
 * taken from the end of what was just inserted (the characters right before the caret).
 */
export function fitToLimit(next: string, caret: number, max: number): string {
  if (next.length <= max) return next;
  const overflow = next.length - max;
  const cut = Math.max(0, caret - overflow);
  return next.slice(0, cut) + next.slice(Math.max(caret, cut));
}
