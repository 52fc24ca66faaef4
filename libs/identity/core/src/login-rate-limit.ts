import type { AppConfig } from '@verbinder/platform/config';
import { AttemptLog, backoffCeilingMs, rateLimited } from '@verbinder/shared/kernel';

/** Before this many failures of one address (all clients) sign-ins from unknown clients are not slowed. */
export const FREE_FAILURES_PER_EMAIL = 5;
/** Then an unknown client waits this long after the latest failure, doubling with every further failure (at most the window). */
const BACKOFF_BASE_SECONDS = 30;
/** One client (IP) may fail this many times the per-pair limit (a school behind one NAT address). */
export const CLIENT_LIMIT_FACTOR = 10;
/** How long a successful sign-in makes a client "known" for an address (its failures do not slow it). */
export const KNOWN_CLIENT_DAYS = 30;

/**
 * The sign-in back-off per the policy in docs/security.md ("Failed sign-ins"): a limit per
 * (address, client IP) pair, an exponential delay per address that a client which signed in
 * successfully as that address before does not feel, and a much higher limit per client IP.
 */
export async function assertNotRateLimited(attempts: AttemptLog, config: AppConfig, keys: { pair: string; email: string; client: string }): Promise<void> {
  const { max, windowSeconds } = config.loginRateLimit;
  const now = Date.now();
  const since = new Date(now - windowSeconds * 1000);
  const refuse = (seconds: number): never => {
    const wait = Math.max(1, Math.ceil(seconds));
    const inWords = wait >= 120 ? `${Math.ceil(wait / 60)} minuten` : `${wait} seconden`;
    throw rateLimited(`Te veel mislukte pogingen. Probeer het over ${inWords} opnieuw.`, wait);
  };
  const client = await attempts.failures(keys.client, since);
  if (client.count >= max * CLIENT_LIMIT_FACTOR) refuse(windowSeconds);
  const pair = await attempts.failures(keys.pair, since);
  if (pair.count >= max) refuse(windowSeconds);
  const address = await attempts.failures(keys.email, since);
  if (address.count >= FREE_FAILURES_PER_EMAIL && address.latest) {
    const known = await attempts.succeededSince(keys.pair, new Date(now - KNOWN_CLIENT_DAYS * 86_400_000));
    const delayMs = backoffCeilingMs(address.count - FREE_FAILURES_PER_EMAIL + 1, BACKOFF_BASE_SECONDS * 1000, windowSeconds * 1000);
    const waitMs = address.latest.getTime() + delayMs - now;
    if (!known && waitMs > 0) refuse(waitMs / 1000);
  }
}
