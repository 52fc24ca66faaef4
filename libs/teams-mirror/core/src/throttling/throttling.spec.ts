import { TeamsAuthFailed, TeamsConflict, TeamsNotFound, TeamsNotProvisioned, TeamsThrottled, TeamsTransient } from '../teams-drive.errors';
import { TeamsDriveItem, TeamsDrivePort } from '../teams-drive.port';
import { exponentialBackoffMs, parseRetryAfterMs } from './backoff';
import { TeamsRetryPolicy } from './retry-policy';
import { TeamsRateLimiter } from './teams-rate-limiter';
import { ThrottledTeamsDrive } from './throttled-teams-drive';
import { TokenBucket } from './token-bucket';
import { FLIGHT_POLL_MS, Flight, InMemoryTokenBuckets, TokenBucketRequest, TokenBucketStore } from './token-bucket-store';

class ManualClock {
  ms = 0;
  nowMs = (): number => this.ms;
  sleep = async (ms: number): Promise<void> => {
    this.ms += ms;
  };
}

describe('TokenBucket', () => {
  it('gives tokens only when they are there, up to its capacity, and books nothing ahead', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(2, 4, clock);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 250, 250]);
    clock.ms = 250;
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(250);
  });

  it('never holds more than its capacity after idling', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(3, 1, clock);
    bucket.take(3);
    clock.ms = 60_000;
    expect(bucket.available()).toBe(3);
    expect(bucket.waitFor(4)).toBe(1_000);
    expect(bucket.available()).toBe(3); // waitFor does not take
  });

  it('gives nothing while closed, and a later closure wins', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(5, 1, clock);
    bucket.closeFor(2_000);
    bucket.closeFor(500);
    expect(bucket.take()).toBe(2_000);
    clock.ms = 1_500;
    expect(bucket.take()).toBe(500);
    clock.ms = 2_000;
    expect(bucket.take()).toBe(0);
  });
});

