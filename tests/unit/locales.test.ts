/**
 * Every locale says everything English says, no more and no less, with the same placeholders; and every
 * key the code asks for exists. English is the reference (the default locale); a key added to
 * locales/en.yml without its translation fails here on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES_DIR = path.join(ROOT, 'locales');
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];

/** Each locale's messages, by dotted key, as the @wxt-dev/i18n build parses them. */
function loadLocales(): Map<string, Map<string, ParsedMessage>> {
  const locales = new Map<string, Map<string, ParsedMessage>>();
  for (const file of readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml'))) {
    const parsed = parseMessagesText(readFileSync(path.join(LOCALES_DIR, file), 'utf8'), 'YAML');
    locales.set(path.basename(file, '.yml'), new Map(parsed.map((m) => [m.key.join('.'), m])));
  }
  return locales;
}

/** Every text a message can show (one per plural form). */
function textsOf(message: ParsedMessage): string[] {
  if (message.type === 'plural') return Object.values(message.plurals);
  return [message.message];
}

/** The `$1`…`$9` substitutions a message uses, sorted. */
function placeholdersOf(message: ParsedMessage): string[] {
  const found = new Set(textsOf(message).flatMap((text) => text.match(/\$\d/g) ?? []));
  return [...found].sort();
}

/** Source files of the extension (tests excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The keys the code passes to `i18n.t` or `dynamicText` as string literals. A template literal becomes a
 * pattern: `exercises.${id}.name` matches any `exercises.<id>.name`.
 */
function keysUsedInCode(): { file: string; key: string; pattern: RegExp }[] {
  const call = /\b(?:i18n\.t|dynamicText)\(\s*(['"`])([^'"`]+)\1/g;
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(call)].map((match) => {
      const key = match[2] ?? '';
      const source = key
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[a-z0-9_]+');
      return { file: path.relative(ROOT, file), key, pattern: new RegExp(`^${source}$`) };
    }),
  );
}

const locales = loadLocales();
const english = locales.get('en') ?? new Map<string, ParsedMessage>();
const translations = [...locales].filter(([locale]) => locale !== 'en');

describe('locale files', () => {
  it('has English and Spanish, each a locale browsers support', () => {
    expect([...locales.keys()]).toEqual(expect.arrayContaining(['en', 'es']));
    for (const locale of locales.keys()) expect(SUPPORTED_LOCALES.has(locale), locale).toBe(true);
  });

  describe.each(translations)('%s', (_locale, messages) => {
    it('translates every English key', () => {
      expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
    });

    it('has no key English lacks (no typos, no leftovers)', () => {
      expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    it('keeps the kind of every message (plain or plural) and its placeholders', () => {
      for (const [key, message] of messages) {
        const reference = english.get(key);
        if (!reference) continue;
        expect(message.type, key).toBe(reference.type);
        expect(placeholdersOf(message), key).toEqual(placeholdersOf(reference));
      }
    });

    it('has no empty or untrimmed text', () => {
      for (const [key, message] of messages)
        for (const text of textsOf(message)) {
          expect(text.trim().length, key).toBeGreaterThan(0);
          expect(text, key).toBe(text.trim());
        }
    });

    it('keeps every phone number and text keyword of the help lines', () => {
      const reachable = (text: string) => (text.match(/\d[\d -]*\d|\d|\b[A-Z]{4,}\b/g) ?? []).sort();
      for (const [key, message] of messages) {
        const reference = english.get(key);
        if (!key.startsWith('help.lines.') || !reference) continue;
        expect(reachable(textsOf(message).join(' ')), key).toEqual(reachable(textsOf(reference).join(' ')));
      }
    });
  });

  it.each([...locales])('%s fits the store limits and the layout', (_locale, messages) => {
    const text = (key: string) => {
      const message = messages.get(key);
      return message ? (textsOf(message)[0] ?? '') : '';
    };
    // Chrome Web Store: a name of at most 45 characters, a description of at most 132.
    expect(text('extName').length).toBeLessThanOrEqual(45);
    expect(text('extDescription').length).toBeLessThanOrEqual(132);
    // Feeling words are chips in the popup; exercise names are headings on cards.
    for (const key of messages.keys()) {
      if (/^emotions\.[a-z0-9_]+\.name$/.test(key)) expect(text(key).length, key).toBeLessThanOrEqual(24);
      if (/^exercises\.[a-z0-9_]+\.name$/.test(key)) expect(text(key).length, key).toBeLessThanOrEqual(32);
    }
  });
});

describe('keys used in the code', () => {
  const used = keysUsedInCode();

  it('finds the calls it checks (the scan itself works)', () => {
    expect(used.some(({ key }) => key === 'popup.title')).toBe(true);
    expect(used.some(({ key }) => key.includes('${'))).toBe(true);
  });

  it('exist in English (and so, by the checks above, in every locale)', () => {
    const keys = [...english.keys()];
    const missing = used.filter(({ pattern }) => !keys.some((key) => pattern.test(key)));
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
