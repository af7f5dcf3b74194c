import type { Page } from '@playwright/test';
import { median } from './report';

/**
 * Records, in the page, the wall-clock time of the next click on the export button: the export is
 * timed from the click itself, not from Playwright's checks before clicking (they wait for frames).
 */
export async function markNextClick(options: Page): Promise<() => Promise<number>> {
  await options.evaluate(() => {
    const w = window as { __clickedAt?: number };
    delete w.__clickedAt;
    document.addEventListener('click', () => (w.__clickedAt = Date.now()), { capture: true, once: true });
  });
  return () => options.evaluate(() => (window as { __clickedAt?: number }).__clickedAt ?? Number.NaN);
}

/** Milliseconds from the click on "Download everything (JSON)" to the browser's download, median of `runs`. */
export async function exportMs(options: Page, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const clickedAt = await markNextClick(options);
    const download = options.waitForEvent('download', { timeout: 120_000 });
    await options.getByRole('button', { name: 'Download everything (JSON)' }).click();
    const started = await download;
    const ended = Date.now();
    await started.cancel();
    times.push(ended - (await clickedAt()));
  }
  return median(times);
}

/**
 * The floors: reading every record out of IndexedDB (getAll per store, the cheapest read there is),
 * and JSON.stringify of the same records once in memory; medians of `runs`.
 */
export async function floorsMs(page: Page, runs: number): Promise<{ readMs: number; stringifyMs: number }> {
  return page.evaluate(async (count) => {
    const readAll = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('thaw');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      });
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const reads: number[] = [];
    let records: Record<string, unknown[]> = {};
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      records = {
        checkins: await readAll('checkins'),
        entries: await readAll('entries'),
        breaks: await readAll('breaks'),
      };
      reads.push(performance.now() - t0);
    }
    const stringifies: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      JSON.stringify(records);
      stringifies.push(performance.now() - t0);
    }
    return { readMs: mid(reads), stringifyMs: mid(stringifies) };
  }, runs);
}

export { median };
