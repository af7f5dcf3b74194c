import type { Page } from '@playwright/test';

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

/** The floor: reading every record out of IndexedDB (getAll per store, the cheapest read there is), median of `runs`. */
export async function readFloorMs(page: Page, runs: number): Promise<number> {
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
    const reads: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await Promise.all(['checkins', 'entries', 'breaks'].map(readAll));
      reads.push(performance.now() - t0);
    }
    return reads.sort((a, b) => a - b)[Math.floor(reads.length / 2)] ?? 0;
  }, runs);
}
