/** Seeded randomness for generated test data (tests/tools/seed-data.ts): same seed, same numbers. */

/** mulberry32: small, fast, good enough for test data. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Small helpers over one random source. */
export function randomTools(random: () => number) {
  const pick = <T>(items: readonly T[]): T =>
    items[Math.min(items.length - 1, Math.floor(random() * items.length))] as T;
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + random() * (high - low);
  /** Roughly normal noise (sum of uniforms), mean 0, spread about `size`. */
  const noise = (size: number) => (random() + random() + random() - 1.5) * size;
  const weighted = <T>(options: readonly [T, number][]): T => {
    let left = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of options) if ((left -= weight) <= 0) return value;
    return (options.at(-1) as [T, number])[0];
  };
  return { pick, chance, between, noise, weighted };
}
