import Redis from 'ioredis';
import { JsonLogger } from '@verbinder/platform/events';
import { backoffCeilingMs, infrastructureFaultOf } from '@verbinder/shared/kernel';

/**
 * Boot waits for a service that is not there yet (PostgreSQL or Redis after maintenance, or a
 * whole site starting at once) instead of exiting: `probe` is retried with exponential backoff
 * (0.5 s doubling to 10 s, each attempt logged) for at most `totalSeconds`. Only an unreachable or
 * overloaded service is waited for; a wrong password or database name fails at once.
 */
export async function waitForService(name: string, probe: () => Promise<void>, totalSeconds: number, logger: JsonLogger): Promise<void> {
  const deadline = Date.now() + totalSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await probe();
      if (attempt > 1) logger.info(`${name} is reachable`, { attempt });
      return;
    } catch (error) {
      const message = (error as Error).message;
      const remaining = deadline - Date.now();
      if (!infrastructureFaultOf(error) || remaining <= 0) {
        throw new Error(`${name} is not reachable (${attempt} attempt${attempt === 1 ? '' : 's'}, STARTUP_WAIT_SECONDS=${totalSeconds}): ${message}`);
      }
      const waitMs = Math.min(backoffCeilingMs(attempt, 500, 10_000), remaining);
      logger.warn(`waiting for ${name}`, { attempt, retryInMs: waitMs, error: message });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

/** One connection attempt and a PING, without ioredis's own retries. */
export async function pingRedis(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
