import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InlineConfig } from 'vite';

/** Drops the pages' chunk grouping from a build step's config (an unlisted script is one file). */
export function withoutChunkGroups(config: InlineConfig): void {
  const output = config.build?.rolldownOptions?.output;
  if (output && !Array.isArray(output)) delete output.codeSplitting;
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
