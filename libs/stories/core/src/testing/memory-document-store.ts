// An in-memory DocumentStore for unit specs: staging hashes the bytes, commit keeps them,
// discard is counted (a refused upload must leave nothing behind).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DocumentStore, StagedFile } from '@verbinder/shared/kernel';

export class MemoryDocumentStore implements DocumentStore {
  readonly files = new Map<string, Buffer>();
  discarded = 0;

  async stage(source: Readable, options: { maxBytes: number; headBytes: number }): Promise<StagedFile> {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk as Buffer));
    const bytes = Buffer.concat(chunks);
    const tooLarge = bytes.length > options.maxBytes;
    const kept = tooLarge ? bytes.subarray(0, options.maxBytes) : bytes;
    const sha256 = createHash('sha256').update(kept).digest('hex');
    return {
      sha256,
      size: kept.length,
      tooLarge,
      head: kept.subarray(0, options.headBytes),
      tail: kept.subarray(Math.max(0, kept.length - 64 * 1024)),
      commit: async () => void this.files.set(sha256, kept),
      discard: async () => void (this.discarded += 1),
    };
  }

  async put(source: Readable, options: { maxBytes: number }): Promise<{ sha256: string; size: number }> {
    const staged = await this.stage(source, { maxBytes: options.maxBytes, headBytes: 0 });
    await staged.commit();
    return { sha256: staged.sha256, size: staged.size };
  }

  async open(sha256: string): Promise<Readable> {
    const bytes = this.files.get(sha256);
    if (!bytes) throw new Error(`no file ${sha256}`);
    return Readable.from([bytes]);
  }

  async exists(sha256: string): Promise<boolean> {
    return this.files.has(sha256);
  }

  async deleteUnreferenced(referenced: ReadonlySet<string>): Promise<number> {
    const gone = [...this.files.keys()].filter((sha) => !referenced.has(sha));
    for (const sha of gone) this.files.delete(sha);
    return gone.length;
  }
}

/** The first bytes of a width × height PNG (signature and IHDR): enough for type and size detection. */
export function pngHeader(width: number, height: number, seed = 0): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(2, 17);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.from([seed])]);
}
