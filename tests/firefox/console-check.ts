import type { ConsoleEntry } from './browser-window';

/**
 * What Thaw put in the console as an error or a warning:
 * - `console.error` and `console.warn` calls of its pages and background, which reach the browser's standard
 *   output (`devtools.console.stdout.content`); with `browser.dom.window.dump.enabled` off the browser's own
 *   modules print nothing there, and the only pages open are Thaw's;
 * - script errors and warnings the console service holds whose source is one of Thaw's files, or that
 *   Firefox reports about the add-on by its id (e.g. "In add-on thaw@…, attempting to use listener …").
 */
export function thawConsoleProblems(options: {
  output: readonly string[];
  entries: readonly ConsoleEntry[];
  origin: string;
  addonId: string;
}): string[] {
  const { output, entries, origin, addonId } = options;
  const printed = output.filter((line) => /^console\.(error|warn|assert):/.test(line));
  const reported = entries
    .filter((e) => e.level !== 'info')
    .filter((e) => e.source.startsWith(`${origin}/`) || e.message.includes(addonId))
    .map((e) => `${e.level}: ${e.message} (${e.source})`);
  return [...printed, ...reported];
}
