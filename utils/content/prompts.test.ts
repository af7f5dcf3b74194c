import { describe, expect, it } from 'vitest';
import { PROMPT_BY_ID, PROMPTS, isPromptId, nextPrompt, pickWith, promptsFor } from './prompts';
import { seededRandom } from './test-helpers';

describe('journal prompts', () => {
  it('has at least 32 prompts with unique, snake_case ids', () => {
    const ids = PROMPTS.map((prompt) => prompt.id);
    expect(ids.length).toBeGreaterThanOrEqual(32);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const prompt of PROMPTS) expect(PROMPT_BY_ID[prompt.id]).toBe(prompt);
    expect(isPromptId('describe_numbness')).toBe(true);
    expect(isPromptId('valueOf')).toBe(false);
  });

  it('covers the themes of the source articles', () => {
    for (const theme of [
      'numbness',
      'body',
      'joy',
      'avoidance',
      'connection',
      'stressors',
      'rest',
      'self_compassion',
      'gratitude',
    ] as const) {
      expect(promptsFor(theme).length, theme).toBeGreaterThanOrEqual(2);
    }
    expect(isPromptId('describe_numbness')).toBe(true);
    expect(isPromptId('stressor_list')).toBe(true);
    expect(isPromptId('small_joy_before')).toBe(true);
    expect(isPromptId('reach_someone')).toBe(true);
  });

  it('filters by several themes at once', () => {
    const both = promptsFor('joy', 'gratitude');
    expect(both.length).toBe(promptsFor('joy').length + promptsFor('gratitude').length);
    expect(promptsFor()).toEqual([]);
  });
});

describe('nextPrompt', () => {
  it('never returns the current prompt', () => {
    const random = seededRandom(42);
    let current: string | undefined = undefined;
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const next = nextPrompt(current, random);
      expect(next).not.toBe(current);
      expect(isPromptId(next)).toBe(true);
      seen.add(next);
      current = next;
    }
    // Every prompt turns up sooner or later.
    expect(seen.size).toBe(PROMPTS.length);
  });

  it('copes with the edges of the random source', () => {
    const first = PROMPTS[0].id;
    const last = PROMPTS[PROMPTS.length - 1]?.id;
    expect(nextPrompt(undefined, () => 0)).toBe(first);
    expect(nextPrompt(first, () => 0)).toBe(PROMPTS[1].id);
    expect(nextPrompt(undefined, () => 0.999999)).toBe(last);
    expect(nextPrompt(last, () => 1)).not.toBe(last);
    expect(nextPrompt('not_a_prompt', () => 0)).toBe(first);
  });

  it('pickWith stays inside the list', () => {
    expect(pickWith(['a', 'b', 'c'], () => 1)).toBe('c');
    expect(pickWith(['a', 'b', 'c'], () => -0.5)).toBe('a');
    expect(pickWith(['a', 'b', 'c'], () => 0.5)).toBe('b');
  });
});
