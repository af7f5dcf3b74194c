import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { median } from './report';

/**
 * Copies the build and adds a blank page (one tiny module script that marks itself ready), so
 * the popup can be compared with the cheapest possible page of the same extension.
 */
export async function buildWithBlankPage(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  await writeFile(
    path.join(to, 'bench-blank.html'),
    '<!doctype html><div id="root"></div><script type="module" src="bench-blank.js"></script>',
  );
  await writeFile(
    path.join(to, 'bench-blank.js'),
    "document.getElementById('root').innerHTML = '<input type=range>';",
  );
}

/** Records, from navigation start, when the first range input (the mood meter) appears. */
const READY_PROBE = () => {
  const w = window as { __readyAt?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('input[type=range]')) {
      w.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Median time to interactive check-in controls over `loads` fresh loads of a page. */
export async function medianReadyMs(context: BrowserContext, url: string, loads: number): Promise<number> {
  const times: number[] = [];
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  for (let i = 0; i < loads + 2; i++) {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined);
    const at = await page.evaluate(() => (window as { __readyAt?: number }).__readyAt ?? 0);
    if (i >= 2) times.push(at); // the first loads warm the caches, as a real second open would
  }
  await page.close();
  return median(times);
}

/**
 * Gzip size of every script the popup may load: its entry and all of its own chunks (the database
 * code it fetches after the first render and the after-save view included), not only the first file.
 */
export async function popupScriptBytes(buildDir: string): Promise<number> {
  const html = await readFile(path.join(buildDir, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const chunks = (await readdir(path.join(buildDir, 'chunks'))).filter((f) => f.startsWith('popup-'));
  let total = 0;
  for (const file of [...entries, ...chunks.map((c) => `chunks/${c}`)]) {
    total += gzipSync(await readFile(path.join(buildDir, file))).length;
  }
  return total;
}
