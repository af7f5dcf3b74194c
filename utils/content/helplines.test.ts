import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  EMERGENCY_NUMBERS,
  HELP_LINE_BY_ID,
  HELP_LINES,
  emergencyFor,
  isCountryCode,
  isHelpPlace,
  lineLinks,
  linesFor,
  telLink,
  type HelpLine,
} from './helplines';

const all: readonly HelpLine[] = HELP_LINES;

describe('help lines', () => {
  it('have unique, snake_case ids', () => {
    const ids = HELP_LINES.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const line of HELP_LINES) expect(HELP_LINE_BY_ID[line.id]).toBe(line);
  });

  it('each record its source page, the date it was checked, and what was verified', () => {
    for (const line of all) {
      expect(line.source, line.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
      expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.checked)), line.id).toBe(false);
      expect(line.verified.trim().length, line.id).toBeGreaterThan(20);
    }
  });

  it('serve a country we know (or everyone)', () => {
    for (const line of all) {
      expect(line.country === 'international' || isCountryCode(line.country), line.id).toBe(true);
    }
  });

  it('cover at least the countries the issue names, each with lines of its own', () => {
    const named = 'ES FR DE IT PT NL BE AT CH MX AR CO CL BR JP NZ ZA US GB CA AU IN IE'.split(' ');
    for (const country of named) {
      expect(isCountryCode(country), country).toBe(true);
      if (!isCountryCode(country)) continue;
      expect(linesFor(country).filter((line) => line.country === country).length, country).toBeGreaterThan(0);
    }
  });

  it('list the international directory last everywhere, and alone for another country', () => {
    for (const place of [...COUNTRIES, 'other' as const]) {
      expect(linesFor(place).at(-1)?.id, place).toBe('findahelpline');
    }
    expect(linesFor('other').map((line) => line.id)).toEqual(['findahelpline']);
  });

  it('use only https, tel and sms links, fitting their kind', () => {
    for (const line of all) {
      const url = line.url ?? '';
      expect(url, line.id).toMatch(/^(https:\/\/|tel:[+*]?\d+$|sms:\+?\d+(\?body=[A-Z]+)?$)/);
      const scheme = { call: 'tel:', text: 'sms:', web: 'https:' }[line.kind];
      expect(url.startsWith(scheme), line.id).toBe(true);
      if (line.kind === 'call') expect(line.number, line.id).toBeDefined();
      if (line.kind === 'text') expect(line.textTo, line.id).toBeDefined();
      if (line.chat) expect(line.chat, line.id).toMatch(/^https:\/\//);
      if (line.number && line.kind === 'call') {
        // The link dials the number shown (a country code may come first).
        expect(url.replace(/\D/g, '').endsWith(line.number.replace(/\D/g, '')), line.id).toBe(true);
      }
    }
  });

  it('state hours only as always or a daily window of real times', () => {
    for (const line of all) {
      if (!line.hours || line.hours.kind === 'always') continue;
      expect(line.hours.from, line.id).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
      expect(line.hours.to, line.id).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
    }
  });

  it.each([
    ['es_024', '024', undefined],
    ['fr_3114', '3114', undefined],
    ['de_telefonseelsorge', '0800 111 0 111', undefined],
    ['nl_113', '113', undefined],
    ['at_telefonseelsorge', '142', undefined],
    ['ch_143', '143', undefined],
    ['pt_1411', '1411', undefined],
    ['be_prevention_suicide', '0800 32 123', undefined],
    ['it_telefono_amico', '02 2327 2327', undefined],
    ['mx_linea_de_la_vida', '800 911 2000', undefined],
    ['ar_salud_mental', '0800 999 0091', undefined],
    ['co_linea_106', '106', undefined],
    ['cl_4141', '*4141', undefined],
    ['br_cvv', '188', undefined],
    ['jp_yorisoi', '0120-279-338', undefined],
    ['nz_1737', '1737', '1737'],
    ['za_sadag', '0800 567 567', '31393'],
    ['us_988', '988', '988'],
    ['us_crisis_text_line', undefined, '741741'],
    ['uk_samaritans', '116 123', undefined],
    ['uk_shout', undefined, '85258'],
    ['ca_988', '988', '988'],
    ['au_lifeline', '13 11 14', '0477 13 11 14'],
    ['in_tele_manas', '14416', undefined],
    ['ie_samaritans', '116 123', undefined],
    ['ie_text_50808', undefined, '50808'],
  ] as const)('%s: call %s, text %s', (id, number, textTo) => {
    const line: HelpLine = HELP_LINE_BY_ID[id];
    expect(line.number).toBe(number);
    expect(line.textTo).toBe(textTo);
  });

  it('give Germany both TelefonSeelsorge numbers and the Netherlands the free 0800 number', () => {
    expect(HELP_LINE_BY_ID.de_telefonseelsorge.alsoNumber).toBe('0800 111 0 222');
    expect(HELP_LINE_BY_ID.nl_113.alsoNumber).toBe('0800-0113');
  });

  it('lead each country with its national line where one exists', () => {
    expect(linesFor('ES')[0]?.id).toBe('es_024');
    expect(linesFor('FR')[0]?.id).toBe('fr_3114');
    expect(linesFor('PT')[0]?.id).toBe('pt_1411');
    expect(linesFor('GB')[0]?.id).toBe('uk_samaritans');
  });

  it('text keywords match the services', () => {
    expect(HELP_LINE_BY_ID.us_crisis_text_line.textBody).toBe('HOME');
    expect(HELP_LINE_BY_ID.uk_shout.textBody).toBe('SHOUT');
    expect(HELP_LINE_BY_ID.ie_text_50808.textBody).toBe('TALK');
    expect(HELP_LINE_BY_ID.findahelpline.url).toBe('https://findahelpline.com');
  });

  it('lineLinks offers every way to reach a line', () => {
    expect(lineLinks(HELP_LINE_BY_ID.us_988)).toEqual({
      call: 'tel:988',
      text: 'sms:988',
      chat: 'https://988lifeline.org',
    });
    expect(lineLinks(HELP_LINE_BY_ID.us_crisis_text_line)).toEqual({ text: 'sms:741741?body=HOME' });
    expect(lineLinks(HELP_LINE_BY_ID.us_samhsa)).toEqual({ call: 'tel:+18006624357' });
    expect(lineLinks(HELP_LINE_BY_ID.de_telefonseelsorge)).toEqual({
      call: 'tel:08001110111',
      alsoCall: 'tel:08001110222',
      chat: 'https://www.telefonseelsorge.de',
    });
    expect(lineLinks(HELP_LINE_BY_ID.au_lifeline).text).toBe('sms:0477131114');
    expect(lineLinks(HELP_LINE_BY_ID.nz_lifeline).text).toBe('sms:4357?body=HELP');
    expect(lineLinks(HELP_LINE_BY_ID.findahelpline)).toEqual({ web: 'https://findahelpline.com' });
  });

  it('telLink keeps digits, + and *', () => {
    expect(telLink('0800 111 0 111')).toBe('tel:08001110111');
    expect(telLink('*4141')).toBe('tel:*4141');
    expect(telLink('(011) 5275-1135')).toBe('tel:01152751135');
    expect(telLink('+39 02 2327 2327')).toBe('tel:+390223272327');
  });
});

