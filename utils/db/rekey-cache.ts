/** An item that needs converting, with its stored value as JSON (what its conversion was made from). */
export interface Pending<T> {
  item: T;
  before: string;
}

/**
 * Converted copies kept across a rekey's attempts, by id, each with the JSON of the stored value it
 * was made from. A copy may be written only while that value is still the one stored: anything else
 * was written by another page meanwhile, and the attempt must start over. Keeping the copies makes
 * that cheap: the next attempt converts only what changed.
 */
export class ConversionCache<T> {
  private readonly made = new Map<string, { before: string; after: T }>();

  constructor(
    private readonly idOf: (item: T) => string,
    private readonly needsWork: (item: T) => boolean,
  ) {}

  /** Of `items` as stored: how many need work, and those without a copy made from their value. */
  pending(items: readonly T[]): { needed: number; toConvert: Pending<T>[] } {
    const needing = items.filter(this.needsWork);
    const toConvert = needing
      .map((item) => ({ item, before: JSON.stringify(item) }))
      .filter(({ item, before }) => this.made.get(this.idOf(item))?.before !== before);
    return { needed: needing.length, toConvert };
  }

  /** Keeps the copies made for `toConvert`, in the same order. */
  keep(toConvert: readonly Pending<T>[], converted: readonly T[]): void {
    if (converted.length !== toConvert.length) throw new Error('Converted copies do not match the items.');
    toConvert.forEach(({ item, before }, i) => {
      const after = converted[i];
      if (after !== undefined) this.made.set(this.idOf(item), { before, after });
    });
  }

  /**
   * The copies to write for `items` as stored now (read inside the write transaction), or null when
   * one of them needs work and has no copy made from its current value (changed meanwhile).
   */
  copiesFor(items: readonly T[]): T[] | null {
    const copies: T[] = [];
    for (const item of items) {
      if (!this.needsWork(item)) continue;
      const made = this.made.get(this.idOf(item));
      if (!made || made.before !== JSON.stringify(item)) return null;
      copies.push(made.after);
    }
    return copies;
  }
}
