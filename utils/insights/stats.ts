/** Small number helpers shared by the insights. */

/** The mean of the numbers, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Rounded to one decimal, for display and stable comparisons. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The values that are numbers, dropping null and undefined. */
export function present(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => typeof value === 'number');
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
