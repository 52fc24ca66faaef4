import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AuthService } from './auth.service';

const EVERY_MS = 60 * 60 * 1000;

/** Runs the identity retention rules at boot and then hourly on every node (deletes are idempotent). */
@Injectable()
export class IdentityRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly auth: AuthService) {}

  onApplicationBootstrap(): void {
    const run = () => void this.auth.purgeExpired().catch(() => undefined);
    run();
    this.timer = setInterval(run, EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