describe('emergency numbers', () => {
  it('every country we know has one, digits only', () => {
    for (const country of COUNTRIES) {
      const numbers = EMERGENCY_NUMBERS[country];
      expect(numbers.length, country).toBeGreaterThan(0);
      for (const number of numbers) expect(number, country).toMatch(/^\d{2,5}$/);
    }
  });

  it.each([
    ['ES', '112'],
    ['FR', '112'],
    ['DE', '112'],
    ['AT', '112'],
    ['PL', '112'],
    ['GB', '999'],
    ['US', '911'],
    ['MX', '911'],
    ['CO', '123'],
    ['AU', '000'],
    ['NZ', '111'],
    ['JP', '119'],
    ['IN', '112'],
  ] as const)('%s leads with %s', (country, number) => {
    expect(emergencyFor(country)[0]).toBe(number);
  });

  it('gives none for another country: the page says "your local emergency number"', () => {
    expect(emergencyFor('other')).toEqual([]);
  });

  it('isHelpPlace accepts countries we know and "other", nothing else', () => {
    for (const value of ['ES', 'GB', 'other']) expect(isHelpPlace(value), value).toBe(true);
    for (const value of ['es', 'uk', 'eu', 'XX', '', null, 3, 'constructor']) {
      expect(isHelpPlace(value), String(value)).toBe(false);
    }
  });
});
