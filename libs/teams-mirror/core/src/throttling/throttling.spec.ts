import { TeamsAuthFailed, TeamsConflict, TeamsNotFound, TeamsNotProvisioned, TeamsThrottled, TeamsTransient } from '../teams-drive.errors';
import { ChannelRef, TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import { exponentialBackoffMs, parseRetryAfterMs } from './backoff';
import { TeamsRetryPolicy } from './retry-policy';
import { TeamsRateLimiter } from './teams-rate-limiter';
import { ThrottledTeamsDrive } from './throttled-teams-drive';
import { TokenBucket } from './token-bucket';
import { InMemoryTokenBuckets, TokenBucketRequest } from './token-bucket-store';

class ManualClock {
  ms = 0;
  nowMs = (): number => this.ms;
  sleep = async (ms: number): Promise<void> => {
    this.ms += ms;
  };
}

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then queues reservations at the refill rate', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(2, 4, clock);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 250, 500]);
    clock.ms = 500;
    expect(bucket.available()).toBeCloseTo(0);
    expect(bucket.reserve()).toBe(250);
  });

  it('never holds more than its capacity after idling', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(3, 1, clock);
    bucket.reserve(3);
    clock.ms = 60_000;
    expect(bucket.available()).toBe(3);
    expect(bucket.waitFor(4)).toBe(1_000);
    expect(bucket.available()).toBe(3); // waitFor does not reserve
  });
});

describe('TeamsRateLimiter', () => {
  it('spaces requests to one channel at 4 per second and leaves other channels alone', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock);
    const waits = await Promise.all(Array.from({ length: 8 }, () => limiter.reserve({ tenantId: 't1', channelKey: 'drive:a', cost: 1 })));
    expect(waits).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750]);
    expect(await limiter.reserve({ tenantId: 't1', channelKey: 'drive:b', cost: 1 })).toBe(0);
    expect(await limiter.reserve({ tenantId: 't2', channelKey: 'drive:a', cost: 1 })).toBe(0);
  });

  it('no one-second window ever holds more than 4 requests on a channel', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock);
    const sendTimes = await Promise.all(Array.from({ length: 40 }, () => limiter.reserve({ tenantId: 't', channelKey: 'c', cost: 1 })));
    for (const start of sendTimes) {
      expect(sendTimes.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(4);
    }
  });

  it('enforces a per-tenant resource-unit budget across channels', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, { tenantUnitsPerMinute: 60 });
    // 30 writes (2 RU) on 30 different channels use the whole minute's budget at once
    for (let i = 0; i < 30; i++) expect(await limiter.reserve({ tenantId: 't', channelKey: `c${i}`, cost: 2 })).toBe(0);
    // the next write waits for 2 RU to refill at 1 RU/s
    expect(await limiter.reserve({ tenantId: 't', channelKey: 'c-new', cost: 2 })).toBe(2_000);
    expect(await limiter.reserve({ tenantId: 'other', channelKey: 'c-new', cost: 2 })).toBe(0);
  });

  it('books both buckets in the store it is given, one call per request', async () => {
    const clock = new ManualClock();
    const shared = new InMemoryTokenBuckets(clock);
    const calls: TokenBucketRequest[][] = [];
    const store = { reserve: (requests: TokenBucketRequest[]) => (calls.push(requests), shared.reserve(requests)) };
    // two limiters on one store act as one: the second node's request queues behind the first's
    const nodes = [new TeamsRateLimiter(clock, {}, store), new TeamsRateLimiter(clock, {}, store)];
    const waits = await Promise.all([0, 1, 2, 3].map((i) => nodes[i % 2].reserve({ tenantId: 't', channelKey: 'drive:a', cost: 2 })));
    expect(waits).toEqual([0, 250, 500, 750]);
    expect(calls[0]).toEqual([
      { key: 'channel:t/drive:a', capacity: 1, perSecond: 4, cost: 1 },
      { key: 'tenant:t', capacity: 1_200, perSecond: 20, cost: 2 },
    ]);
  });
});

