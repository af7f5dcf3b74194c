import * as v from 'valibot';

/** Issue messages the problem mapper (problems.ts) recognises; valibot's own messages are English prose. */
export const MARKUP = 'markup';
export const UNKNOWN_ID = 'unknown_id';

/**
 * An HTML tag ("<b>", "</p>", "<img src=x onerror=...>"), comment ("<!--") or processing instruction
 * ("<?"). The pages always render text as text, but a file carrying markup was not written by
 * Thaw's own pages, so it is refused rather than kept. A lone "<" ("a < b", "<3", "x<y") is fine.
 */
const MARKUP_PATTERN = /<(?:\/?[a-z][^<>]*>|!--|\?)/i;
export const hasMarkup = (text: string): boolean => MARKUP_PATTERN.test(text);

/** Free text of at most `max` characters, without markup. */
export const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((t) => !hasMarkup(t), MARKUP),
  );

/** An id from one of the content catalogues (emotions, body, exercises, prompts). */
export const contentId = (known: (id: string) => boolean) => v.pipe(v.string(), v.check(known, UNKNOWN_ID));
