import type { Settings } from '../settings/settings';
import { ChunkedText } from './chunks';
import { EXPORT_FORMAT, EXPORT_VERSION, type RecordStore } from './format';

/**
 * Writes the export JSON in parts (for a Blob): the fast path adds the stored export parts (Blobs of
 * records already written as JSON), the unlocked path adds records it has revealed one at a time.
 * Same bytes both ways.
 */
export class ExportJsonWriter {
  private readonly out = new ChunkedText();
  private readonly parts: BlobPart[] = [];
  private separator = '\n';

  constructor(now: number, settings: Settings) {
    this.out.push(`{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":${now},\n`);
    this.out.push(`"settings":${JSON.stringify(settings)}`);
  }

  /** Opens the list of one store; its records follow with `add`. */
  beginStore(store: RecordStore): void {
    this.out.push(`,\n"${store}":[`);
    this.separator = '\n';
  }

  add(record: unknown): void {
    this.out.push(this.separator + JSON.stringify(record));
    this.separator = ',\n';
  }

  /** Records already written as JSON, `,\n` between them (an export part), after any added before. */
  addPart(json: Blob): void {
    this.parts.push(...this.out.finish(), this.separator, json);
    this.separator = ',\n';
  }

  endStore(): void {
    this.out.push('\n]');
  }

  /** The whole file's parts; the writer is empty afterwards. */
  finish(): BlobPart[] {
    this.out.push('}\n');
    return this.parts.splice(0).concat(this.out.finish());
  }
}
