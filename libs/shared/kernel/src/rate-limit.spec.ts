import { ErrorCode } from '@verbinder/shared/contracts';
import type { DomainError } from './domain-error';
import { RateLimiter } from './rate-limit';
import { MemoryAttemptLog } from './testing';

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('RateLimiter', () => {
  let now = new Date('2026-12-07T10:00:00Z');
  const clock = { now: () => now };
  const WINDOW = 900;

  beforeEach(() => {
    now = new Date('2026-12-07T10:00:00Z');
  });

  it('lets attempts through below each key’s limit and refuses at it, with the Dutch message and the window to wait', async () => {
    const log = new MemoryAttemptLog();
    const limiter = new RateLimiter(log, clock);
    const limits = [
      { key: 'loket-ip:1.2.3.4', max: 6 },
      { key: 'loket-email:a@b.nl', max: 2 },
    ];
    await limiter.record(['loket-ip:1.2.3.4', 'loket-email:a@b.nl']);
    await expect(limiter.assertWithin(limits, WINDOW, 'aanvragen in korte tijd')).resolves.toBeUndefined();
    await limiter.record(['loket-ip:1.2.3.4', 'loket-email:a@b.nl']);
    const error = await refusal(limiter.assertWithin(limits, WINDOW, 'aanvragen in korte tijd'));
    expect(error.code).toBe(ErrorCode.RATE_LIMITED);
    expect(error.message).toBe('Te veel aanvragen in korte tijd. Probeer het over 15 minuten opnieuw.');
    expect(error.details.retryAfterSeconds).toBe(WINDOW);
    // Another address from the same client is still let through (its own limit).
    await expect(limiter.assertWithin([{ key: 'loket-email:c@d.nl', max: 2 }], WINDOW, 'aanvragen')).resolves.toBeUndefined();
  });

  it('counts only failed attempts inside the window', async () => {
    const log = new MemoryAttemptLog();
    const limiter = new RateLimiter(log, clock);
    await log.record(['k'], new Date(now.getTime() - (WINDOW + 1) * 1000));
    await log.record(['k'], now, true);
    await limiter.record(['k']);
    expect(await limiter.failures('k', WINDOW)).toEqual({ count: 1, latest: now });
    await expect(limiter.assertWithin([{ key: 'k', max: 2 }], WINDOW, 'aanmeldingen')).resolves.toBeUndefined();
    now = new Date(now.getTime() + (WINDOW + 1) * 1000);
    expect((await limiter.failures('k', WINDOW)).count).toBe(0);
  });

  it('records at the injected clock', async () => {
    const log = new MemoryAttemptLog();
    await new RateLimiter(log, clock).record(['a', 'b'], true);
    expect(log.rows).toEqual([
      { key: 'a', at: now, succeeded: true },
      { key: 'b', at: now, succeeded: true },
    ]);
  });
});
