/**
 * Every content id has its texts in locales/en.yml, and every content text belongs to an id.
 * The file is parsed with the @wxt-dev/i18n build parser, exactly as the extension build reads it.
 */
import { describe, expect, it } from 'vitest';
import { BODY_SENSATIONS } from './body';
import { EMOTIONS } from './emotions';
import { DEFAULT_FACTORS } from './factors';
import { CARE_NOTES, EXERCISES, type Exercise } from './exercises';
import { HELP_LINES } from './helplines';
import { PROMPTS } from './prompts';
import { SUGGESTION_REASONS } from '../suggestions/suggest';
import { CONTENT_ROOTS, chromeMessageKeys, loadMessages, loadParsedMessages } from './test-helpers';

const messages = loadMessages();

function expectedKeys(): string[] {
  const keys: string[] = [];
  for (const emotion of EMOTIONS)
    keys.push(`emotions.${emotion.id}.name`, `emotions.${emotion.id}.definition`);
  for (const sensation of BODY_SENSATIONS) keys.push(`body.${sensation.id}`);
  for (const factor of DEFAULT_FACTORS) keys.push(`factor_names.${factor.id}`);
  for (const exercise of EXERCISES as readonly Exercise[]) {
    keys.push(`exercises.${exercise.id}.name`, `exercises.${exercise.id}.summary`);
    for (const step of exercise.steps) keys.push(`exercises.${exercise.id}.steps.${step.key}`);
    for (const note of exercise.notes ?? []) keys.push(`exercises.${exercise.id}.notes.${note}`);
  }
  for (const care of CARE_NOTES) keys.push(`exercises.care_notes.${care}`);
  for (const prompt of PROMPTS) keys.push(`prompts.${prompt.id}`);
  for (const line of HELP_LINES) keys.push(`help.lines.${line.id}.name`, `help.lines.${line.id}.description`);
  keys.push('help.danger', 'help.not_medical', 'help.another_country', 'help.hours.always');
  keys.push('help.actions.call', 'help.actions.text', 'help.actions.chat', 'help.actions.web');
  for (const reason of SUGGESTION_REASONS) keys.push(`suggestions.reasons.${reason}`);
  return keys;
}

const expected = expectedKeys();
const contentKeys = [...messages.keys()].filter((key) =>
  (CONTENT_ROOTS as readonly string[]).includes(key.split('.')[0] ?? ''),
);

describe('content texts in locales/en.yml', () => {
  it('parses as plain messages (no plural or Chrome-style objects in the content)', () => {
    const odd = loadParsedMessages().filter(
      (message) =>
        message.type !== 'simple' && (CONTENT_ROOTS as readonly string[]).includes(message.key[0] ?? ''),
    );
    expect(odd.map((message) => message.key.join('.'))).toEqual([]);
  });

  it('has a text for every content id', () => {
    expect(expected.filter((key) => !messages.has(key))).toEqual([]);
  });

  it('has no text without an id (no typos, no leftovers)', () => {
    const wanted = new Set(expected);
    expect(contentKeys.filter((key) => !wanted.has(key))).toEqual([]);
  });

  it('keeps every text short, one line, and free of placeholders', () => {
    for (const key of contentKeys) {
      const text = messages.get(key) ?? '';
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(text.length, key).toBeLessThanOrEqual(200);
      expect(text, key).not.toMatch(/[\n\r]/);
      expect(text, key).not.toMatch(/[$]|\{|\}/);
      expect(text, key).toBe(text.trim());
    }
  });

  it('keeps names and definitions brief', () => {
    for (const emotion of EMOTIONS) {
      expect(messages.get(`emotions.${emotion.id}.name`)?.length, emotion.id).toBeLessThanOrEqual(24);
      expect(messages.get(`emotions.${emotion.id}.definition`)?.length, emotion.id).toBeLessThanOrEqual(90);
    }
    for (const exercise of EXERCISES) {
      expect(messages.get(`exercises.${exercise.id}.name`)?.length, exercise.id).toBeLessThanOrEqual(32);
      expect(messages.get(`exercises.${exercise.id}.summary`)?.length, exercise.id).toBeLessThanOrEqual(120);
    }
  });

  it('says the safety lines plainly', () => {
    expect(messages.get('help.danger')).toBe(
      'If you are in danger right now, call your local emergency number.',
    );
    const notMedical = messages.get('help.not_medical') ?? '';
    expect(notMedical).toMatch(/not a medical device/);
    expect(notMedical).toMatch(/diagnos/);
    expect(notMedical).toMatch(/not a crisis service/);
    expect(notMedical).toMatch(/doctor|therapist|professional/);
  });

  it('mentions each number in the description of its help line', () => {
    for (const line of HELP_LINES) {
      const description = messages.get(`help.lines.${line.id}.description`) ?? '';
      const reach: readonly (string | undefined)[] = [
        'number' in line ? line.number : undefined,
        'textTo' in line ? line.textTo : undefined,
        'alsoNumber' in line ? line.alsoNumber : undefined,
      ];
      for (const value of reach) if (value) expect(description, line.id).toContain(value);
    }
  });

  it('gives unique keys in the generated messages.json (Chrome keys ignore case)', () => {
    const keys = chromeMessageKeys().map((key) => key.toLowerCase());
    expect(keys.length).toBe(new Set(keys).size);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9_@]+$/);
  });
});
