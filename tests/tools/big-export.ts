/** 2 November 2026: the day every generated entry is written on, a millisecond apart. */
const DAY = Date.UTC(2026, 10, 2);

/**
 * A version 1 export of `count` tiny entries, as JSON text: 600,000 of them come close to the
 * 50 MB import limit, the largest file Thaw accepts (used by the import e2e tests and the bench).
 */
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
