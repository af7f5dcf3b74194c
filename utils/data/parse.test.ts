import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import type { BreakRecord, Checkin, Entry } from '../db/records';
import type { Settings, StoredSettings } from '../settings/settings';
import { BREAK, CHECKIN, ENTRY, validFile } from './fixtures/files';
import { hasMarkup } from './checks';
import { parseExport } from './parse';
import type { BreakSchema, CheckinSchema, EntrySchema } from './schema';
import type { SettingsSchema } from './settings-schema';
import { detectVersion } from './upgrade';

describe('parseExport', () => {
  it('accepts a valid file and gives back exactly its records', () => {
    const file = validFile();
    const result = parseExport(JSON.stringify(file));
    expect(result).toEqual({ ok: true, value: file });
  });

  it('accepts a byte-order mark, empty lists and settings from an older build', () => {
    const file = { ...validFile(), checkins: [], settings: { theme: 'dark' } };
    const result = parseExport(`\uFEFF${JSON.stringify(file)}`);
    expect(result).toEqual({ ok: true, value: file });
  });

  it.each([
    ['uk', 'GB'],
    ['eu', 'other'],
    ['ES', 'ES'],
    [null, null],
  ])('reads the help region %s of a file as %s (files of earlier versions name regions)', (region, place) => {
    const result = parseExport(JSON.stringify({ ...validFile(), settings: { helpRegion: region } }));
    expect(result.ok && result.value.settings.helpRegion).toBe(place);
  });

  it('keeps factors on check-ins and the factor list; a file from before factors still reads', () => {
    const factors = [
      { id: 'outdoors', name: 'A walk', hidden: false },
      { id: 'own_abc', name: 'Yoga', hidden: true },
    ];
    const file = {
      ...validFile(),
      checkins: [{ ...CHECKIN, factors: ['outdoors', 'own_abc'] }],
      settings: { factors },
    };
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: true, value: file });
    const before = parseExport(JSON.stringify({ ...validFile(), checkins: [CHECKIN] }));
    expect(before.ok && before.value.checkins[0]?.factors).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['an id of the wrong shape', ['Not An Id']],
    ['an id twice', ['outdoors', 'outdoors']],
    ['more than 30', Array.from({ length: 31 }, (_, i) => `own_${i}`)],
    ['not a list', 'outdoors'],
  ])('refuses check-in factors with %s', (_, factors) => {
    const file = { ...validFile(), checkins: [{ ...CHECKIN, factors }] };
    expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: false });
  });

  it.each<[string, unknown]>([
    ['an own factor without a name', [{ id: 'own_1', name: null, hidden: false }]],
    ['a name past 40 characters', [{ id: 'own_1', name: 'y'.repeat(41), hidden: false }]],
    [
      'an id twice',
      [
        { id: 'people', name: null, hidden: false },
        { id: 'people', name: null, hidden: true },
      ],
    ],
    ['31 factors', Array.from({ length: 31 }, (_, i) => ({ id: `own_${i}`, name: `F${i}`, hidden: false }))],
  ])('refuses a factor list with %s', (_, factors) => {
    const file = { ...validFile(), settings: { factors } };
    expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: false });
  });

  it('refuses a help region it does not know, naming the setting', () => {
    const result = parseExport(JSON.stringify({ ...validFile(), settings: { helpRegion: 'mars' } }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid', field: 'helpRegion' } });
  });

  it('drops fields it does not know rather than storing them', () => {
    const file = validFile();
    const text = JSON.stringify({ ...file, extra: 1, checkins: [{ ...CHECKIN, secret: '<b>' }] });
    const result = parseExport(text);
    expect(result.ok && result.value.checkins).toEqual([CHECKIN]);
  });

  it('keeps "<" that is not markup, and every optional field', () => {
    const result = parseExport(JSON.stringify(validFile()));
    expect(result.ok && result.value.checkins[0]?.note).toBe(CHECKIN.note);
    expect(result.ok && result.value.entries).toEqual([ENTRY]);
    expect(result.ok && result.value.breaks).toEqual([BREAK]);
  });

  it('makes text well-formed: half an emoji (cut by an older build) becomes U+FFFD, the rest stays', () => {
    const half = 'tired \uD83D'; // "tired 😀" cut in the middle of the emoji
    const file = {
      ...validFile(),
      checkins: [{ ...CHECKIN, note: half }],
      entries: [{ ...ENTRY, text: `\uDE00${half} 🌿`, tags: [half, 'walk'] }],
    };
    const result = parseExport(JSON.stringify(file));
    expect(result.ok && result.value.checkins[0]?.note).toBe('tired \uFFFD');
    expect(result.ok && result.value.entries[0]?.text).toBe('\uFFFDtired \uFFFD 🌿');
    expect(result.ok && result.value.entries[0]?.tags).toEqual(['tired \uFFFD', 'walk']);
  });

  it('upgrades a version 0 file: no format, no breaks or settings, fewer fields', () => {
    const { body: _b, source: _s, ...oldCheckin } = CHECKIN;
    const { tags: _t, updatedAt: _u, ...oldEntry } = ENTRY;
    const result = parseExport(JSON.stringify({ checkins: [oldCheckin], entries: [oldEntry] }));
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'thaw-export',
        version: 2,
        exportedAt: 0,
        settings: {},
        checkins: [{ ...oldCheckin, body: [], source: 'popup' }],
        entries: [{ ...oldEntry, tags: [], updatedAt: ENTRY.createdAt }],
        breaks: [],
        exercises: [],
      },
    });
  });

  it('upgrades a version 0 file with only check-ins, keeping values it already has', () => {
    const result = parseExport(JSON.stringify({ checkins: [CHECKIN] }));
    expect(result.ok && result.value.checkins).toEqual([CHECKIN]);
    expect(result.ok && result.value.entries).toEqual([]);
  });
});

