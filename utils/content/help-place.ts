/**
 * Which country's help to show: the person's own choice when they made one, else a careful guess from the
 * browser's language, else none ("another country": the local emergency number and the directory).
 */
import { isCountryCode, isHelpPlace, type CountryCode, type HelpPlace } from './helplines';

/**
 * Languages that, written without a country, nearly always mean one country we list, and where a wrong
 * guess would still show the right emergency number (the few other places that write them use the same
 * one). Spanish, French, German, Dutch, Portuguese, English and other languages of several countries give
 * no guess: Germany's free 0800 lines, say, do not answer from Austria or Switzerland, so leading with them
 * for "de" could point someone at a line that does not answer. The page asks where they are instead.
 */
const LANGUAGE_COUNTRY: Readonly<Record<string, CountryCode>> = {
  ja: 'JP',
  it: 'IT',
  ga: 'IE',
  pl: 'PL',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  ro: 'RO',
  bg: 'BG',
  hr: 'HR',
  sl: 'SI',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  fi: 'FI',
  da: 'DK',
  sv: 'SE',
  el: 'GR',
  mt: 'MT',
  is: 'IS',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  // Languages spoken mainly in India.
  hi: 'IN',
  mr: 'IN',
  gu: 'IN',
  kn: 'IN',
  ml: 'IN',
  te: 'IN',
  or: 'IN',
  as: 'IN',
};

/**
 * A country from a BCP 47 locale such as the browser's language: "es-ES" -> ES, "es-MX" -> MX,
 * "de-AT" -> AT, "en-GB" or "en-UK" -> GB, "ja" -> JP; "es", "fr", "de", "en", "es-419" -> null (no guess).
 * A country we do not list ("fr-SN") is no guess either. Accepts "_" as a separator and any letter case.
 */
export function countryFromLocale(locale: string): CountryCode | null {
  const [language = '', ...rest] = locale.trim().split(/[-_]/);
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part));
  if (region) {
    const code = region.toUpperCase() === 'UK' ? 'GB' : region.toUpperCase();
    return isCountryCode(code) ? code : null;
  }
  const key = language.toLowerCase();
  return Object.prototype.hasOwnProperty.call(LANGUAGE_COUNTRY, key) ? (LANGUAGE_COUNTRY[key] ?? null) : null;
}

/**
 * The help-line setting of earlier versions named regions, not countries. Each old value becomes the
 * country it meant; "eu" named no country (and was picked by people whose language did not say where they
 * are), so it becomes "another country" rather than a guess; "other" stays. Current values pass through;
 * anything else is null (follow the browser's language).
 */
const OLD_REGIONS: Readonly<Record<string, HelpPlace>> = {
  us: 'US',
  uk: 'GB',
  ca: 'CA',
  au: 'AU',
  in: 'IN',
  ie: 'IE',
  eu: 'other',
};

export function migrateHelpRegion(value: unknown): HelpPlace | null {
  if (isHelpPlace(value)) return value;
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(OLD_REGIONS, value)) {
    return OLD_REGIONS[value] ?? null;
  }
  return null;
}

/** Old values an imported file may still hold. */
export const OLD_REGION_VALUES: readonly string[] = Object.keys(OLD_REGIONS);

/** The place to show: the stored choice, else the browser language's country, else "another country". */
export function helpPlaceFor(stored: string | null | undefined, browserLocale: string): HelpPlace {
  return migrateHelpRegion(stored) ?? countryFromLocale(browserLocale) ?? 'other';
}
