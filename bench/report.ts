import { writeFile } from 'node:fs/promises';

/** One measured figure with its budget. */
export interface Figure {
  name: string;
  how: string;
  value: number;
  unit: string;
  /** The figure must stay at or below this; null = reported only. */
  budget: number | null;
}

export const withinBudget = (f: Figure) => f.budget === null || f.value <= f.budget;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fmt = (v: number, unit: string) => `${Number.isInteger(v) ? v : v.toFixed(2)} ${unit}`.trim();

/** The table for the terminal and the README. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${fmt(f.value, f.unit)} | ${f.budget === null ? 'report' : `≤ ${fmt(f.budget, f.unit)}`} | ${withinBudget(f) ? 'ok' : 'MISSED'} |`,
  );
  return ['| figure | measured | budget | |', '|---|---|---|---|', ...rows].join('\n');
}

export async function writeResults(figures: readonly Figure[], file = 'bench/results.json'): Promise<void> {
  await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
}