describe('detectVersion', () => {
  it.each([
    [
      { format: 'thaw-export', version: 1 },
      { ok: true, value: 1 },
    ],
    [{ checkins: [] }, { ok: true, value: 0 }],
    [{ entries: [] }, { ok: true, value: 0 }],
    [
      { format: 'thaw-export', version: 7 },
      { ok: false, problem: { kind: 'newer_version', version: 7 } },
    ],
    [
      { format: 'thaw-export', version: 0 },
      { ok: false, problem: { kind: 'not_export' } },
    ],
    [
      { format: 'thaw-export', version: 1.5 },
      { ok: false, problem: { kind: 'not_export' } },
    ],
    [
      { format: 'thaw-export', version: '1' },
      { ok: false, problem: { kind: 'not_export' } },
    ],
    [{ notes: [] }, { ok: false, problem: { kind: 'not_export' } }],
    [null, { ok: false, problem: { kind: 'not_export' } }],
    ['thaw', { ok: false, problem: { kind: 'not_export' } }],
  ])('%j', (json, expected) => {
    expect(detectVersion(json)).toEqual(expected);
  });
});

describe('the schemas', () => {
  it('check every field of every stored record and setting', () => {
    // Files carry readable text: exports reveal locked text first, so `locked` is never in a file.
    type FileCheckin = Omit<Checkin, 'locked'>;
    type FileEntry = Omit<Entry, 'locked'>;
    expectTypeOf<keyof v.InferOutput<typeof CheckinSchema>>().toEqualTypeOf<keyof FileCheckin>();
    expectTypeOf<keyof v.InferOutput<typeof EntrySchema>>().toEqualTypeOf<keyof FileEntry>();
    expectTypeOf<keyof v.InferOutput<typeof BreakSchema>>().toEqualTypeOf<keyof BreakRecord>();
    // Settings as stored by any version: today's, and the older chime switch (upgradeSettings).
    expectTypeOf<keyof v.InferOutput<typeof SettingsSchema>>().toEqualTypeOf<keyof StoredSettings>();
    expectTypeOf<v.InferOutput<typeof CheckinSchema>>().toEqualTypeOf<FileCheckin>();
    expectTypeOf<v.InferOutput<typeof EntrySchema>>().toEqualTypeOf<FileEntry>();
    expectTypeOf<v.InferOutput<typeof BreakSchema>>().toEqualTypeOf<BreakRecord>();
    expectTypeOf<v.InferOutput<typeof SettingsSchema>>().toExtend<Partial<Settings>>();
  });
});

describe('hasMarkup', () => {
  // What a browser would read as a tag is markup, even in a sentence.
  it.each([
    '<b>bold</b>',
    '</p>',
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '<!-- hi',
    '<?xml',
    'email me <at> home',
    'x<y and y>z',
  ])('finds markup in %j', (text) => {
    expect(hasMarkup(text)).toBe(true);
  });

  it.each(['a < b', 'I <3 tea', 'x<y', '<', '-> <- <= >=', '<<<', '2 <5 min>'])('lets %j be', (text) => {
    expect(hasMarkup(text)).toBe(false);
  });
});

describe('own exercises in a file', () => {
  const OWN = {
    id: 'own:abc-123',
    title: 'Cold water',
    steps: [{ text: 'Run cold water over your wrists', seconds: 30 }],
    suits: ['ground'],
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
  };
  const withOwn = (own: unknown) => JSON.stringify({ ...validFile(), exercises: [own] });

  it('come back exactly as exported', () => {
    const result = parseExport(withOwn(OWN));
    expect(result.ok && result.value.exercises).toEqual([OWN]);
  });

  it('are added as empty to a version 1 file', () => {
    const result = parseExport(JSON.stringify({ ...validFile(), version: 1, exercises: undefined }));
    expect(result.ok && result.value.exercises).toEqual([]);
  });

  it.each([
    ['a title too long', { ...OWN, title: 'a'.repeat(61) }, 'too_long'],
    ['an empty title', { ...OWN, title: '' }, 'invalid'],
    ['no steps', { ...OWN, steps: [] }, 'invalid'],
    ['13 steps', { ...OWN, steps: Array.from({ length: 13 }, () => OWN.steps[0]) }, 'too_many'],
    ['a step of 4 seconds', { ...OWN, steps: [{ text: 'x', seconds: 4 }] }, 'invalid'],
    ['a step of only spaces', { ...OWN, steps: [{ text: '   ', seconds: 30 }] }, 'invalid'],
    ['no situation', { ...OWN, suits: [] }, 'invalid'],
    ['an unknown situation', { ...OWN, suits: ['ground', 'moon'] }, 'unknown_id'],
    ['a built-in id', { ...OWN, id: 'box_breathing' }, 'unknown_id'],
  ])('refuse %s, naming the exercise', (_name, own, kind) => {
    const result = parseExport(withOwn(own));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe(kind);
      expect(result.problem).toMatchObject({ place: { in: 'record', store: 'exercises', number: 1 } });
    }
  });

  it('let a break keep the id of an own exercise deleted since', () => {
    const file = { ...validFile(), breaks: [{ ...validFile().breaks[0], exerciseId: 'own:gone' }] };
    expect(parseExport(JSON.stringify(file)).ok).toBe(true);
  });
});
