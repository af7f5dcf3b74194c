/** Characters as a reader sees them (an emoji with its joiners and skin tone, a flag, a letter and its accent). */
const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The longest start of `text` that is at most `max` UTF-16 units long (the unit every limit in Thaw
 * counts, as `length` does) and ends between two whole characters. Cutting by units alone could
 * leave half an emoji: a lone surrogate, which no encoding can store and the lock would replace.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of characters.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
