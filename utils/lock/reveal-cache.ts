import { mapBatched } from './map-batched';
import { placeOf, withPlainText, type PrivateRecord, type Reveal } from './records';

/**
 * The cache's key for a record's protected text: its place and IV (unique to each encryption, so an
 * edited text is a new entry). The place is part of it because a text copied into another record
 * keeps its IV, and must not show there what it said where it was revealed.
 */
function keyOf(record: PrivateRecord, iv: string): string {
  const place = placeOf(record);
  return JSON.stringify([place.store, place.id, iv]);
}

/**
 * Texts revealed in this page while it is unlocked, by place and IV. A record seen once shows again without decrypting, and search can read
 * every note synchronously inside its database cursor once `fill` has revealed them all.
 */
export class RevealCache {
  /** The text, or null when it cannot be opened with this vault (kept locked on screen). */
  private readonly texts = new Map<string, string | null>();

  constructor(private readonly reveal: Reveal) {}

  /**
   * The record readable from what is already revealed; a text that cannot be opened leaves the
   * record as it is (still `locked`). Undefined when its text has not been revealed yet.
   */
  peek<T extends PrivateRecord>(record: T): T | undefined {
    if (!record.locked) return record;
    const text = this.texts.get(keyOf(record, record.locked.iv));
    if (text === undefined) return undefined;
    return text === null ? record : withPlainText(record, text);
  }

  /** Reveals whatever of these records is not revealed yet, a batch of decryptions at a time. */
  async fill(records: readonly PrivateRecord[]): Promise<void> {
    const toConvert = records.flatMap((record) => {
      if (!record.locked) return [];
      const key = keyOf(record, record.locked.iv);
      return this.texts.has(key) ? [] : [{ key, locked: record.locked, place: placeOf(record) }];
    });
    await mapBatched(toConvert, async ({ key, locked, place }) => {
      const text = await this.reveal(locked, place).catch(() => null);
      this.texts.set(key, text);
    });
  }

  /** The records readable (those that can be), revealing what is needed. */
  async show<T extends PrivateRecord>(records: readonly T[]): Promise<T[]> {
    await this.fill(records);
    return records.map((record) => this.peek(record) ?? record);
  }
}
