import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InlineConfig } from 'vite';

/**
 * Makes the popup's build step (WXT builds an unlisted script as one IIFE) an ES module with its own
 * lazy chunks: what the first render needs in one file; what a save, the break plan or opening a
 * page needs (the database code, webextension-polyfill) fetched afterwards. The pages' chunk
 * grouping does not apply to it.
 */
export function asPopupModule(config: InlineConfig): void {
  if (config.build?.lib) config.build.lib.formats = ['es'];
  // The entry exports nothing, so the shared code can be merged into it instead of a chunk of its own.
  if (config.build?.rolldownOptions) config.build.rolldownOptions.preserveEntrySignatures = false;
  const output = config.build?.rolldownOptions?.output;
  if (output && !Array.isArray(output)) {
    delete output.codeSplitting;
    output.chunkFileNames = 'chunks/popup-[name]-[hash].js';
  }
}

/**
 * Replaces `<link rel="stylesheet" href="/{stylesheet}">` in `page` with the stylesheet's text in a
 * `<style>` element (the file stays: dev mode links it). Does nothing when the page has no such link (dev mode
 * may serve the page itself). Extension pages allow inline styles; only inline scripts are refused.
 */
export async function inlineStylesheet(outDir: string, page: string, stylesheet: string): Promise<void> {
  const pagePath = path.join(outDir, page);
  const html = await readFile(pagePath, 'utf8').catch(() => null);
  const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${stylesheet.replace(/[.]/g, '\\.')}"[^>]*>`);
  if (!html || !link.test(html)) return;
  const css = await readFile(path.join(outDir, stylesheet), 'utf8');
  if (css.includes('</style')) throw new Error(`${stylesheet} cannot be inlined: it contains "</style".`);
  await writeFile(
    pagePath,
    html.replace(link, () => `<style>${css}</style>`),
  );
}
