import type { Settings } from '../settings/settings';
import { ChunkedText } from './chunks';
import { EXPORT_FORMAT, EXPORT_VERSION, type RecordStore } from './format';

/** Writes the export JSON in parts (for a Blob), one record a line. */
export class ExportJsonWriter {
  private readonly out = new ChunkedText();
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

  endStore(): void {
    this.out.push('\n]');
  }

  /** The whole file's parts; the writer is empty afterwards. */
  finish(): string[] {
    this.out.push('}\n');
    return this.out.finish();
  }
}
