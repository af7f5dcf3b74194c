/** Numbers as the reader's locale writes them. */

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** "1.5", "-2", or "–" for no value. */
export function formatMean(value: number | null): string {
  return value === null ? '–' : oneDecimal.format(value);
}

/** "+1.5", "-0.3", "0". */
export function formatShift(value: number): string {
  return signed.format(value);
}

/** "3 Mar" */
export function formatDayShort(day: number): string {
  return new Date(day).toLocaleDateString([], { day: 'numeric', month: 'short' });
}
