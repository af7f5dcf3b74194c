import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID } from './exercises';
import {
  NUMBNESS_CAUSES,
  NUMBNESS_EXERCISES,
  NUMBNESS_SIGNS,
  NUMBNESS_SOURCES,
  NUMBNESS_THERAPIES,
} from './numbness';
import { loadMessages } from './test-helpers';

const messages = loadMessages();

describe('about feeling numb', () => {
  it('has an English text for every cause, exercise, sign and therapy', () => {
    const keys = [
      ...NUMBNESS_CAUSES.map((id) => `numbness.causes.${id}`),
      ...NUMBNESS_EXERCISES.map((id) => `numbness.helps.${id}`),
      ...NUMBNESS_SIGNS.map((id) => `numbness.professional.${id}`),
      ...NUMBNESS_THERAPIES.map((id) => `numbness.therapies.${id}`),
    ];
    expect(keys.filter((key) => !messages.get(key))).toEqual([]);
  });

  it('links only exercises that exist', () => {
    for (const id of NUMBNESS_EXERCISES) expect(EXERCISE_BY_ID[id], id).toBeDefined();
  });

  it('names the causes the issue asks for, medicines with the prescriber and never stopping alone', () => {
    const medicines = messages.get('numbness.causes.medicines') ?? '';
    expect(medicines).toMatch(/antidepressant/);
    expect(medicines).toMatch(/prescribe/);
    expect(medicines).toMatch(/Never stop/);
    expect(messages.get('numbness.professional.not_living')).toMatch(/not wanting to live/);
  });

  it('gives every section its sources from the seed articles', () => {
    for (const [section, sources] of Object.entries(NUMBNESS_SOURCES)) {
      expect(sources.length, section).toBeGreaterThan(0);
      for (const source of sources) expect(source, section).toMatch(/^00[0-4]: .{5,}/);
    }
  });
});
