import { AppConfig } from '@verbinder/platform/config';
import { ErrorCode } from '@verbinder/shared/contracts';
import { Clock, DomainError } from '@verbinder/shared/kernel';
import { LoketRepository } from './loket-repository.port';

/**
 * Refuses (RATE_LIMITED) when one of the keys has had `loginRateLimit.max` attempts in the
 * window (three times that for client IPs). The caller records its attempts.
 */
export async function rateLimit(ports: { repo: LoketRepository; config: AppConfig; clock: Clock }, keys: string[], what = 'aanvragen'): Promise<void> {
  const { max, windowSeconds } = ports.config.loginRateLimit;
  const since = new Date(ports.clock.now().getTime() - windowSeconds * 1000);
  for (const key of keys) {
    // Per client IP several companies may share an office network: three times the e-mail limit.
    const limit = key.includes('-ip:') ? max * 3 : max;
    if ((await ports.repo.countAttempts(key, since)) >= limit) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `Te veel ${what} in korte tijd. Probeer het over ${Math.ceil(windowSeconds / 60)} minuten opnieuw.`, {
        retryAfterSeconds: windowSeconds,
      });
    }
  }
}
