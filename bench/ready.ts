import type { BrowserContext } from '@playwright/test';
import { median } from './report';

/** A page to time: where to open it, and what shows that it is ready. */
export interface ReadyTarget {
  context: BrowserContext;
  url: string;
  /** The page is ready once an element matches this (checked on every change to the DOM). */
  readySelector: string;
}

/** In the page, from navigation start: when the first element matching `selector` appears. */
function markReady(selector: string): void {
  const w = window as { __readyAt?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      w.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Median time to ready of each target over `loads` loads, after two warm-up rounds (as a second
 * open would find the caches). The targets load in turn, A B A B ..., each in a tab of its own: a
 * slow spell of the machine falls on all of them alike instead of on whichever was measured
 * during it, so their ratio stays put from run to run.
 */
export async function interleavedReadyMs(targets: readonly ReadyTarget[], loads: number): Promise<number[]> {
  const tabs = await Promise.all(
    targets.map(async (target) => {
      const page = await target.context.newPage();
      await page.addInitScript(markReady, target.readySelector);
      return { page, url: target.url, times: [] as number[] };
    }),
  );
  for (let round = 0; round < loads + 2; round++) {
    for (const tab of tabs) {
      await tab.page.goto(tab.url);
      await tab.page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, null, {
        timeout: 60_000,
      });
      const at = await tab.page.evaluate(() => (window as { __readyAt?: number }).__readyAt ?? 0);
      if (round >= 2) tab.times.push(at);
    }
  }
  await Promise.all(tabs.map((tab) => tab.page.close()));
  return tabs.map((tab) => median(tab.times));
}
