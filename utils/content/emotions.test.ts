import { describe, expect, it } from 'vitest';
import {
  CANT_TELL,
  EMOTION_BY_ID,
  EMOTION_GROUPS,
  EMOTIONS,
  QUADRANTS,
  emotionsFor,
  isDisconnected,
  isEmotionId,
  quadrantOf,
} from './emotions';

const quadrantWords = EMOTIONS.filter((emotion) => emotion.group !== 'disconnected');
const disconnectedWords = EMOTIONS.filter((emotion) => emotion.group === 'disconnected');

describe('emotion vocabulary', () => {
  it('has unique, snake_case ids', () => {
    const ids = EMOTIONS.map((emotion) => emotion.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('has at least 64 quadrant words, at least 14 in each quadrant', () => {
    expect(quadrantWords.length).toBeGreaterThanOrEqual(64);
    for (const quadrant of QUADRANTS) {
      expect(emotionsFor(quadrant).length, quadrant).toBeGreaterThanOrEqual(14);
    }
  });

  it('has the disconnected family', () => {
    const family = emotionsFor('disconnected').map((emotion) => emotion.id);
    for (const id of [
      'numb',
      'flat',
      'empty',
      'detached',
      'foggy',
      'blank',
      'disconnected',
      'shut_down',
      'hollow',
      'on_autopilot',
    ]) {
      expect(family).toContain(id);
    }
  });

  it('offers "I can\'t tell" as its own answer, apart from every group', () => {
    expect(CANT_TELL).toBe('cant_tell');
    expect(EMOTION_BY_ID.cant_tell.group).toBe('disconnected');
    for (const group of EMOTION_GROUPS) {
      expect(emotionsFor(group).map((emotion) => emotion.id)).not.toContain(CANT_TELL);
    }
  });

  it('places every quadrant word inside its quadrant, on the -5..5 meter', () => {
    for (const emotion of quadrantWords) {
      expect(quadrantOf(emotion.pleasantness, emotion.energy), emotion.id).toBe(emotion.group);
      expect(emotion.pleasantness, emotion.id).not.toBe(0);
      expect(emotion.energy, emotion.id).not.toBe(0);
      expect(Math.abs(emotion.pleasantness), emotion.id).toBeLessThanOrEqual(5);
      expect(Math.abs(emotion.energy), emotion.id).toBeLessThanOrEqual(5);
    }
  });

  it('places the disconnected words near the low, neutral middle', () => {
    for (const emotion of disconnectedWords) {
      expect(emotion.pleasantness, emotion.id).toBeGreaterThanOrEqual(-2);
      expect(emotion.pleasantness, emotion.id).toBeLessThanOrEqual(0);
      expect(emotion.energy, emotion.id).toBeGreaterThanOrEqual(-3);
      expect(emotion.energy, emotion.id).toBeLessThanOrEqual(0);
    }
  });

  it('indexes every word by id', () => {
    for (const emotion of EMOTIONS) expect(EMOTION_BY_ID[emotion.id]).toBe(emotion);
    expect(Object.keys(EMOTION_BY_ID)).toHaveLength(EMOTIONS.length);
    expect(isEmotionId('numb')).toBe(true);
    expect(isEmotionId('toString')).toBe(false);
    expect(isEmotionId('nope')).toBe(false);
  });

  it('lists each group in catalogue order', () => {
    expect(emotionsFor('high_unpleasant')[0]?.id).toBe('anxious');
    expect(emotionsFor('disconnected')[0]?.id).toBe('numb');
  });
});

describe('quadrantOf', () => {
  it.each([
    [-3, 3, 'high_unpleasant'],
    [3, 3, 'high_pleasant'],
    [-3, -3, 'low_unpleasant'],
    [3, -3, 'low_pleasant'],
    [0.1, 0.1, 'high_pleasant'],
    // Zero falls to the unpleasant / low side.
    [0, 0, 'low_unpleasant'],
    [0, 3, 'high_unpleasant'],
    [3, 0, 'low_pleasant'],
    [-3, 0, 'low_unpleasant'],
    [0, -3, 'low_unpleasant'],
    [5, 5, 'high_pleasant'],
    [-5, -5, 'low_unpleasant'],
  ] as const)('(%s, %s) is %s', (pleasantness, energy, quadrant) => {
    expect(quadrantOf(pleasantness, energy)).toBe(quadrant);
  });
});

describe('isDisconnected', () => {
  it.each([
    ['numb', true],
    ['flat', true],
    ['on_autopilot', true],
    ['cant_tell', true],
    ['anxious', false],
    ['calm', false],
    ['unknown_word', false],
    ['', false],
  ] as const)('%s -> %s', (id, expected) => {
    expect(isDisconnected(id)).toBe(expected);
  });
});
