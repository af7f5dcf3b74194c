/**
 * Helpers for the content and suggestion tests only (never imported by the extension).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

export const EN_LOCALE_PATH = fileURLToPath(new URL('../../locales/en.yml', import.meta.url));

/** The top-level keys of locales/en.yml that hold content texts. */
export const CONTENT_ROOTS = [
  'emotions',
  'body',
  'exercises',
  'prompts',
  'help',
  'suggestions',
  'factor_names',
] as const;

/** locales/en.yml parsed exactly as the @wxt-dev/i18n build parses it. */
export function loadParsedMessages(): ParsedMessage[] {
  return parseMessagesText(readFileSync(EN_LOCALE_PATH, 'utf8'), 'YAML');
}

/** Every plain text message of locales/en.yml, by dotted key (the key `i18n.t` takes). */
export function loadMessages(): Map<string, string> {
  const messages = new Map<string, string>();
  for (const message of loadParsedMessages()) {
    if (message.type === 'simple') messages.set(message.key.join('.'), message.message);
  }
  return messages;
}

/** The keys of the generated Chrome messages.json. */
export function chromeMessageKeys(): string[] {
  return Object.keys(generateChromeMessages(loadParsedMessages()));
}

/** A small seeded random source (mulberry32), so random tests are repeatable. */
export { randomSource as seededRandom } from '../../tests/tools/seed-random';
