import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from '@verbinder/platform/db';
import { EventBus } from '@verbinder/platform/events';

/** Liveness and readiness for load balancers and orchestrators. */
@Controller()
export class HealthController {
  static shuttingDown = false;

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
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
    try {
      await withTimeout(this.database.ping(), 2000);
      res.status(200).json({ status: 'ready', database: this.database.kind, redis: this.bus.redisReady });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `database: ${(error as Error).message}` });
    }
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
