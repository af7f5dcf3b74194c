/**
 * Where to find real help, by country. Data only; texts live in locales/en.yml:
 * `help.lines.<id>.name`, `help.lines.<id>.description`, `help.hours.*`, `help.actions.*`, `help.danger*`.
 * Country names come from the browser (Intl.DisplayNames), so every country has a name in every language.
 *
 * Each line records where it was checked (`source`, the service's own public page), when (`checked`), and
 * what was actually confirmed and where (`verified`). A detail we could not confirm is left out (no hours
 * rather than wrong hours) and the `verified` note says so. A country without lines of its own still has
 * its emergency number and the international directory; a person whose country we do not know is never
 * shown another country's line first.
 */

/** Countries we know: each has an emergency number below, some have help lines too (ISO 3166-1 alpha-2). */
export const COUNTRIES = [
  // European Union: 112 everywhere.
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // The rest of Europe we list.
  'GB', 'CH', 'NO', 'IS', 'LI',
  // The Americas.
  'US', 'CA', 'MX', 'AR', 'CO', 'CL', 'BR', 'UY', 'CR', 'EC',
  // Asia, Oceania, Africa.
  'AU', 'NZ', 'JP', 'IN', 'ZA',
] as const; // prettier-ignore

export type CountryCode = (typeof COUNTRIES)[number];

/** Where the person is, for help: a country we know, or "another country" (then: local emergency + directory). */
export type HelpPlace = CountryCode | 'other';

export const HELP_PLACES: readonly HelpPlace[] = [...COUNTRIES, 'other'];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRIES as readonly string[]).includes(value);
}

export function isHelpPlace(value: unknown): value is HelpPlace {
  return typeof value === 'string' && (value === 'other' || isCountryCode(value));
}

/**
 * The number to call in danger, first the one to lead with (for a medical or mental-health emergency), then
 * any other that also works. 112 answers across the EU (and from mobiles in many other places); where a
 * country has its own ambulance number, it follows. Seen in stored pages on 2026-12-02: ES 112 (the 024
 * articles), PT 112 (sapo.pt), NL 112, AT 144 and CH 144 (ambulance, orf.at and regional pages), MX 911,
 * CO 123 (saludcapital.gov.co), US 911, IN 112 (ERSS-112), NZ 111 (nzherald.co.nz). The others are the
 * numbers these countries publish widely and were not re-checked in a stored page that day.
 */
export const EMERGENCY_NUMBERS: Readonly<Record<CountryCode, readonly [string, ...string[]]>> = {
  AT: ['112', '144'],
  BE: ['112'],
  BG: ['112'],
  HR: ['112'],
  CY: ['112'],
  CZ: ['112'],
  DK: ['112'],
  EE: ['112'],
  FI: ['112'],
  FR: ['112', '15'],
  DE: ['112'],
  GR: ['112'],
  HU: ['112'],
  IE: ['112', '999'],
  IT: ['112'],
  LV: ['112'],
  LT: ['112'],
  LU: ['112'],
  MT: ['112'],
  NL: ['112'],
  PL: ['112'],
  PT: ['112'],
  RO: ['112'],
  SK: ['112'],
  SI: ['112'],
  ES: ['112'],
  SE: ['112'],
  GB: ['999', '112'],
  CH: ['112', '144'],
  NO: ['113', '112'],
  IS: ['112'],
  LI: ['112', '144'],
  US: ['911'],
  CA: ['911'],
  MX: ['911'],
  AR: ['911', '107'],
  CO: ['123'],
  CL: ['131'],
  BR: ['192'],
  UY: ['911'],
  CR: ['911'],
  EC: ['911'],
  AU: ['000', '112'],
  NZ: ['111'],
  JP: ['119'],
  IN: ['112'],
  ZA: ['10177', '112'],
};

export type HelpLineKind = 'call' | 'text' | 'web';

/** Opening hours we confirmed; absent when they vary or we could not confirm them. */
export type HelpLineHours =
  | { readonly kind: 'always' }
  /** Every day between two local times ("15:30" to "00:30" crosses midnight). */
  | { readonly kind: 'daily'; readonly from: string; readonly to: string };

const ALWAYS: HelpLineHours = { kind: 'always' };
/** The day these entries were checked. */
const CHECKED = '2026-12-02';

