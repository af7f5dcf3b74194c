import { describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { onChange, type Change } from '../db/changes';
import { getDb } from '../db/connection';
import { getSettings, updateSettings } from '../db/settings';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { applyImport } from './apply';
import { byId, readAll, seed } from './fixtures/database';
import { BREAK, CHECKIN, ENTRY, validFile } from './fixtures/files';
import type { ExportFile } from './format';
import { parseExport } from './parse';
import { previewImport } from './preview';

function parsed(json: unknown): ExportFile {
  const result = parseExport(JSON.stringify(json));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

const HERE = {
  checkins: [makeCheckin({ id: 'c1', note: 'mine, not the file’s' }), makeCheckin({ id: 'mine' })],
  entries: [makeEntry({ id: 'e-mine' })],
  breaks: [makeBreak({ id: 'b1', outcome: 'skipped' })],
};

describe('previewImport', () => {
  it('counts what the file holds, what is already here, and what is here now', async () => {
    await seed(HERE);
    const file = parsed(validFile());
    expect(await previewImport(file)).toEqual({
      inFile: { checkins: 2, entries: 1, breaks: 1, exercises: 0 },
      alreadyHere: { checkins: 1, entries: 0, breaks: 1, exercises: 0 },
      here: { checkins: 2, entries: 1, breaks: 1, exercises: 0 },
      exportedAt: file.exportedAt,
      markupPlaces: [],
    });
  });
});

describe('applyImport', () => {
  it('merge adds the new records, skips ids already here (keeping ours) and reports the count', async () => {
    await seed(HERE);
    await updateSettings({ reminderEveryMin: 25 });
    const outcome = await applyImport(parsed(validFile()), 'merge');
    expect(outcome).toEqual({ added: { checkins: 1, entries: 1, breaks: 0, exercises: 0 }, skipped: 2 });
    expect(await readAll()).toEqual({
      checkins: byId([...HERE.checkins, { ...CHECKIN, id: 'c2', note: '' }]),
      entries: byId([...HERE.entries, ENTRY]),
      breaks: HERE.breaks,
      exercises: [],
    });
    expect((await getSettings()).reminderEveryMin).toBe(25);
  });

  it('replace makes the file the only records and takes its settings', async () => {
    await seed(HERE);
    await updateSettings({ reminderEveryMin: 25, guidance: 'voice' });
    const file = validFile();
    const outcome = await applyImport(parsed(file), 'replace');
    expect(outcome).toEqual({ added: { checkins: 2, entries: 1, breaks: 1, exercises: 0 }, skipped: 0 });
    expect(await readAll()).toEqual({
      checkins: file.checkins,
      entries: [ENTRY],
      breaks: [BREAK],
      exercises: [],
    });
    expect(await getSettings()).toEqual(file.settings);
  });

  it('replace keeps a setting the file does not have (a file from an older build)', async () => {
    await updateSettings({ guidance: 'voice', reminderEveryMin: 25 });
    await applyImport(parsed({ ...validFile(), settings: { reminderEveryMin: 90 } }), 'replace');
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, guidance: 'voice', reminderEveryMin: 90 });
  });

  it('replace reads the older chime switch in a file as guidance', async () => {
    await updateSettings({ guidance: 'off' });
    await applyImport(parsed({ ...validFile(), settings: { sound: true } }), 'replace');
    const stored = await (await getDb()).get('settings', 'settings');
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, guidance: 'chimes' });
  });

  it('brings in an upgraded version 0 file', async () => {
    const { body: _b, source: _s, ...oldCheckin } = CHECKIN;
    await applyImport(parsed({ checkins: [oldCheckin], entries: [] }), 'merge');
    expect((await readAll()).checkins).toEqual([{ ...oldCheckin, body: [], source: 'popup' }]);
  });

  it('writes all or nothing: a failure part way leaves every store as it was', async () => {
    await seed(HERE);
    await updateSettings({ reminderEveryMin: 25 });
    const before = { records: await readAll(), settings: await getSettings() };
    const file = parsed(validFile());
    // A record no validation would pass (no key), placed after others were already written.
    const broken = { ...file, breaks: [{ ...BREAK, id: undefined }] } as unknown as ExportFile;
    await expect(applyImport(broken, 'replace')).rejects.toThrow();
    expect({ records: await readAll(), settings: await getSettings() }).toEqual(before);
  });

  it('announces every store afterwards, so open pages refresh', async () => {
    const heard: Change[] = [];
    const stop = onChange((change) => heard.push(change));
    await applyImport(parsed(validFile()), 'merge');
    stop();
    expect(heard.map((change) => change.store).sort()).toEqual([
      'breaks',
      'checkins',
      'entries',
      'exercises',
      'settings',
      'state',
    ]);
  });
});
