// What tools/jest/services-setup.cjs found: whether a shared Redis answers for this run.

/** Why the suites that need a shared Redis cannot run (said once by the global setup), or null. */
export function redisUnavailable(): string | null {
  return process.env['TEST_REDIS_UNAVAILABLE'] || null;
}

/** `describe` when a shared Redis answers, `describe.skip` otherwise. */
export const describeWithRedis: jest.Describe = (redisUnavailable() ? describe.skip : describe) as jest.Describe;
