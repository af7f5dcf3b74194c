/** Tags on journal entries: short labels the user types, kept tidy and without duplicates. */
import { cutToLength } from '../text/whole-characters';

export const TAG_MAX_LENGTH = 40;
export const TAGS_MAX = 20;

/** A tag as stored: trimmed, inner spaces collapsed, a leading "#" dropped, cut to the limit in whole characters. */
export function normalizeTag(raw: string): string {
  return cutToLength(raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim(), TAG_MAX_LENGTH).trim();
}

/** The same tag whatever its case ("Work" and "work" are one tag). */
export function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * Adds the tags typed in `raw` (several may be separated by commas) to `tags`, skipping empty
 * ones, ones already there in any case, and any past the limit of TAGS_MAX.
 */
export function addTags(tags: readonly string[], raw: string): string[] {
  const next = [...tags];
  for (const part of raw.split(',')) {
    const tag = normalizeTag(part);
    if (tag && next.length < TAGS_MAX && !next.some((t) => sameTag(t, tag))) next.push(tag);
  }
  return next;
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => t !== tag);
}

/** Each tag once whatever its case (the first spelling met wins), sorted for the eye. */
export function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const folded = tag.toLocaleLowerCase();
    if (!seen.has(folded)) {
      seen.add(folded);
      kept.push(tag);
    }
  }
  return kept.sort((a, b) => a.localeCompare(b));
}
