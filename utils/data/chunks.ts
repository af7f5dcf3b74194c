/** Default size of one part: large enough to keep the part count low, small enough to stay cheap. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Collects text in parts of about `chunkChars` characters, for a Blob made of parts: no single
 * giant string and no array holding one string per record.
 */
export class ChunkedText {
  private readonly parts: string[] = [];
  private buffer = '';

  constructor(private readonly chunkChars = CHUNK_CHARS) {}

  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= this.chunkChars) {
      this.parts.push(this.buffer);
      this.buffer = '';
    }
  }

  /** The parts, in order; the collector is empty afterwards. */
  finish(): string[] {
    if (this.buffer) this.parts.push(this.buffer);
    this.buffer = '';
    return this.parts.splice(0);
  }
}
