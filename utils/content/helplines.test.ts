import { describe, expect, it } from 'vitest';
import {
  HELP_LINE_BY_ID,
  HELP_LINES,
  HELP_REGIONS,
  isHelpRegion,
  lineLinks,
  linesFor,
  regionFromLocale,
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

  it('give every region at least one reachable line', () => {
    for (const region of HELP_REGIONS) {
      const reachable = linesFor(region).filter((line) => line.number || line.textTo || line.url);
      expect(reachable.length, region).toBeGreaterThan(0);
    }
  });

  it('give every named region its own lines, with its emergency number last', () => {
    for (const region of HELP_REGIONS.filter((r) => r !== 'other')) {
      const own = linesFor(region).filter((line) => line.region === region);
      expect(own.length, region).toBeGreaterThanOrEqual(2);
      expect(own[own.length - 1]?.emergency, region).toBe(true);
      expect(
        own.filter((line) => line.emergency),
        region,
      ).toHaveLength(1);
    }
  });

  it('list the international directory everywhere', () => {
    for (const region of HELP_REGIONS) {
      expect(linesFor(region).map((line) => line.id)).toContain('findahelpline');
    }
    expect(linesFor('other').map((line) => line.id)).toEqual(['findahelpline']);
  });

  it('use only https, tel and sms links, fitting their kind', () => {
    for (const line of all) {
      const url = line.url ?? '';
      expect(url, line.id).toMatch(/^(https:\/\/|tel:\+?\d+$|sms:\+?\d+(\?body=[A-Z]+)?$)/);
      const scheme = { call: 'tel:', text: 'sms:', web: 'https:' }[line.kind];
      expect(url.startsWith(scheme), line.id).toBe(true);
      if (line.kind === 'call') expect(line.number, line.id).toBeDefined();
      if (line.kind === 'text') expect(line.textTo, line.id).toBeDefined();
      if (line.number && line.kind === 'call') {
        // The link dials the number shown (a country code may come first).
        expect(url.replace(/\D/g, '').endsWith(line.number.replace(/\D/g, '')), line.id).toBe(true);
      }
    }
  });

  it.each([
    ['us_988', '988', '988'],
    ['us_crisis_text_line', undefined, '741741'],
    ['us_samhsa', '1-800-662-4357', undefined],
    ['uk_samaritans', '116 123', undefined],
    ['uk_shout', undefined, '85258'],
    ['uk_emergency', '999', undefined],
    ['ca_988', '988', '988'],
    ['ca_emergency', '911', undefined],
    ['au_lifeline', '13 11 14', undefined],
    ['au_emergency', '000', undefined],
    ['in_tele_manas', '14416', undefined],
    ['in_emergency', '112', undefined],
    ['ie_samaritans', '116 123', undefined],
    ['ie_emergency', '112', undefined],
    ['eu_emergency', '112', undefined],
    ['eu_116123', '116 123', undefined],
  ] as const)('%s: call %s, text %s', (id, number, textTo) => {
    const line: HelpLine = HELP_LINE_BY_ID[id];
    expect(line.number).toBe(number);
    expect(line.textTo).toBe(textTo);
  });

  it('text keywords match the services', () => {
    expect(HELP_LINE_BY_ID.us_crisis_text_line.textBody).toBe('HOME');
    expect(HELP_LINE_BY_ID.uk_shout.textBody).toBe('SHOUT');
    expect(HELP_LINE_BY_ID.findahelpline.url).toBe('https://findahelpline.com');
  });

  it('lineLinks offers every way to reach a line', () => {
    expect(lineLinks(HELP_LINE_BY_ID.us_988)).toEqual({ call: 'tel:988', text: 'sms:988' });
    expect(lineLinks(HELP_LINE_BY_ID.us_crisis_text_line)).toEqual({ text: 'sms:741741?body=HOME' });
    expect(lineLinks(HELP_LINE_BY_ID.us_samhsa)).toEqual({ call: 'tel:+18006624357' });
    expect(lineLinks(HELP_LINE_BY_ID.findahelpline)).toEqual({ web: 'https://findahelpline.com' });
    expect(
      lineLinks({ id: 'x', region: 'us', kind: 'web', number: '1 23', textTo: '45', textBody: 'HI' }),
    ).toEqual({
      call: 'tel:123',
      text: 'sms:45?body=HI',
    });
  });
});

describe('regionFromLocale', () => {
  it.each([
    ['en-US', 'us'],
    ['en_US', 'us'],
    ['es-US', 'us'],
    ['en-GB', 'uk'],
    ['cy-GB', 'uk'],
    ['en-CA', 'ca'],
    ['fr-CA', 'ca'],
    ['en-AU', 'au'],
    ['en-IN', 'in'],
    ['hi', 'in'],
    ['hi-IN', 'in'],
    ['ta-IN', 'in'],
    ['en-IE', 'ie'],
    ['ga', 'ie'],
    ['ga-IE', 'ie'],
    ['de-DE', 'eu'],
    ['de-AT', 'eu'],
    ['fr-FR', 'eu'],
    ['fr-BE', 'eu'],
    ['es-ES', 'eu'],
    ['it', 'eu'],
    ['nl', 'eu'],
    ['pl-PL', 'eu'],
    ['sv', 'eu'],
    ['pt-PT', 'eu'],
    ['zh-Hant-TW', 'other'],
    ['de-CH', 'other'],
    ['pt-BR', 'other'],
    ['es-419', 'other'],
    ['es-MX', 'other'],
    ['fr-CH', 'other'],
    ['en', 'other'],
    ['ja', 'other'],
    ['ja-JP', 'other'],
    ['', 'other'],
    ['garbage!!', 'other'],
    ['EN-us', 'us'],
  ] as const)('%s -> %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });

  it('only ever returns a known region', () => {
    for (const locale of ['x', 'x-y', 'x-yz', 'xx-YY-ZZ', '-', '_', 'constructor', 'en-constructor']) {
      expect(isHelpRegion(regionFromLocale(locale)), locale).toBe(true);
    }
  });
});
