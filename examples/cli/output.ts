/**
 * Output lines written straight into UTF-8 bytes. A batch's decisions held as strings until the
 * batch ends would be copied by every young-generation collection and then promoted; bytes live
 * outside the JavaScript heap, and a worker hands them to the main thread without a copy.
 */
const encoder = new TextEncoder();

/** A growing UTF-8 buffer of lines, cut into segments at marked places. */
export class LineBuffer {
  private bytes: Uint8Array;
  private length = 0;
  private readonly marks: number[] = [];

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(capacity, 1024));
  }

  /**
   * Appends a line and its `\n`.
   *
   * @example
   * output.writeLine(JSON.stringify(decision));
   */
  writeLine(line: string): void {
    // A UTF-16 code unit never takes more than 3 UTF-8 bytes.
    const needed = this.length + line.length * 3 + 1;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(line, this.bytes.subarray(this.length)).written;
    this.bytes[this.length++] = 0x0a;
  }

  /** Ends a segment here (where a failure is reported between the lines). */
  mark(): void {
    this.marks.push(this.length);
  }

  /**
   * The lines as segments cut at the marks (one more segment than marks), views of one buffer.
   *
   * @example
   * output.segments(); // [Uint8Array(...)]
   */
  segments(): Uint8Array[] {
    const ends = [...this.marks, this.length];
    return ends.map((end, index) => this.bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
  }
}