export interface HelpLine<Id extends string = string> {
  readonly id: Id;
  /** The country it serves; 'international' lines are listed everywhere. */
  readonly country: CountryCode | 'international';
  /** The main way to reach it; `url` is the link for that way (tel:, sms: or https:). */
  readonly kind: HelpLineKind;
  /** Number to call, as people write it locally. */
  readonly number?: string;
  /** A second number of the same service. */
  readonly alsoNumber?: string;
  /** Number to text. */
  readonly textTo?: string;
  /** Word to send when texting, if the service asks for one. */
  readonly textBody?: string;
  readonly url?: string;
  /** The service's web chat, where it offers one. */
  readonly chat?: string;
  readonly hours?: HelpLineHours;
  /** The service's own public page. */
  readonly source: string;
  /** When the entry was last checked (YYYY-MM-DD). */
  readonly checked: string;
  /** What was confirmed, and where; what could not be. */
  readonly verified: string;
}

export const HELP_LINES = [
  // United States
  {
    id: 'us_988',
    country: 'US',
    kind: 'call',
    number: '988',
    textTo: '988',
    url: 'tel:988',
    chat: 'https://988lifeline.org',
    hours: ALWAYS,
    source: 'https://988lifeline.org',
    checked: CHECKED,
    verified:
      'Call, text or chat, free, 24/7, English and Spanish: mcphs.edu and hcfl.gov pages on the service.',
  },
  {
    id: 'us_crisis_text_line',
    country: 'US',
    kind: 'text',
    textTo: '741741',
    textBody: 'HOME',
    url: 'sms:741741?body=HOME',
    hours: ALWAYS,
    source: 'https://www.crisistextline.org',
    checked: CHECKED,
    verified: 'HOME to 741741, 24 h: unitedresourceconnection.org. Some pages give the word MHA instead.',
  },
  {
    id: 'us_samhsa',
    country: 'US',
    kind: 'call',
    number: '1-800-662-4357',
    url: 'tel:+18006624357',
    hours: ALWAYS,
    source: 'https://www.samhsa.gov/find-help/national-helpline',
    checked: CHECKED,
    verified: 'Free, 24 h, English and Spanish: internationalmentalhealth.org; also in seed 001.',
  },

  // United Kingdom
  {
    id: 'uk_samaritans',
    country: 'GB',
    kind: 'call',
    number: '116 123',
    url: 'tel:116123',
    hours: ALWAYS,
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
    verified: 'Free from landlines and mobiles: samaritans.org (stored). Day or night: fullfact.org.',
  },
  {
    id: 'uk_shout',
    country: 'GB',
    kind: 'text',
    textTo: '85258',
    textBody: 'SHOUT',
    url: 'sms:85258?body=SHOUT',
    hours: ALWAYS,
    source: 'https://giveusashout.org',
    checked: CHECKED,
    verified:
      'Free, confidential, 24/7 text on 85258: fullfact.org. The word SHOUT was not seen in a stored page.',
  },

  // Ireland
  {
    id: 'ie_samaritans',
    country: 'IE',
    kind: 'call',
    number: '116 123',
    url: 'tel:116123',
    hours: ALWAYS,
    source: 'https://www.samaritans.org/ireland/',
    checked: CHECKED,
    verified: 'Samaritans answers 116 123 in the UK and Ireland, 24 h: samaritans.org, allisonbiel.co.uk.',
  },
  {
    id: 'ie_text_50808',
    country: 'IE',
    kind: 'text',
    textTo: '50808',
    textBody: 'TALK',
    url: 'sms:50808?body=TALK',
    hours: ALWAYS,
    source: 'https://text50808.ie',
    checked: CHECKED,
    verified:
      'Free 24/7 text service, text TALK: todayfm.com, irishexaminer.com. The site address was not seen.',
  },

  // Canada
  {
    id: 'ca_988',
    country: 'CA',
    kind: 'call',
    number: '988',
    textTo: '988',
    url: 'tel:988',
    hours: ALWAYS,
    source: 'https://988.ca',
    checked: CHECKED,
    verified:
      'Call or text, English and French, 24/7: Government of Canada release on newswire.ca (2023-11-30).',
  },

  // Australia
  {
    id: 'au_lifeline',
    country: 'AU',
    kind: 'call',
    number: '13 11 14',
    textTo: '0477 13 11 14',
    url: 'tel:131114',
    chat: 'https://www.lifeline.org.au',
    hours: ALWAYS,
    source: 'https://www.lifeline.org.au',
    checked: CHECKED,
    verified: 'Call, text 0477 13 11 14 and chat, all 24/7: lifeinmind.org.au, 9news.com.au.',
  },
  {
    id: 'au_beyond_blue',
    country: 'AU',
    kind: 'call',
    number: '1300 22 4636',
    url: 'tel:1300224636',
    source: 'https://www.beyondblue.org.au',
    checked: CHECKED,
    verified:
      'Number: tandemcarers.org.au. Opening hours were not confirmed in a stored page, so none are shown.',
  },

  // India
  {
    id: 'in_tele_manas',
    country: 'IN',
    kind: 'call',
    number: '14416',
    alsoNumber: '1-800-891-4416',
    url: 'tel:14416',
    hours: ALWAYS,
    source: 'https://telemanas.mohfw.gov.in',
    checked: CHECKED,
    verified:
      'Toll-free, 24x7, 20 languages, also 1-800-891-4416: theshillongtimes.com (2025), crackittoday.com.',
  },

  // Spain
  {
    id: 'es_024',
    country: 'ES',
    kind: 'call',
    number: '024',
    url: 'tel:024',
    hours: ALWAYS,
    source: 'https://www.sanidad.gob.es/linea024/home.htm',
    checked: CHECKED,
    verified:
      'Free, confidential, 24 h, all year, interpreters: rtve.es, ondacero.es (Ministry figures). Page not stored.',
  },
  {
    id: 'es_telefono_esperanza',
    country: 'ES',
    kind: 'call',
    number: '717 003 717',
    url: 'tel:717003717',
    source: 'https://telefonodelaesperanza.org',
    checked: CHECKED,
    verified:
      'Number: maldita.es (2022). Opening hours were not confirmed in a stored page, so none are shown.',
  },

  // France
  {
    id: 'fr_3114',
    country: 'FR',
    kind: 'call',
    number: '3114',
    url: 'tel:3114',
    hours: ALWAYS,
    source: 'https://3114.fr',
    checked: CHECKED,
    verified: 'Free, 24/7, mainland and overseas: 3114.fr (stored), service-public.fr, mayotte.ars.sante.fr.',
  },

  // Germany
  {
    id: 'de_telefonseelsorge',
    country: 'DE',
    kind: 'call',
    number: '0800 111 0 111',
    alsoNumber: '0800 111 0 222',
    url: 'tel:08001110111',
    chat: 'https://www.telefonseelsorge.de',
    hours: ALWAYS,
    source: 'https://www.telefonseelsorge.de',
    checked: CHECKED,
    verified:
      'Both numbers free, anonymous, round the clock; chat and mail on telefonseelsorge.de: domradio.de.',
  },

  // Italy
  {
    id: 'it_telefono_amico',
    country: 'IT',
    kind: 'call',
    number: '02 2327 2327',
    url: 'tel:+390223272327',
    hours: { kind: 'daily', from: '10:00', to: '24:00' },
    source: 'https://www.telefonoamico.it',
    checked: CHECKED,
    verified:
      'Number, 10–24 every day, cost of a normal call, WhatsApp 345 036 1628: iodonna.it, agensir.it (2020).',
  },

  // Portugal
  {
    id: 'pt_1411',
    country: 'PT',
    kind: 'call',
    number: '1411',
    url: 'tel:1411',
    hours: ALWAYS,
    source: 'https://www.sns24.gov.pt',
    checked: CHECKED,
    verified:
      'National line since 2025-09-10, free, 24 h: 24noticias.sapo.pt, altominho.tv. Page not stored.',
  },
  {
    id: 'pt_sos_voz_amiga',
    country: 'PT',
    kind: 'call',
    number: '213 544 545',
    url: 'tel:213544545',
    hours: { kind: 'daily', from: '15:30', to: '00:30' },
    source: 'https://sosvozamiga.org',
    checked: CHECKED,
    verified:
      'Hours 15:30–00:30 and number: 24noticias.sapo.pt (2025), rtp.pt; about page on sosvozamiga.org.',
  },

  // Netherlands
  {
    id: 'nl_113',
    country: 'NL',
    kind: 'call',
    number: '113',
    alsoNumber: '0800-0113',
    url: 'tel:113',
    chat: 'https://www.113.nl',
    hours: ALWAYS,
    source: 'https://www.113.nl',
    checked: CHECKED,
    verified:
      '"Bel gratis 113", chat, anonymous: 113.nl (stored). 24/7 and 0800-0113: nu.nl, hartvannederland.nl.',
  },

  // Belgium
  {
    id: 'be_zelfmoordlijn',
    country: 'BE',
    kind: 'call',
    number: '1813',
    url: 'tel:1813',
    chat: 'https://www.zelfmoord1813.be',
    hours: ALWAYS,
    source: 'https://www.zelfmoord1813.be',
    checked: CHECKED,
    verified:
      'Phone 1813 24/7, chat in the evening, e-mail: zelfmoord1813.be (stored). Free, anonymous: online-hulpverlening.be.',
  },
  {
    id: 'be_prevention_suicide',
    country: 'BE',
    kind: 'call',
    number: '0800 32 123',
    url: 'tel:080032123',
    hours: ALWAYS,
    source: 'https://www.preventionsuicide.be',
    checked: CHECKED,
    verified: 'Free, anonymous, 24h/24: preventionsuicide.be (stored), lalibre.be (2023), bx1.be.',
  },

  // Austria
  {
    id: 'at_telefonseelsorge',
    country: 'AT',
    kind: 'call',
    number: '142',
    url: 'tel:142',
    chat: 'https://www.onlineberatung-telefonseelsorge.at',
    hours: ALWAYS,
    source: 'https://www.telefonseelsorge.at',
    checked: CHECKED,
    verified:
      'Free from any phone, 24 h: ots.at release by TelefonSeelsorge (2023), orf.at. Chat 16–23: wienerbezirksblatt.at.',
  },

  // Switzerland
  {
    id: 'ch_143',
    country: 'CH',
    kind: 'call',
    number: '143',
    url: 'tel:143',
    chat: 'https://www.143.ch',
    hours: ALWAYS,
    source: 'https://www.143.ch',
    checked: CHECKED,
    verified:
      'Round the clock, chat and mail on 143.ch: 143.ch (stored), de.zxc.wiki. 20 centimes a call: zuerich.143.ch FAQ.',
  },

  // Mexico
  {
    id: 'mx_linea_de_la_vida',
    country: 'MX',
    kind: 'call',
    number: '800 911 2000',
    url: 'tel:8009112000',
    hours: ALWAYS,
    source: 'https://www.gob.mx/conasama',
    checked: CHECKED,
    verified:
      'Free, 24 h, 365 days: eluniversal.com.mx (2025), cronica.com.mx, mexico.un.org. Page not stored.',
  },

  // Argentina
  {
    id: 'ar_salud_mental',
    country: 'AR',
    kind: 'call',
    number: '0800 999 0091',
    url: 'tel:08009990091',
    hours: ALWAYS,
    source: 'https://www.argentina.gob.ar/salud/mental-y-adicciones',
    checked: CHECKED,
    verified:
      'National Ministry of Health line, free, anonymous, 24 h: ospia.org.ar, lapostacomodorense.com.ar (2025).',
  },
  {
    id: 'ar_cas_135',
    country: 'AR',
    kind: 'call',
    number: '135',
    alsoNumber: '(011) 5275-1135',
    url: 'tel:135',
    source: 'https://www.asistenciaalsuicida.org.ar',
    checked: CHECKED,
    verified:
      '135 from Buenos Aires and Greater Buenos Aires, (011) 5275-1135 elsewhere: lapostacomodorense.com.ar (2025). Hours not confirmed.',
  },

  // Colombia
  {
    id: 'co_linea_106',
    country: 'CO',
    kind: 'call',
    number: '106',
    url: 'tel:106',
    hours: ALWAYS,
    source: 'https://www.saludcapital.gov.co',
    checked: CHECKED,
    verified:
      'Bogotá, free, 24 h, WhatsApp 300 754 8933: saludcapital.gov.co (stored), bogota.gov.co. Other cities have own lines.',
  },

  // Chile
  {
    id: 'cl_4141',
    country: 'CL',
    kind: 'call',
    number: '*4141',
    url: 'tel:*4141',
    hours: ALWAYS,
    source: 'https://www.minsal.cl',
    checked: CHECKED,
    verified:
      'Free, confidential, 24/7 from mobile phones since 2023: latercera.com, biobiochile.cl (Minsal). Page not stored.',
  },

  // Brazil
  {
    id: 'br_cvv',
    country: 'BR',
    kind: 'call',
    number: '188',
    url: 'tel:188',
    chat: 'https://www.cvv.org.br',
    hours: ALWAYS,
    source: 'https://www.cvv.org.br',
    checked: CHECKED,
    verified:
      'Free from any phone in Brazil, any time; chat and e-mail on cvv.org.br: redeglobo.globo.com, cvmarj.com.br.',
  },

  // Japan
  {
    id: 'jp_yorisoi',
    country: 'JP',
    kind: 'call',
    number: '0120-279-338',
    url: 'tel:0120279338',
    hours: ALWAYS,
    source: 'https://www.since2011.net/yorisoi/',
    checked: CHECKED,
    verified:
      'Free, 24 h, all year (Iwate, Miyagi, Fukushima: 0120-279-226): 279338.jp, tascalne.com. Page not stored.',
  },

  // New Zealand
  {
    id: 'nz_1737',
    country: 'NZ',
    kind: 'call',
    number: '1737',
    textTo: '1737',
    url: 'tel:1737',
    hours: ALWAYS,
    source: 'https://1737.org.nz',
    checked: CHECKED,
    verified:
      'Free call or text, 24/7, trained counsellors: pegasus.health.nz, scoop.co.nz. Page not stored.',
  },
  {
    id: 'nz_lifeline',
    country: 'NZ',
    kind: 'call',
    number: '0800 543 354',
    textTo: '4357',
    textBody: 'HELP',
    url: 'tel:0800543354',
    source: 'https://www.lifeline.org.nz',
    checked: CHECKED,
    verified: 'Number and text HELP to 4357: nzfamilies.org.nz (2025). Hours not confirmed in a stored page.',
  },

  // South Africa
  {
    id: 'za_sadag',
    country: 'ZA',
    kind: 'call',
    number: '0800 567 567',
    textTo: '31393',
    url: 'tel:0800567567',
    hours: ALWAYS,
    source: 'https://www.sadag.org',
    checked: CHECKED,
    verified:
      'Suicide crisis line 0800 567 567 (pressreader.com), SMS 31393 for a call back (sabcnews.com), 24 h (backabuddy.co.za 2025).',
  },

  // Everywhere
  {
    id: 'findahelpline',
    country: 'international',
    kind: 'web',
    url: 'https://findahelpline.com',
    source: 'https://findahelpline.com',
    checked: CHECKED,
    verified: 'A directory of free helplines by country: findahelpline.com/AU (stored).',
  },
] as const satisfies readonly HelpLine[];

