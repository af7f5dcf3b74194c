import { pageLocale } from '@/components/page-locale';

/** Numbers as the page's locale writes them (made when first needed: the locale is the page's). */
let oneDecimalFormat: Intl.NumberFormat | undefined;
let signedFormat: Intl.NumberFormat | undefined;
const oneDecimal = () =>
  (oneDecimalFormat ??= new Intl.NumberFormat(pageLocale(), { maximumFractionDigits: 1 }));
const signed = () =>
  (signedFormat ??= new Intl.NumberFormat(pageLocale(), {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }));

/** "1.5", "-2", or "–" for no value. */
export function formatMean(value: number | null): string {
  return value === null ? '–' : oneDecimal().format(value);
}

/** "+1.5", "-0.3", "0". */
export function formatShift(value: number): string {
  return signed().format(value);
}

/** "3 Mar" */
export function formatDayShort(day: number): string {
  return new Date(day).toLocaleDateString(pageLocale(), { day: 'numeric', month: 'short' });
}
