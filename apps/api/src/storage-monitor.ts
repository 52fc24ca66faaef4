import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { JsonLogger } from '@verbinder/platform/events';
import { DiskSpace, FileDocumentStore, freeSpace } from '@verbinder/platform/file-store';

/** Temp files untouched this long are orphans: far beyond Node's 300 s request timeout, so no live upload. */
export const ORPHAN_AGE_MS = 30 * 60 * 1000;
/** How often each node sweeps the temp folder after the sweep at boot. */
export const SWEEP_EVERY_MS = 10 * 60 * 1000;

export interface StorageOptions {
  /** Folders whose file systems must keep room: DATA_DIR and the file store (they may be separate mounts). */
  paths: readonly string[];
  /** Under this many free bytes the node reports itself not ready (DISK_MIN_FREE_MB). */
  minFreeBytes: number;
}

/**
 * The node's storage: free space of DATA_DIR for /readyz and /metrics, and the sweep of upload
 * temp files (`DATA_DIR/files/tmp`) that a killed process left behind, at boot and every ten
 * minutes. A live upload's file is never swept: this process's own are skipped, and another
 * node's (shared folder) are younger than ORPHAN_AGE_MS.
 */
export class StorageMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  /** Cumulative since start, for /metrics. */
  readonly swept = { files: 0, bytes: 0 };
  private timer: NodeJS.Timeout | null = null;
  private readonly log: JsonLogger;

  constructor(
    private readonly store: FileDocumentStore,
    private readonly options: StorageOptions,
    logger: JsonLogger,
  ) {
    this.log = logger.child({ component: 'storage' });
  }

  get minFreeBytes(): number {
    return this.options.minFreeBytes;
  }

  /** Free space now, and whether it is enough to stay ready. */
  async disk(): Promise<DiskSpace & { ok: boolean }> {
    const space = await freeSpace(this.options.paths);
    return { ...space, ok: space.freeBytes >= this.options.minFreeBytes };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One sweep; never throws (a failure is logged and the next sweep tries again). */
  async sweep(): Promise<void> {
    try {
      const result = await this.store.sweepTemporary(new Date(Date.now() - ORPHAN_AGE_MS));
      this.swept.files += result.removed;
      this.swept.bytes += result.bytes;
      if (result.removed > 0) this.log.info('orphaned upload temp files removed', { files: result.removed, bytes: result.bytes, dir: this.store.tmpDir });
    } catch (error) {
      this.log.warn('sweeping upload temp files failed', { error: (error as Error).message });
    }
  }
}
