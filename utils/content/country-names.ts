import { COUNTRIES, type CountryCode } from './helplines';

/** A country's name in a language, from the browser's own data (Intl), or its code when Intl has none. */
export function countryName(code: CountryCode, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country we know, by name in that language, in its alphabetical order. */
export function countriesByName(locale: string): { code: CountryCode; name: string }[] {
  const collator = new Intl.Collator(locale);
  return COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
