import type { LoketPorts } from './loket-ports';

/**
 * Refuses (RATE_LIMITED) when one of the keys has had `loginRateLimit.max` attempts in the
 * window (three times that for client IPs). The caller records its attempts.
 */
export async function rateLimit(ports: LoketPorts, keys: string[], what = 'aanvragen'): Promise<void> {
  const { max, windowSeconds } = ports.config.loginRateLimit;
  // Per client IP several companies may share an office network: three times the e-mail limit.
  const limits = keys.map((key) => ({ key, max: key.includes('-ip:') ? max * 3 : max }));
  await ports.limiter.assertWithin(limits, windowSeconds, `${what} in korte tijd`);
}
