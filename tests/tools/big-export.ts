/** 2 November 2026: the day every generated entry is written on, a millisecond apart. */
const DAY = Date.UTC(2026, 10, 2);

/** Tiny entries in the largest file the import accepts: 570,000 make 49.4 MB, under its 50 MB. */
export const LARGEST_IMPORT_ENTRIES = 570_000;

/** A version 1 export of `count` tiny entries, as JSON text (for the import e2e tests and the bench). */
export function exportOfTinyEntries(count: number, text = 'x'): string {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `e-${i}`,
    createdAt: DAY + i,
    updatedAt: DAY + i,
    text,
    tags: [],
  }));
  return JSON.stringify({
    format: 'thaw-export',
    version: 1,
    exportedAt: DAY,
    settings: {},
    checkins: [],
    entries,
    breaks: [],
  });
}
