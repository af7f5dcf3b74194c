/** A cell value as the exporter produces it. */
export type CsvValue = string | number | null | undefined;

/**
 * Cells a spreadsheet may run as a formula (CSV/formula injection): a formula sign (ASCII or
 * full-width, which some spreadsheets fold to ASCII) at the start, or behind what a spreadsheet may
 * skip or split on first: spaces and line breaks of any kind, a quote, a ";" or "|" separator.
 */
const FORMULA_START = /^[\s"';|]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * One safe CSV cell: text is always quoted, inner quotes doubled, and text that a spreadsheet would
 * run as a formula gets a leading apostrophe. Numbers are written plain (they are ours, not typed
 * text, so "-3" stays a number); missing values are empty.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One CSV line, ended with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Starts the file so spreadsheet programs read it as UTF-8 (notes may hold any language). */
export const CSV_BOM = '\uFEFF';
