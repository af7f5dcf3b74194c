import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import { putCheckin } from '../db/checkins';
import { getDb } from '../db/connection';
import { getSettings, updateSettings } from '../db/settings';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { applyImport } from './apply';
import { deleteEverything } from './delete';
import { exportCsv, exportJson, type ExportProgress } from './export';
import { byId, exportFromRecords, fileText, readAll, seed } from './fixtures/database';
import { manyRecords } from './fixtures/many';
import { readExportFile } from './parse';

describe('JSON export', () => {
  it('gives back exactly the same 10,000 records and settings after export, delete and import', async () => {
    const records = manyRecords(10_000);
    await seed(records);
    await updateSettings({ reminderEveryMin: 35, quietDays: [0, 6], helpRegion: 'GB', theme: 'dark' });
    const settings = await getSettings();

    const parts = await exportJson(Date.UTC(2026, 10, 3));
    expect(parts.length).toBeGreaterThan(10); // written in parts, not one string
    await deleteEverything();
    expect(await readAll()).toEqual({ checkins: [], entries: [], breaks: [], exercises: [] });

    const file = await readExportFile(new Blob(parts));
    if (!file.ok) throw new Error(`the export did not read back: ${JSON.stringify(file.problem)}`);
    await applyImport(file.value, 'replace');

    expect(await readAll()).toEqual({
      checkins: byId(records.checkins),
      entries: byId(records.entries),
      breaks: byId(records.breaks),
      exercises: byId(records.exercises),
    });
    expect(await getSettings()).toEqual(settings);
  }, 60_000);

  it('equals a dump of the stores record by record, oldest first, and says how far it has come', async () => {
    await seed(manyRecords(10_000));
    const progress: ExportProgress[] = [];
    const text = await fileText(await exportJson(7, { onProgress: (p) => progress.push(p) }));
    expect(text).toBe(await exportFromRecords(7));
    expect(progress.at(-1)).toEqual({ step: 'reading', done: 10_000, total: 10_000 });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p.done > (progress[i - 1]?.done ?? 0))).toBe(true);
  }, 60_000);

  it('stops when cancelled between two batches, making no file', async () => {
    await seed(manyRecords(3_000));
    const cancel = new AbortController();
    const exporting = exportJson(1, {
      signal: cancel.signal,
      onProgress: ({ done }) => {
        if (done >= 1_000) cancel.abort();
      },
    });
    await expect(exporting).rejects.toMatchObject({ name: 'AbortError' });
    // The database is untouched and a later export works.
    expect(await fileText(await exportJson(1))).toBe(await exportFromRecords(1));
  }, 60_000);

  it("writes the settings of an older version in today's shape (the chime switch as guidance)", async () => {
    const { guidance: _new, ...older } = DEFAULT_SETTINGS;
    await (await getDb()).put('settings', { ...older, sound: true } as never, 'settings');
    const text = await fileText(await exportJson(1234));
    const { settings } = JSON.parse(text) as { settings: Record<string, unknown> };
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, guidance: 'chimes' });
  });

  it('writes the format marker, version, time and the default settings of a new user', async () => {
    const text = await fileText(await exportJson(1234));
    expect(JSON.parse(text)).toEqual({
      format: 'thaw-export',
      version: 2,
      exportedAt: 1234,
      settings: DEFAULT_SETTINGS,
      checkins: [],
      entries: [],
      breaks: [],
      exercises: [],
    });
  });
});

describe('CSV export', () => {
  it('writes a header and one safe row per check-in', async () => {
    await putCheckin(
      makeCheckin({
        id: 'c1',
        at: Date.UTC(2026, 10, 2, 9, 30),
        pleasantness: -3,
        energy: null,
        emotions: ['numb', 'tired'],
        body: [],
        factors: ['outdoors', 'own_1'],
        note: '=cmd|" /C calc"!A0, said "hi"',
      }),
    );
    const text = (await exportCsv('checkins')).join('');
    expect(text).toBe(
      '\uFEFF"id","time","pleasantness","energy","feelings","body","factors","note","source","break_id"\r\n' +
        `"c1","2026-11-02T09:30:00.000Z",-3,,"numb; tired","","outdoors; own_1","'=cmd|"" /C calc""!A0, said ""hi""","popup",\r\n`,
    );
  });

  it('writes entries and breaks with their own columns', async () => {
    const records = manyRecords(50);
    await seed(records);
    const entries = (await exportCsv('entries')).join('').split('\r\n');
    const breaks = (await exportCsv('breaks')).join('').split('\r\n');
    expect(entries[0]).toBe('\uFEFF"id","created","updated","prompt","tags","text"');
    expect(breaks[0]).toBe(
      '\uFEFF"id","time","ended","outcome","origin","exercise","snoozes","checkin_before","checkin_after"',
    );
    // Header, one line per record, and the empty string after the last CRLF.
    expect(breaks).toHaveLength(records.breaks.length + 2);
  });
});
