import type { Readable } from 'node:stream';

/**
 * Reads ranges of a stream in order (upload sessions send ranges strictly in order); a range
 * before the current position reopens the stream. Holds at most one range in memory.
 */
export class SequentialReader {
  private stream: Readable | null = null;
  private iterator: AsyncIterator<Buffer> | null = null;
  private position = 0;
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly open: () => Promise<Readable>) {}

  async read(start: number, length: number): Promise<Uint8Array> {
    if (!this.iterator || start < this.position) await this.reset();
    // Skip to `start`.
    while (this.position < start) {
      if (this.pending.length === 0 && !(await this.fill())) throw new Error('stream ended before the requested range');
      const skip = Math.min(this.pending.length, start - this.position);
      this.pending = this.pending.subarray(skip);
      this.position += skip;
    }
    const chunks: Buffer[] = [];
    let got = 0;
    while (got < length) {
      if (this.pending.length === 0 && !(await this.fill())) break;
      const take = Math.min(this.pending.length, length - got);
      chunks.push(this.pending.subarray(0, take));
      this.pending = this.pending.subarray(take);
      got += take;
      this.position += take;
    }
    if (got < length) throw new Error('stream ended before the requested range');
    return Buffer.concat(chunks, got);
  }

  close(): void {
    this.stream?.destroy();
    this.stream = null;
    this.iterator = null;
  }

  private async reset(): Promise<void> {
    this.close();
    this.stream = await this.open();
    this.iterator = this.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    this.position = 0;
    this.pending = Buffer.alloc(0);
  }

  private async fill(): Promise<boolean> {
    if (!this.iterator) return false;
    const next = await this.iterator.next();
    if (next.done) return false;
    this.pending = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    return true;
  }
}

/** Reads a whole stream (small files only). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
