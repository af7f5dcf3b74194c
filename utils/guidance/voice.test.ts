import { describe, expect, it } from 'vitest';
import { langParts, pickLocalVoice, type VoiceInfo } from './voice';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
  name,
  lang,
  localService,
  default: isDefault,
});

// Roughly what Chrome lists on a desktop: the system's voices (local) and Google's (online).
const DESKTOP = [
  voice('Google US English', 'en-US', false, true),
  voice('Google español', 'es-ES', false),
  voice('Google español de Estados Unidos', 'es-US', false),
  voice('Samantha', 'en-US'),
  voice('Daniel', 'en-GB'),
  voice('Mónica', 'es-ES'),
  voice('Paulina', 'es-MX'),
  voice('Thomas', 'fr-FR', true, true),
];

describe('pickLocalVoice', () => {
  it.each<[string, readonly VoiceInfo[], string, string[], string | null]>([
    ['an English page, US browser', DESKTOP, 'en', ['en-US'], 'Samantha'],
    ['an English page, British browser', DESKTOP, 'en', ['en-GB', 'en'], 'Daniel'],
    ['a Spanish page, Mexican browser', DESKTOP, 'es', ['es-MX', 'es'], 'Paulina'],
    ['a Spanish page, Spanish browser', DESKTOP, 'es', ['es-ES'], 'Mónica'],
    ['a Spanish page, Argentinian browser: another region, by name', DESKTOP, 'es', ['es-AR'], 'Mónica'],
    ['a Spanish page, English browser: by name', DESKTOP, 'es', ['en-US'], 'Mónica'],
    ['the page language decides, not the browser', DESKTOP, 'en', ['fr-FR'], 'Daniel'],
    ['no voices at all (headless, or none installed)', [], 'en', ['en-US'], null],
    [
      'only online voices: none, never an online one',
      DESKTOP.filter((v) => !v.localService),
      'es',
      ['es-ES'],
      null,
    ],
    ['local voices, but none in the language', [voice('Thomas', 'fr-FR')], 'es', ['es-ES'], null],
    [
      'the default voice among several of the region',
      [voice('B', 'en-US'), voice('A', 'en-US'), voice('C', 'en-US', true, true)],
      'en',
      ['en-US'],
      'C',
    ],
    ['an underscore tag (some systems)', [voice('Lucía', 'es_ES')], 'es', ['es-ES'], 'Lucía'],
    ['a bare language tag', [voice('Plain', 'en')], 'en', ['en-US'], 'Plain'],
    [
      'a Latin American voice (es-419)',
      [voice('Latam', 'es-419'), voice('Spain', 'es-ES')],
      'es',
      ['es-419'],
      'Latam',
    ],
    ['an empty page language', DESKTOP, '', ['en-US'], null],
  ])('%s', (_case, voices, pageLang, browserLangs, expected) => {
    expect(pickLocalVoice(voices, pageLang, browserLangs)?.name ?? null).toBe(expected);
  });

  it('never returns a voice that is not on the device, whatever else it is', () => {
    const online = [voice('Remote default', 'en-US', false, true), voice('Remote', 'en-GB', false)];
    for (const langs of [['en-US'], ['en-GB'], []]) expect(pickLocalVoice(online, 'en', langs)).toBeNull();
    expect(pickLocalVoice([...online, voice('Here', 'en-AU')], 'en', ['en-US'])?.localService).toBe(true);
  });
});

describe('langParts', () => {
  it.each([
    ['es-MX', ['es', 'mx']],
    ['es_mx', ['es', 'mx']],
    ['EN', ['en', '']],
    ['es-419', ['es', '419']],
    ['zh-Hant-TW', ['zh', '']],
    ['', ['', '']],
  ] as const)('%s', (tag, parts) => {
    expect(langParts(tag)).toEqual(parts);
  });
});
