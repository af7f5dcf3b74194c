/**
 * Where to find real help, by region. Data only; texts live in locales/en.yml:
 * `help.regions.<region>`, `help.lines.<id>.name`, `help.lines.<id>.description`, `help.hours.<hours>`,
 * `help.actions.<kind>`, `help.danger`, `help.not_medical`.
 *
 * Only numbers we are sure of. Every region also lists the international directory (findahelpline.com).
 */

export type HelpRegion = 'us' | 'uk' | 'ca' | 'au' | 'in' | 'ie' | 'eu' | 'other';

export const HELP_REGIONS = [
  'us',
  'uk',
  'ca',
  'au',
  'in',
  'ie',
  'eu',
  'other',
] as const satisfies readonly HelpRegion[];

export type HelpLineKind = 'call' | 'text' | 'web';

/** Known opening hours; absent when they vary or we are not sure. */
export type HelpLineHours = 'always';

export interface HelpLine<Id extends string = string> {
  readonly id: Id;
  /** The region it serves; 'international' lines are listed in every region. */
  readonly region: HelpRegion | 'international';
  /** The main way to reach it; `url` is the link for that way (tel:, sms: or https:). */
  readonly kind: HelpLineKind;
  /** Number to call, as people write it locally. */
  readonly number?: string;
  /** Number to text. */
  readonly textTo?: string;
  /** Word to send when texting, if the service asks for one. */
  readonly textBody?: string;
  readonly url?: string;
  readonly hours?: HelpLineHours;
  /** The local emergency number. */
  readonly emergency?: boolean;
}

export const HELP_LINES = [
  // United States
  { id: 'us_988', region: 'us', kind: 'call', number: '988', textTo: '988', url: 'tel:988', hours: 'always' },
  {
    id: 'us_crisis_text_line',
    region: 'us',
    kind: 'text',
    textTo: '741741',
    textBody: 'HOME',
    url: 'sms:741741?body=HOME',
    hours: 'always',
  },
  {
    id: 'us_samhsa',
    region: 'us',
    kind: 'call',
    number: '1-800-662-4357',
    url: 'tel:+18006624357',
    hours: 'always',
  },
  { id: 'us_emergency', region: 'us', kind: 'call', number: '911', url: 'tel:911', emergency: true },

  // United Kingdom
  { id: 'uk_samaritans', region: 'uk', kind: 'call', number: '116 123', url: 'tel:116123', hours: 'always' },
  {
    id: 'uk_shout',
    region: 'uk',
    kind: 'text',
    textTo: '85258',
    textBody: 'SHOUT',
    url: 'sms:85258?body=SHOUT',
    hours: 'always',
  },
  { id: 'uk_emergency', region: 'uk', kind: 'call', number: '999', url: 'tel:999', emergency: true },

  // Canada
  { id: 'ca_988', region: 'ca', kind: 'call', number: '988', textTo: '988', url: 'tel:988', hours: 'always' },
  { id: 'ca_emergency', region: 'ca', kind: 'call', number: '911', url: 'tel:911', emergency: true },

  // Australia
  { id: 'au_lifeline', region: 'au', kind: 'call', number: '13 11 14', url: 'tel:131114', hours: 'always' },
  {
    id: 'au_beyond_blue',
    region: 'au',
    kind: 'call',
    number: '1300 22 4636',
    url: 'tel:1300224636',
    hours: 'always',
  },
  { id: 'au_emergency', region: 'au', kind: 'call', number: '000', url: 'tel:000', emergency: true },

  // India
  { id: 'in_tele_manas', region: 'in', kind: 'call', number: '14416', url: 'tel:14416', hours: 'always' },
  { id: 'in_emergency', region: 'in', kind: 'call', number: '112', url: 'tel:112', emergency: true },

  // Ireland
  { id: 'ie_samaritans', region: 'ie', kind: 'call', number: '116 123', url: 'tel:116123', hours: 'always' },
  { id: 'ie_text_50808', region: 'ie', kind: 'text', textTo: '50808', url: 'sms:50808', hours: 'always' },
  { id: 'ie_emergency', region: 'ie', kind: 'call', number: '112', url: 'tel:112', emergency: true },

  // European Union
  { id: 'eu_116123', region: 'eu', kind: 'call', number: '116 123', url: 'tel:116123' },
  { id: 'eu_emergency', region: 'eu', kind: 'call', number: '112', url: 'tel:112', emergency: true },

  // Everywhere
  { id: 'findahelpline', region: 'international', kind: 'web', url: 'https://findahelpline.com' },
] as const satisfies readonly HelpLine[];