describe('back-off', () => {
  const options = { baseDelayMs: 1_000, maxDelayMs: 60_000 };

  it('doubles per attempt with jitter in the upper half, bounded by the maximum', () => {
    expect(exponentialBackoffMs(1, options, () => 0)).toBe(500);
    expect(exponentialBackoffMs(1, options, () => 0.999999)).toBe(1_000);
    expect(exponentialBackoffMs(3, options, () => 0)).toBe(2_000);
    expect(exponentialBackoffMs(3, options, () => 0.5)).toBe(3_000);
    expect(exponentialBackoffMs(20, options, () => 0.999999)).toBe(60_000);
    expect(exponentialBackoffMs(20, options, () => 0)).toBe(30_000);
    expect(exponentialBackoffMs(1_000, options, () => 0.5)).toBe(45_000);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-03-12T10:00:00Z');
    expect(parseRetryAfterMs('7', now)).toBe(7_000);
    expect(parseRetryAfterMs(' 315 ', now)).toBe(315_000);
    expect(parseRetryAfterMs('Wed, 12 Mar 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Wed, 12 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeNull();
    expect(parseRetryAfterMs(null, now)).toBeNull();
    expect(parseRetryAfterMs('', now)).toBeNull();
  });
});

describe('TeamsRetryPolicy', () => {
  const policy = new TeamsRetryPolicy({}, () => 0.5);

  it('waits at least Retry-After on 429 and 503, with a little jitter on top', () => {
    expect(policy.decide(new TeamsThrottled(7_000, 429), 1)).toEqual({ action: 'retry', delayMs: 7_350 });
    expect(policy.decide(new TeamsThrottled(2_000, 503), 2)).toEqual({ action: 'retry', delayMs: 2_100 });
    expect(new TeamsRetryPolicy({}, () => 0).decide(new TeamsThrottled(2_000), 1)).toEqual({ action: 'retry', delayMs: 2_000 });
  });

  it('reschedules instead of sleeping inline when Retry-After is long or attempts run out', () => {
    expect(policy.decide(new TeamsThrottled(315_000), 1)).toEqual({ action: 'reschedule', delayMs: 315_500 });
    expect(policy.decide(new TeamsTransient('HTTP 500'), 6)).toEqual({ action: 'reschedule', delayMs: expect.any(Number) });
  });

  it('backs off exponentially without Retry-After and on transient faults', () => {
    expect(policy.decide(new TeamsThrottled(null), 1)).toEqual({ action: 'retry', delayMs: 750 });
    expect(policy.decide(new TeamsTransient('ECONNRESET'), 3)).toEqual({ action: 'retry', delayMs: 3_000 });
  });

  it('hands a not-provisioned channel back to the worker with a slow back-off', () => {
    expect(policy.decide(new TeamsNotProvisioned(), 1)).toEqual({ action: 'reschedule', delayMs: 22_500 });
    expect(policy.decide(new TeamsNotProvisioned(), 20)).toEqual({ action: 'reschedule', delayMs: 1_350_000 });
  });

  it('stops on errors a retry cannot fix', () => {
    expect(policy.decide(new TeamsAuthFailed('consent-revoked', 400, 'AADSTS65001'), 1)).toEqual({ action: 'stop' });
    expect(policy.decide(new TeamsAuthFailed('secret-expired'), 1)).toEqual({ action: 'stop' });
    expect(policy.decide(new TeamsConflict('etag-mismatch', 412), 1)).toEqual({ action: 'stop' });
    expect(policy.decide(new TeamsNotFound(), 1)).toEqual({ action: 'stop' });
    expect(policy.decide(new Error('bug'), 1)).toEqual({ action: 'stop' });
  });
});

describe('ThrottledTeamsDrive', () => {
  const channel: ChannelRef = { tenantId: 't', teamId: 'team', channelId: 'c' };
  const item: TeamsDriveItem = {
    driveId: 'd',
    id: 'i',
    name: 'a.txt',
    eTag: 'e',
    cTag: null,
    parentId: 'p',
    size: 1,
    isFolder: false,
    lastModifiedAt: null,
    lastModifiedBy: null,
    webUrl: null,
  };

  /** A port whose getItem fails with the scripted errors first. */
  const scripted = (errors: Error[], clock: ManualClock) => {
    const calls: number[] = [];
    const port = {
      getItem: async () => {
        calls.push(clock.ms);
        const next = errors.shift();
        if (next) throw next;
        return item;
      },
      resolveChannelFolder: async () => ({ driveId: 'd', folderId: 'f', name: 'c', webUrl: null }),
    } as unknown as TeamsDrivePort;
    return { port, calls };
  };

  it('retries throttling after Retry-After and succeeds', async () => {
    const clock = new ManualClock();
    const { port, calls } = scripted([new TeamsThrottled(5_000), new TeamsThrottled(null, 503), new TeamsTransient('HTTP 502')], clock);
    const drive = new ThrottledTeamsDrive(port, new TeamsRateLimiter(clock), new TeamsRetryPolicy({}, () => 0), clock.sleep);
    await expect(drive.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' })).resolves.toBe(item);
    expect(calls).toEqual([0, 5_000, 6_000, 8_000]); // Retry-After 5 s, then back-off 1 s and 2 s (random 0)
  });

  it('does not retry an auth failure', async () => {
    const clock = new ManualClock();
    const { port, calls } = scripted([new TeamsAuthFailed('consent-revoked')], clock);
    const drive = new ThrottledTeamsDrive(port, new TeamsRateLimiter(clock), new TeamsRetryPolicy(), clock.sleep);
    await expect(drive.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' })).rejects.toBeInstanceOf(TeamsAuthFailed);
    expect(calls).toEqual([0]);
  });

  it('keeps a burst of calls to one channel at 4 per second', async () => {
    const clock = new ManualClock();
    const { port, calls } = scripted([], clock);
    const drive = new ThrottledTeamsDrive(port, new TeamsRateLimiter(clock), new TeamsRetryPolicy(), clock.sleep);
    for (let i = 0; i < 9; i++) await drive.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' });
    expect(calls[8]).toBe(2_000);
    await drive.resolveChannelFolder(channel);
  });
});
