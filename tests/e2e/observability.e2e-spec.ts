// Operations: Prometheus metrics at /metrics (loopback, or with METRICS_TOKEN) and request ids that
// come back in X-Request-Id and appear in every log line written while serving the request.
import { networkInterfaces } from 'node:os';
import { apiSuite } from '../support/api-suite';

/** An address of this machine that is not loopback (null when it has none). */
const lanAddress =
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? null;

describe('metrics and request ids', () => {
  const suite = apiSuite({ start: { env: { LOG_LEVEL: 'debug', METRICS_TOKEN: 'geheim-token-voor-metrics-1234', ...(lanAddress ? { HOST: '0.0.0.0' } : {}) } } });

  it('serves Prometheus metrics with process figures and requests by route and status', async () => {
    await fetch(`${suite.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { authenticated } }' }) });
    const res = await fetch(`${suite.api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^process_resident_memory_bytes\{service="verbinder-api"\} \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="verbinder-api"\} [\d.e-]+/m);
    const line = (name: string, ...labels: string[]) => text.split('\n').find((l) => l.startsWith(`${name}{`) && labels.every((x) => l.includes(x)));
    expect(line('http_requests_total', 'method="POST"', 'route="/graphql/*"', 'status="200"')).toMatch(/ [1-9]\d*$/);
    expect(line('http_request_duration_seconds_bucket', 'le="0.5"', 'method="POST"', 'route="/graphql/*"')).toMatch(/ \d+$/);
  });

  (lanAddress ? it : it.skip)('needs METRICS_TOKEN from anywhere but loopback (forwarding headers do not count)', async () => {
    const remote = `http://${lanAddress}:${suite.api.port}/metrics`;
    const without = await fetch(remote, { headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(without.status).toBe(401);
    expect(await without.text()).toContain('METRICS_TOKEN');
    expect((await fetch(remote, { headers: { authorization: 'Bearer verkeerd-token-0000000000' } })).status).toBe(401);
    const withToken = await fetch(remote, { headers: { authorization: 'Bearer geheim-token-voor-metrics-1234' } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain('process_resident_memory_bytes');
  });

  it("gives every request an id, keeps a proxy's id, and logs it", async () => {
    const fresh = await fetch(`${suite.api.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${suite.api.url}/publiek`, { headers: { 'x-request-id': 'proxy-req-000123' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-req-000123');
    const bogus = await fetch(`${suite.api.url}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(bogus.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 200));
    const lines = suite.api
      .logs()
      .split('\n')
      .filter((l) => l.includes('"requestId":"proxy-req-000123"'));
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'request', method: 'GET', path: '/publiek', status: 200, requestId: 'proxy-req-000123' });
  });
});