export type HelpLineId = (typeof HELP_LINES)[number]['id'];

export const HELP_LINE_BY_ID: Readonly<Record<HelpLineId, HelpLine<HelpLineId>>> = Object.fromEntries(
  HELP_LINES.map((line) => [line.id, line]),
) as Record<HelpLineId, HelpLine<HelpLineId>>;

/** A place's own support lines, in the order listed, then the international ones. */
export function linesFor(place: HelpPlace): readonly HelpLine<HelpLineId>[] {
  const all: readonly HelpLine<HelpLineId>[] = HELP_LINES;
  return [
    ...all.filter((line) => line.country === place),
    ...all.filter((line) => line.country === 'international'),
  ];
}

/** The emergency numbers of a place, the one to lead with first; none for "another country". */
export function emergencyFor(place: HelpPlace): readonly string[] {
  return place === 'other' ? [] : EMERGENCY_NUMBERS[place];
}

/** A tel: link for a number as written locally ("0800 111 0 111" -> tel:08001110111; "*4141" kept). */
export function telLink(number: string): string {
  return `tel:${number.replace(/[^\d+*#]/g, '')}`;
}

/** Every link a line offers: call (tel:), a second number, text (sms:), chat and its web page (https:). */
export function lineLinks(line: HelpLine): {
  call?: string;
  alsoCall?: string;
  text?: string;
  chat?: string;
  web?: string;
} {
  const links: { call?: string; alsoCall?: string; text?: string; chat?: string; web?: string } = {};
  if (line.number) links.call = line.kind === 'call' && line.url ? line.url : telLink(line.number);
  if (line.alsoNumber) links.alsoCall = telLink(line.alsoNumber);
  if (line.textTo) {
    links.text =
      line.kind === 'text' && line.url
        ? line.url
        : `sms:${line.textTo.replace(/[^\d+]/g, '')}${line.textBody ? `?body=${encodeURIComponent(line.textBody)}` : ''}`;
  }
  if (line.chat) links.chat = line.chat;
  if (line.kind === 'web' && line.url?.startsWith('https:')) links.web = line.url;
  return links;
}