describe('TeamsRateLimiter', () => {
  const scope = (channelKey = 'drive:a', tenantId = 't1', cost: 1 | 2 = 1) => ({ tenantId, channelKey, cost });

  /**
   * Requests sent one after another through the limiter, each answered `latencies[i]` ms after
   * it was sent (the manual clock jumps while waiting); the [sent, answered] interval of each.
   */
  const sendAll = async (limiter: TeamsRateLimiter, clock: ManualClock, latencies: number[], s = scope()) => {
    const intervals: Array<{ sent: number; answered: number }> = [];
    for (const latency of latencies) {
      const slot = await limiter.acquire(s);
      const sent = clock.ms;
      clock.ms += latency;
      await slot.answered();
      intervals.push({ sent, answered: clock.ms });
    }
    return intervals;
  };

  it('lets at most 4 requests to one channel overlap any second between sending and answer, however long they take', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, {}, undefined, clock.sleep);
    const latencies = Array.from({ length: 40 }, (_, i) => [0, 20, 180, 400, 60][i % 5]);
    const intervals = await sendAll(limiter, clock, latencies);
    // Graph sees each request arrive somewhere in [sent, answered]: 5 in one second are possible
    // only when a request was sent less than 1 s after the answer to the one 4 before it.
    for (let i = 4; i < intervals.length; i++) expect(intervals[i].sent - intervals[i - 4].answered).toBeGreaterThanOrEqual(1_000);
  });

  it('sends 4 requests answered at once in a burst, then waits for the second to pass, and leaves other channels and tenants alone', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, {}, undefined, clock.sleep);
    expect((await sendAll(limiter, clock, [0, 0, 0, 0, 0, 0, 0, 0, 0])).map((r) => r.sent)).toEqual([0, 0, 0, 0, 1030, 1030, 1030, 1030, 2060]);
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(0);
    expect(await limiter.tryAcquire(scope('drive:a', 't2'))).toBe(0);
  });

  it('sends a request of a tenant only when the answer to the previous one is known', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, {}, undefined, clock.sleep);
    const first = await limiter.acquire(scope('drive:a'));
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(FLIGHT_POLL_MS); // under way: ask again soon
    expect(await limiter.tryAcquire(scope('drive:a', 't2'))).toBe(0); // another school is not held
    clock.ms = 300;
    await limiter.throttled(scope('drive:a'), 1_000); // the answer was a 429: closed before the slot is freed
    await first.answered();
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(1_050);
    clock.ms = 1_350;
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(0);
  });

  it('frees the place of a request whose answer never comes after the lease (its node died)', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, { requestLeaseMs: 5_000 }, undefined, clock.sleep);
    await limiter.acquire(scope());
    clock.ms = 4_999;
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(1);
    clock.ms = 5_000;
    expect(await limiter.tryAcquire(scope('drive:b'))).toBe(0);
  });

  it('a Retry-After closes the channel and the whole tenant for every job until it has passed', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, {}, undefined, clock.sleep);
    await (await limiter.acquire(scope())).answered();
    await limiter.throttled(scope(), 1_000);
    expect(await limiter.tryAcquire(scope('drive:a'))).toBe(1_050);
    expect(await limiter.tryAcquire(scope('drive:other'))).toBe(1_050); // the tenant is closed too
    expect(await limiter.tryAcquire(scope('drive:a', 't2'))).toBe(0); // another school is not
    const waits: number[] = [];
    const gate = new TeamsRateLimiter(clock, {}, undefined, clock.sleep, { onWait: ({ delayMs }) => waits.push(delayMs) });
    await gate.throttled(scope(), 2_000);
    await gate.acquire(scope());
    expect(waits).toEqual([2_050]);
    expect(clock.ms).toBe(2_050);
  });

  it('enforces a per-tenant resource-unit budget across channels', async () => {
    const clock = new ManualClock();
    const limiter = new TeamsRateLimiter(clock, { tenantUnitsPerMinute: 60 }, undefined, clock.sleep);
    // 30 writes (2 RU) on 30 different channels use the whole minute's budget at once
    for (let i = 0; i < 30; i++) await (await limiter.acquire(scope(`c${i}`, 't', 2))).answered();
    expect(clock.ms).toBe(0);
    // the next write waits for 2 RU to refill at 1 RU/s, and takes nothing meanwhile
    expect(await limiter.tryAcquire(scope('c-new', 't', 2))).toBe(2_000);
    expect(await limiter.tryAcquire(scope('c-new', 't', 2))).toBe(2_000);
    expect(await limiter.tryAcquire(scope('c-new', 'other', 2))).toBe(0);
  });

  it('takes from and closes both buckets and both windows in the store it is given, so limiters on one store act as one', async () => {
    const clock = new ManualClock();
    const shared = new InMemoryTokenBuckets(clock);
    const calls: Array<[TokenBucketRequest[], Flight | undefined]> = [];
    const store: TokenBucketStore = {
      take: (requests, flight) => (calls.push([requests, flight]), shared.take(requests, flight)),
      land: (windows, ticket) => shared.land(windows, ticket),
      close: (requests, ms) => shared.close(requests, ms),
    };
    const nodes = [new TeamsRateLimiter(clock, {}, store, clock.sleep), new TeamsRateLimiter(clock, {}, store, clock.sleep)];
    const slot = await nodes[0].acquire(scope('drive:a', 't', 2));
    expect(await nodes[1].tryAcquire(scope('drive:a', 't', 2))).toBe(FLIGHT_POLL_MS);
    await nodes[1].throttled(scope('drive:a', 't'), 3_000);
    await slot.answered();
    clock.ms = 2_000;
    expect(await nodes[0].tryAcquire(scope('drive:b', 't'))).toBe(1_050);
    expect(calls[0][0]).toEqual([
      { key: 'channel:t/drive:a', capacity: 4, perSecond: 4, cost: 1 },
      { key: 'tenant:t', capacity: 1_200, perSecond: 20, cost: 2 },
    ]);
    expect(calls[0][1]).toEqual({
      ticket: expect.any(String),
      leaseMs: 15_000,
      windows: [
        { key: 'flight:channel:t/drive:a', limit: 4, windowMs: 1_030 },
        { key: 'flight:tenant:t', limit: 1, windowMs: 0 },
      ],
    });
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
    const drive = new ThrottledTeamsDrive(port, new TeamsRetryPolicy({}, () => 0), clock.sleep);
    await expect(drive.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' })).resolves.toBe(item);
    expect(calls).toEqual([0, 5_000, 6_000, 8_000]); // Retry-After 5 s, then back-off 1 s and 2 s (random 0)
  });

  it('does not retry an auth failure', async () => {
    const clock = new ManualClock();
    const { port, calls } = scripted([new TeamsAuthFailed('consent-revoked')], clock);
    const drive = new ThrottledTeamsDrive(port, new TeamsRetryPolicy(), clock.sleep);
    await expect(drive.getItem({ tenantId: 't', driveId: 'd', itemId: 'i' })).rejects.toBeInstanceOf(TeamsAuthFailed);
    expect(calls).toEqual([0]);
  });
});
