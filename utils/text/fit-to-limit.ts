import { cutToLength } from './whole-characters';

/**
 * Keeps an edit within `max` characters without losing what was already there: the overflow is
 * taken from the end of what was just inserted (the characters right before the caret), in whole
 * characters.
 */
export function fitToLimit(next: string, caret: number, max: number): string {
  if (next.length <= max) return next;
  const tail = next.slice(caret);
  return cutToLength(next.slice(0, caret), Math.max(0, max - tail.length)) + tail;
}
