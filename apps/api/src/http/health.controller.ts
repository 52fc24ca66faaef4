import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from '@verbinder/platform/db';
import { EventBus } from '@verbinder/platform/events';
import { StorageMonitor } from '../storage-monitor';

/** Liveness and readiness for load balancers and orchestrators. */
@Controller()
export class HealthController {
  static shuttingDown = false;

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
    private readonly storage: StorageMonitor,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(@Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (HealthController.shuttingDown) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    // `database` stays the driver's name; `databaseStatus` says whether it answers and can write.
    const health = await withTimeout(this.database.health(), 2000).catch((error: unknown) => ({ ok: false, writable: true, problem: (error as Error).message }));
    const databaseStatus = { reachable: health.ok, writable: health.writable };
    const ready = { database: this.database.kind, databaseStatus, redis: this.bus.redisReady };
    if (!health.ok || !health.writable) {
      res.status(503).json({ status: 'unavailable', reason: `database: ${health.problem}`, ...ready });
      return;
    }
    let disk: Awaited<ReturnType<StorageMonitor['disk']>>;
    try {
      disk = await withTimeout(this.storage.disk(), 2000);
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `disk: ${(error as Error).message}`, ...ready });
      return;
    }
    const space = { freeBytes: disk.freeBytes, minFreeBytes: this.storage.minFreeBytes };
    if (!disk.ok) {
      const mb = (bytes: number) => Math.floor(bytes / (1024 * 1024));
      res.status(503).json({ status: 'unavailable', reason: `disk: ${mb(disk.freeBytes)} MB free in DATA_DIR, under DISK_MIN_FREE_MB (${mb(this.storage.minFreeBytes)})`, ...ready, disk: space });
      return;
    }
    res.status(200).json({ status: 'ready', ...ready, disk: space });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
