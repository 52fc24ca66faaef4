import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { type DocumentStore, type StagedFile, storageFull } from '@verbinder/shared/kernel';

const TAIL_BYTES = 64 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

/** errno codes that mean "no room": disk full, quota exceeded, file larger than the file system takes. */
const STORAGE_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Whether a file-system error means the disk (or the quota) is full. */
export const isStorageFull = (error: unknown): boolean => STORAGE_FULL_CODES.has(String((error as { code?: unknown } | null)?.code));

/** A full disk becomes the Dutch INSUFFICIENT_STORAGE error (HTTP 507); anything else stays as it is. */
const orStorageFull = (error: unknown): unknown => (isStorageFull(error) ? storageFull() : error);

/** What one sweep of the temporary folder removed. */
export interface TempSweep {
  removed: number;
  bytes: number;
}

/**
 * Content-addressed files under `${root}/<sha256[0:2]>/<sha256>`. An upload is written to a
 * temporary file while it is hashed and measured, fsynced, and only renamed into place (atomic)
 * on commit; an identical file is stored once. Nothing is written past the limit.
 */
export class FileDocumentStore implements DocumentStore {
  /** Where uploads are written while they arrive (`<root>/tmp/<uuid>.part`). */
  readonly tmpDir: string;
  /** Temporary files of uploads this process is still writing or holding (never swept). */
  private readonly live = new Set<string>();

  constructor(private readonly root: string) {
    this.tmpDir = join(root, 'tmp');
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async stage(source: Readable, options: { maxBytes: number; headBytes: number }): Promise<StagedFile> {
    // Listened to before the first await: a source failing while the temp file is opened must not
    // be an unhandled 'error' (that ends the process); the loop below still sees the error.
    source.on('error', () => undefined);
    const tmpPath = join(this.tmpDir, `${randomUUID()}.part`);
    let handle: FileHandle;
    try {
      await mkdir(this.tmpDir, { recursive: true });
      handle = await open(tmpPath, 'wx', 0o600);
    } catch (error) {
      source.destroy();
      throw orStorageFull(error);
    }
    this.live.add(tmpPath);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let tail: Buffer = Buffer.alloc(0);
    let size = 0;
    let tooLarge = false;
    let discarded = false;
    const discard = async () => {
      if (discarded) return;
      discarded = true;
      await rm(tmpPath, { force: true });
      this.live.delete(tmpPath);
    };
    try {
      for await (const raw of source) {
        const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
        if (tooLarge) continue; // drained, not kept (the HTTP route caps the stream at maxBytes + 1)
        size += chunk.length;
        if (size > options.maxBytes) {
          tooLarge = true;
          // Stop writing at once; the temp file goes as soon as the source ends.
          await handle.truncate(0);
          continue;
        }
        hash.update(chunk);
        if (headLength < options.headBytes) {
          const part = chunk.subarray(0, options.headBytes - headLength);
          headChunks.push(part);
          headLength += part.length;
        }
        tail = chunk.length >= TAIL_BYTES ? chunk.subarray(chunk.length - TAIL_BYTES) : Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES);
        let written = 0;
        while (written < chunk.length) written += (await handle.write(chunk, written)).bytesWritten;
      }
      if (!tooLarge) await handle.sync();
    } catch (error) {
      // A source error (client gone, truncated body) or a write error (disk full): no temp file stays.
      await handle.close().catch(() => undefined);
      await discard();
      throw orStorageFull(error);
    }
    try {
      await handle.close();
    } catch (error) {
      await discard();
      throw orStorageFull(error);
    }
    if (tooLarge) await discard();
    const sha256 = hash.digest('hex');
    return {
      sha256,
      size: tooLarge ? options.maxBytes + 1 : size,
      tooLarge,
      head: Buffer.concat(headChunks),
      tail: Buffer.from(tail),
      commit: async () => {
        if (discarded || tooLarge) throw new Error('staged file is gone');
        const target = this.pathOf(sha256);
        try {
          await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
          // Also when the same bytes are stored already (maybe unreferenced since): the rename puts a
          // fresh file in place atomically, so the orphaned-files sweep, which keeps what was written
          // within its margin, cannot take it away while the new row is written.
          await rename(tmpPath, target);
        } catch (error) {
          throw orStorageFull(error);
        }
        discarded = true;
        this.live.delete(tmpPath);
        await this.syncDir(join(this.root, sha256.slice(0, 2)));
      },
      discard,
    };
  }

  async put(source: Readable, options: { maxBytes: number }): Promise<{ sha256: string; size: number }> {
    const staged = await this.stage(source, { maxBytes: options.maxBytes, headBytes: 0 });
    if (staged.tooLarge) throw new Error(`file larger than ${options.maxBytes} bytes`);
    await staged.commit();
    return { sha256: staged.sha256, size: staged.size };
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await stat(path);
    return createReadStream(path);
  }

  async exists(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async deleteUnreferenced(referenced: ReadonlySet<string>, olderThan: Date): Promise<number> {
    let deleted = 0;
    const prefixes = await readdir(this.root).catch(() => [] as string[]);
    for (const prefix of prefixes.filter((p) => /^[0-9a-f]{2}$/.test(p))) {
      for (const name of await readdir(join(this.root, prefix))) {
        if (!SHA256.test(name) || referenced.has(name)) continue;
        const path = join(this.root, prefix, name);
        if ((await stat(path)).mtime < olderThan) {
          await rm(path, { force: true });
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Removes what is left in the temporary folder by uploads that ended without cleaning up (a
   * killed process, a crash): every file that no upload of this process holds and that was last
   * written before `olderThan`. Nodes sharing the folder never lose a live upload as long as
   * `olderThan` is well before the longest an upload may take (Node's request timeout).
   */
  async sweepTemporary(olderThan: Date): Promise<TempSweep> {
    const result: TempSweep = { removed: 0, bytes: 0 };
    const names = await readdir(this.tmpDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.tmpDir, name);
      if (this.live.has(path)) continue;
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || info.mtime >= olderThan) continue;
      try {
        await rm(path);
        result.removed++;
        result.bytes += info.size;
      } catch {
        // gone meanwhile, or not ours to remove: the next sweep looks again
      }
    }
    return result;
  }

  private async syncDir(dir: string): Promise<void> {
    const handle = await open(dir, 'r').catch(() => null);
    if (!handle) return;
    await handle.sync().catch(() => undefined);
    await handle.close();
  }
}