export type HelpLineId = (typeof HELP_LINES)[number]['id'];

export const HELP_LINE_BY_ID: Readonly<Record<HelpLineId, HelpLine<HelpLineId>>> = Object.fromEntries(
  HELP_LINES.map((line) => [line.id, line]),
) as Record<HelpLineId, HelpLine<HelpLineId>>;

/** The lines to show for a region: its own (support lines first, emergency last), then international ones. */
export function linesFor(region: HelpRegion): readonly HelpLine<HelpLineId>[] {
  const own: HelpLine<HelpLineId>[] = HELP_LINES.filter((line) => line.region === region);
  const international: HelpLine<HelpLineId>[] = HELP_LINES.filter((line) => line.region === 'international');
  return [...own, ...international];
}

/** Every link a line offers: call (tel:), text (sms:) and its web page (https:). */
export function lineLinks(line: HelpLine): { call?: string; text?: string; web?: string } {
  const links: { call?: string; text?: string; web?: string } = {};
  if (line.number)
    links.call = line.kind === 'call' && line.url ? line.url : `tel:${line.number.replace(/[^\d+]/g, '')}`;
  if (line.textTo) {
    links.text =
      line.kind === 'text' && line.url
        ? line.url
        : `sms:${line.textTo}${line.textBody ? `?body=${encodeURIComponent(line.textBody)}` : ''}`;
  }
  if (line.url?.startsWith('https:')) links.web = line.url;
  return links;
}

export function isHelpRegion(value: string): value is HelpRegion {
  return (HELP_REGIONS as readonly string[]).includes(value);
}

/** Member states of the European Union (ISO 3166-1 alpha-2), where 112 is the emergency number. */
const EU_COUNTRIES = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** Countries with a region of their own (checked before the EU, so Ireland stays Ireland). */
const COUNTRY_REGIONS = new Map<string, HelpRegion>([
  ['US', 'us'],
  ['GB', 'uk'],
  ['UK', 'uk'],
  ['CA', 'ca'],
  ['AU', 'au'],
  ['IN', 'in'],
  ['IE', 'ie'],
]);

/**
 * Languages that, with no country given, mostly mean one region. Irish means Ireland; Hindi and other
 * languages spoken mainly in India mean India; official languages of EU states mean the EU. Languages
 * spoken widely beyond one region (English; Bengali or Tamil, say) give no guess.
 */
const LANGUAGE_REGIONS = new Map<string, HelpRegion>([
  ['ga', 'ie'],
  ...'hi mr gu kn ml te or as'.split(' ').map((language): [string, HelpRegion] => [language, 'in']),
  ...'bg cs da de el es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv'
    .split(' ')
    .map((language): [string, HelpRegion] => [language, 'eu']),
]);

/**
 * A help-line region from a BCP 47 locale such as the browser's UI language: "en-US" -> us,
 * "en-GB" -> uk, "fr-CA" -> ca, "de-DE" -> eu, "hi" -> in, "ga" -> ie, "es-419" or "ja" -> other.
 * A country in the locale decides; otherwise the language may; otherwise 'other'. Accepts "_" too.
 */
export function regionFromLocale(locale: string): HelpRegion {
  const [first = '', ...rest] = locale.trim().split(/[-_]/);
  const country = rest.find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  if (country) return COUNTRY_REGIONS.get(country) ?? (EU_COUNTRIES.has(country) ? 'eu' : 'other');
  // A numeric area such as 419 (Latin America) names a place outside every region we list.
  if (rest.some((part) => /^\d{3}$/.test(part))) return 'other';
  return LANGUAGE_REGIONS.get(first.toLowerCase()) ?? 'other';
}
