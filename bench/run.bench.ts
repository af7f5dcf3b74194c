import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, getWorker, launchExtension } from '../tests/e2e/fixtures';
import { buildWithYardsticks, POPUP_READY, popupScriptBytes, REACT_PAGE, REACT_READY } from './popup';
import { interleavedReadyMs } from './ready';
import { table, withinBudget, writeResults, type Figure } from './report';
import { simulatedDay } from './scheduler-day';
import { readFloorMs } from './export';
import { exportToDisk, popupSaveMs, storageMb } from './writes';
import { largestImportMs } from './import';
import { LARGEST_IMPORT_ENTRIES } from '../tests/tools/big-export';
import { JOURNAL_READY, searchLatenciesMs } from './journal';
import { median } from './report';
import { generateHistory, recordCount } from '../tests/tools/seed-data';
import { countRecords, seedHistory } from '../tests/e2e/seed';

const RECORDS = 50_000;
const JOURNAL_LOADS = 15;
/** Everyday searches: words and phrases from the kind of notes people write. */
const QUERIES = ['walk', 'tired', 'shoulders', 'friend', 'rain', 'lunch', 'music', 'sleep', 'tea'];
/** A word in no record: the whole history has to be read to be sure. */
const ABSENT = 'zeppelin';

/** A generated history of at least `count` records, ending now. */
function historyOf(count: number) {
  let days = 1000;
  for (;;) {
    const history = generateHistory({ days, seed: 7, end: Date.now() });
    if (recordCount(history) >= count) return history;
    days = Math.ceil(days * 1.3);
  }
}

const LOADS = 41;
const SAVES = 7;

/** Chromium with the extension at `extensionDir` and a profile of its own. */
async function launch(extensionDir: string, profileDir: string) {
  const context = await launchExtension(profileDir, { extensionDir });
  const worker = await getWorker(context);
  return { context, worker, origin: `chrome-extension://${new URL(worker.url()).host}` };
}

