import * as v from 'valibot';
import { isKeptTime } from '../time/kept-time';

/** Issue messages the problem mapper (problems.ts) recognises; valibot's own messages are English prose. */
export const UNKNOWN_ID = 'unknown_id';
export const BAD_TIME = 'bad_time';

/**
 * An HTML tag ("<b>", "</p>", "<img src=x onerror=...>"), comment ("<!--") or processing instruction
 * ("<?"). A lone "<" ("a < b", "<3", "x<y") is not. Such text is imported as written (a user may
 * well have typed "<b>" in a note): the pages render it as text, so the preview only names it.
 */
const MARKUP_PATTERN = /<(?:\/?[a-z][^<>]*>|!--|\?)/i;
export const hasMarkup = (text: string): boolean => MARKUP_PATTERN.test(text);

/**
 * Free text of at most `max` characters, kept exactly as written, except that half an emoji (a lone
 * surrogate, as an older build's cut at a limit could leave) becomes U+FFFD: it is no character,
 * cannot be stored encrypted, and would otherwise change silently when the lock is turned on.
 */
export const freeText = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) => text.toWellFormed()),
    v.maxLength(max),
  );

/** A time Thaw keeps (utils/time/kept-time.ts): a number, then within its range. */
export const time = () =>
  v.pipe(
    v.number(),
    v.check((value: number) => isKeptTime(value), BAD_TIME),
  );

/** An id from one of the content catalogues (emotions, body, exercises, prompts). */
export const contentId = (known: (id: string) => boolean) => v.pipe(v.string(), v.check(known, UNKNOWN_ID));
