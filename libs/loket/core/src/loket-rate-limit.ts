import { AppConfig } from '@verbinder/platform/config';
import { RateLimiter } from '@verbinder/shared/kernel';

/**
 * Refuses (RATE_LIMITED) when one of the keys has had `loginRateLimit.max` attempts in the
 * window (three times that for client IPs). The caller records its attempts.
 */
export async function rateLimit(limiter: RateLimiter, config: AppConfig, keys: string[], what = 'aanvragen'): Promise<void> {
  const { max, windowSeconds } = config.loginRateLimit;
  // Per client IP several companies may share an office network: three times the e-mail limit.
  const limits = keys.map((key) => ({ key, max: key.includes('-ip:') ? max * 3 : max }));
  await limiter.assertWithin(limits, windowSeconds, `${what} in korte tijd`);
}