test('benchmark', async () => {
  test.setTimeout(30 * 60_000);
  const work = await mkdtemp(path.join(tmpdir(), 'thaw-bench-'));
  const buildDir = path.join(work, 'extension');
  await buildWithYardsticks(EXTENSION_DIR, buildDir);
  const { context, worker, origin } = await launch(buildDir, path.join(work, 'profile'));
  const figures: Figure[] = [];

  const [popupMs = 0, reactMs = 1, blankMs = 1] = await interleavedReadyMs(
    [
      { context, url: `${origin}/popup.html`, readySelector: POPUP_READY },
      { context, url: `${origin}/${REACT_PAGE}`, readySelector: REACT_READY },
      { context, url: `${origin}/bench-blank.html`, readySelector: POPUP_READY },
    ],
    LOADS,
  );
  figures.push({
    name: 'popup ready ÷ minimal React page',
    how: `median of ${LOADS} loads to interactive check-in controls (${popupMs.toFixed(1)} ms), ÷ the smallest React 19 page (one root, one button: ${reactMs.toFixed(1)} ms), loaded in turn with the popup`,
    value: popupMs / reactMs,
    unit: '×',
    budget: 1.2,
  });
  figures.push({
    name: 'popup ready ÷ blank page',
    how: `the same popup loads ÷ a blank page of the same extension (one tiny script, ${blankMs.toFixed(1)} ms), loaded in turn`,
    value: popupMs / blankMs,
    unit: '×',
    budget: null,
  });
  figures.push({
    name: 'popup JavaScript',
    how: 'gzip size of every script the popup may load (its entry and all its lazy chunks)',
    value: Math.round((await popupScriptBytes(EXTENSION_DIR)) / 102.4) / 10,
    unit: 'KB',
    budget: 90,
  });

  const emptySave = await popupSaveMs(context, `${origin}/popup.html`, SAVES);
  const history = historyOf(RECORDS);
  await seedHistory(worker, history);
  // The empty journal in a second browser with a profile of its own, loaded in turn with the full one.
  const empty = await launch(buildDir, path.join(work, 'empty-profile'));
  const [fullJournalMs = 0, emptyJournalMs = 1] = await interleavedReadyMs(
    [
      { context, url: `${origin}/journal.html`, readySelector: JOURNAL_READY },
      { context: empty.context, url: `${empty.origin}/journal.html`, readySelector: JOURNAL_READY },
    ],
    JOURNAL_LOADS,
  );
  await empty.context.close();
  figures.push({
    name: `journal ready at ${recordCount(history)} records`,
    how: `median of ${JOURNAL_LOADS} loads to the first day shown (${fullJournalMs.toFixed(1)} ms), ÷ the same with an empty database (${emptyJournalMs.toFixed(1)} ms, a second browser, loaded in turn)`,
    value: fullJournalMs / emptyJournalMs,
    unit: '×',
    budget: 1.3,
  });

  const journal = await context.newPage();
  await journal.goto(`${origin}/journal.html`);
  const latencies = await searchLatenciesMs(journal, QUERIES);
  figures.push({
    name: `search at ${recordCount(history)} records`,
    how: `median latency from the last keystroke to results shown, over ${QUERIES.length} everyday queries (includes the 25 ms pause that waits for typing to stop): ${latencies.map((l) => l.toFixed(0)).join(', ')} ms`,
    value: Math.round(median(latencies)),
    unit: 'ms',
    budget: 100,
  });
  const [absent] = await searchLatenciesMs(journal, [ABSENT]);
  figures.push({
    name: 'search for a word found nowhere',
    how: 'the worst case: every record is read to be sure',
    value: Math.round(absent ?? 0),
    unit: 'ms',
    budget: null,
  });

  await journal.close();

  const options = await context.newPage();
  await options.goto(`${origin}/options.html`);
  const readFloor = await readFloorMs(options, 5);
  const stored = Object.values(await countRecords(worker)).reduce((a, b) => a + b, 0);
  const exports: { ms: number; bytes: number }[] = [];
  for (let run = 0; run < 3; run++) exports.push(await exportToDisk(options, stored));
  const exportedMs = median(exports.map((e) => e.ms));
  const exportBytes = exports[0]?.bytes ?? 1;
  figures.push({
    name: `export ${recordCount(history)} records`,
    how: `from the click until the browser has written the whole JSON file, checked to hold every record (${exportedMs.toFixed(0)} ms, median of 3) ÷ getAll of every store, the cheapest read IndexedDB offers (${readFloor.toFixed(0)} ms)`,
    value: exportedMs / readFloor,
    unit: '×',
    budget: 1.3,
  });

  const storage = await storageMb(options);
  await options.close();
  // With no other page of the extension open: an open journal re-reads after each save, and a save
  // waits for its reads.
  const fullSave = await popupSaveMs(context, `${origin}/popup.html`, SAVES);
  figures.push({
    name: `popup save at ${recordCount(history)} records`,
    how: `median of ${SAVES} saves from Save to "Thank you" (${fullSave.toFixed(0)} ms) ÷ the same with an empty database (${emptySave.toFixed(0)} ms)`,
    value: fullSave / emptySave,
    unit: '×',
    budget: 1.2,
  });
  figures.push({
    name: `storage at ${recordCount(history)} records`,
    how: `what the browser counts for the extension (records and indexes, ${storage} MB) ÷ the JSON export's size (${(exportBytes / 1_048_576).toFixed(1)} MB)`,
    value: Math.round((storage * 1_048_576 * 100) / exportBytes) / 100,
    unit: '×',
    budget: null,
  });

  // Last among the browser figures: it adds 600,000 entries to the profile.
  const importPage = await context.newPage();
  await importPage.goto(`${origin}/options.html`);
  const largest = await largestImportMs(importPage, work);
  await importPage.close();
  figures.push({
    name: `largest import (${largest.mb.toFixed(0)} MB, ${LARGEST_IMPORT_ENTRIES.toLocaleString('en')} entries)`,
    how: `on the options page, from choosing the file until "Done": read and checked in a worker (${(largest.checkMs / 1000).toFixed(1)} s), then written (${(largest.writeMs / 1000).toFixed(1)} s)`,
    value: Math.round((largest.checkMs + largest.writeMs) / 100) / 10,
    unit: 's',
    budget: null,
  });

  const day = simulatedDay();
  figures.push({
    name: 'alarms in a simulated 8 h day',
    how: `through the scheduler: ${day.reminders} reminders, ${day.idleTransitions} idle transitions`,
    value: day.alarms,
    unit: '',
    budget: day.reminders + day.idleTransitions + 2,
  });

  const zips = (await readdir('.output')).filter((f) => f.endsWith('-chrome.zip'));
  const zip = zips.sort().at(-1);
  if (zip) {
    figures.push({
      name: 'store package',
      how: `size of .output/${zip}`,
      value: Math.round((await stat(path.join('.output', zip))).size / 102.4) / 10,
      unit: 'KB',
      budget: null,
    });
  }

  await context.close();
  await rm(work, { recursive: true, force: true });
  await writeResults(figures);
  console.log(`\n${table(figures)}\n`);
  for (const f of figures) console.log(`${f.name}: ${f.how}`);
  expect(
    figures.filter((f) => !withinBudget(f)).map((f) => f.name),
    'budgets missed',
  ).toEqual([]);
});
