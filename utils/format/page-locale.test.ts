import { describe, expect, it } from 'vitest';
import { pageLocaleFor } from './page-locale';

describe('pageLocaleFor: dates speak the language of the texts', () => {
  it.each([
    ['Spanish texts in a Mexican browser keep the region', 'es', ['es-MX', 'en'], 'es-MX'],
    ['Spanish texts in a Spanish browser', 'es', ['es-ES'], 'es-ES'],
    ['Latin-American Spanish tag', 'es', ['es-419'], 'es-419'],
    ['English texts in a Spanish browser stay English', 'en', ['es-ES', 'es'], 'en'],
    ['English texts find a later English variant', 'en', ['de-DE', 'en-GB'], 'en-GB'],
    ['Spanish texts in an English browser', 'es', ['en-US'], 'es'],
    ['no browser languages', 'es', [], 'es'],
    ['case and underscores do not matter', 'ES', ['es_mx'], 'es-MX'],
    ['a malformed browser tag is passed over', 'es', ['es-$$', 'es-AR'], 'es-AR'],
    ['an extension locale with a region', 'es_419', ['en'], 'es-419'],
  ])('%s', (_name, text, browser, expected) => {
    expect(pageLocaleFor(text, browser)).toBe(expected);
  });

  it('formats a relative time in the texts language, not the browser one', () => {
    const locale = pageLocaleFor('en', ['es-ES']);
    expect(new Intl.RelativeTimeFormat(locale).format(50, 'minute')).toBe('in 50 minutes');
  });
});
