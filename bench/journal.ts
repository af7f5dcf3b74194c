import type { Page } from '@playwright/test';

/** The journal is ready once it shows its first day, or its empty state. */
export const JOURNAL_READY = 'section.day article, .empty-journal';

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
