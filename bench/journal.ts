import type { BrowserContext, Page } from '@playwright/test';
import { median } from './report';

/** Records, from navigation start, when the journal first shows a day (or its empty state). */
const JOURNAL_PROBE = () => {
  const w = window as { __readyAt?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('section.day article, .empty-journal')) {
      w.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Median time until the journal shows its first day, over `loads` loads after two warm-ups. */
export async function journalReadyMs(context: BrowserContext, url: string, loads: number): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(JOURNAL_PROBE);
  const times: number[] = [];
  for (let i = 0; i < loads + 2; i++) {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, null, {
      timeout: 60_000,
    });
    if (i >= 2) times.push(await page.evaluate(() => (window as { __readyAt?: number }).__readyAt ?? 0));
  }
  await page.close();
  return median(times);
}

/**
 * Latency from the keystroke that completes a query to its results on screen, per query:
 * measured in the page, from the input event to the status line's final words.
 */
export async function searchLatenciesMs(page: Page, queries: readonly string[]): Promise<number[]> {
  const field = page.getByRole('searchbox', { name: 'Search your journal' });
  const latencies: number[] = [];
  for (const query of queries) {
    await field.fill('');
    await page.waitForFunction(() => !document.querySelector('.search-results'));
    await page.evaluate(() => {
      const w = window as { __t0?: number; __t1?: number };
      w.__t0 = undefined;
      w.__t1 = undefined;
      const input = document.querySelector<HTMLInputElement>('input[type=search]');
      // Every keystroke moves the start: the latency counts from the last one.
      input?.addEventListener('input', () => (w.__t0 = performance.now()));
      new MutationObserver((_, observer) => {
        const status = document.querySelector('.search-results [role=status]');
        if (status && !status.textContent?.includes('…')) {
          w.__t1 = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await field.pressSequentially(query);
    await page.waitForFunction(() => (window as { __t1?: number }).__t1 !== undefined, null, {
      timeout: 60_000,
    });
    latencies.push(
      await page.evaluate(() => {
        const w = window as { __t0?: number; __t1?: number };
        return (w.__t1 ?? 0) - (w.__t0 ?? 0);
      }),
    );
  }
  return latencies;
}
