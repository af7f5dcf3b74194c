import { describe, expect, it } from 'vitest';
import { countryFromLocale, helpPlaceFor, migrateHelpRegion } from './help-place';
import { isCountryCode } from './helplines';

describe('countryFromLocale', () => {
  it.each([
    // A country in the locale decides.
    ['es-ES', 'ES'],
    ['es-MX', 'MX'],
    ['es-AR', 'AR'],
    ['es-CO', 'CO'],
    ['es-CL', 'CL'],
    ['es-US', 'US'],
    ['fr-FR', 'FR'],
    ['fr-BE', 'BE'],
    ['fr-CH', 'CH'],
    ['fr-CA', 'CA'],
    ['de-DE', 'DE'],
    ['de-AT', 'AT'],
    ['de-CH', 'CH'],
    ['it-IT', 'IT'],
    ['it-CH', 'CH'],
    ['nl-NL', 'NL'],
    ['nl-BE', 'BE'],
    ['pt-PT', 'PT'],
    ['pt-BR', 'BR'],
    ['en-US', 'US'],
    ['en-GB', 'GB'],
    ['en-UK', 'GB'],
    ['cy-GB', 'GB'],
    ['en-IE', 'IE'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['en-ZA', 'ZA'],
    ['en-IN', 'IN'],
    ['ja-JP', 'JP'],
    ['pl-PL', 'PL'],
    ['sv-SE', 'SE'],
    ['zh-Hant-TW', null],
    ['fr-SN', null],
    ['es-419', null],
    ['en_US', 'US'],
    ['EN-us', 'US'],
    // No country: a language of one country guesses it; a language of many does not.
    ['ja', 'JP'],
    ['it', 'IT'],
    ['ga', 'IE'],
    ['hi', 'IN'],
    ['pl', 'PL'],
    ['es', null],
    ['fr', null],
    ['de', null],
    ['nl', null],
    ['pt', null],
    ['en', null],
    ['ar', null],
    ['', null],
    ['garbage!!', null],
    ['constructor', null],
  ] as const)('%s -> %s', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });

  it('only ever returns a country we know, or null', () => {
    for (const locale of ['x', 'x-y', 'x-yz', 'xx-YY-ZZ', '-', '_', 'toString', 'en-constructor', 'es-999']) {
      const country = countryFromLocale(locale);
      expect(country === null || isCountryCode(country), locale).toBe(true);
    }
  });
});

describe('migrateHelpRegion', () => {
  it.each([
    ['us', 'US'],
    ['uk', 'GB'],
    ['ca', 'CA'],
    ['au', 'AU'],
    ['in', 'IN'],
    ['ie', 'IE'],
    // "EU" said in Europe, not where: never guess a country's line from it.
    ['eu', 'other'],
    ['other', 'other'],
    ['ES', 'ES'],
    ['GB', 'GB'],
    [null, null],
    [undefined, null],
    ['', null],
    ['XX', null],
    ['toString', null],
    [42, null],
  ] as const)('%s -> %s', (old, place) => {
    expect(migrateHelpRegion(old)).toBe(place);
  });
});

describe('helpPlaceFor', () => {
  it('prefers the stored choice, then the language, then another country', () => {
    expect(helpPlaceFor('GB', 'es-ES')).toBe('GB');
    expect(helpPlaceFor('other', 'es-ES')).toBe('other');
    expect(helpPlaceFor(null, 'es-ES')).toBe('ES');
    expect(helpPlaceFor(undefined, 'de-AT')).toBe('AT');
    expect(helpPlaceFor(null, 'es')).toBe('other');
    expect(helpPlaceFor('eu', 'de-DE')).toBe('other');
    expect(helpPlaceFor('uk', 'en-US')).toBe('GB');
  });
});
