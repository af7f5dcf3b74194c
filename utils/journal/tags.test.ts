import { describe, expect, it } from 'vitest';
import { TAGS_MAX, TAG_MAX_LENGTH, addTags, distinctTags, normalizeTag, removeTag, sameTag } from './tags';

describe('tags', () => {
  it.each([
    ['  work ', 'work'],
    ['#sleep', 'sleep'],
    ['##deep   breath', 'deep breath'],
    ['   ', ''],
    ['#', ''],
  ])('normalizes %j to %j', (raw, tag) => {
    expect(normalizeTag(raw)).toBe(tag);
  });

  it('cuts long tags to the limit', () => {
    expect(normalizeTag('x'.repeat(100))).toHaveLength(TAG_MAX_LENGTH);
  });

  it('cuts a long tag between whole characters, never through an emoji', () => {
    const tag = normalizeTag(`${'x'.repeat(TAG_MAX_LENGTH - 1)}🌿🌿`);
    expect(tag).toBe('x'.repeat(TAG_MAX_LENGTH - 1));
    expect(tag.isWellFormed()).toBe(true);
  });

  it('adds several comma-separated tags, skipping blanks and duplicates in any case', () => {
    expect(addTags(['Work'], 'work, sleep, , #walk,sleep')).toEqual(['Work', 'sleep', 'walk']);
    expect(addTags([], '')).toEqual([]);
    expect(sameTag('Café', 'CAFÉ')).toBe(true);
  });

  it('stops at the maximum number of tags', () => {
    const many = Array.from({ length: TAGS_MAX }, (_, i) => `t${i}`);
    expect(addTags(many, 'one more')).toEqual(many);
    expect(addTags(many.slice(1), 'a, b')).toEqual([...many.slice(1), 'a']);
  });

  it('removes a tag without touching the others', () => {
    expect(removeTag(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeTag(['a'], 'z')).toEqual(['a']);
  });

  it('lists each tag once whatever its case, the first spelling kept, sorted', () => {
    expect(distinctTags(['Work', 'sleep', 'walk', 'work', 'WALK', 'Ärger'])).toEqual([
      'Ärger',
      'sleep',
      'walk',
      'Work',
    ]);
    expect(distinctTags([])).toEqual([]);
  });
});
