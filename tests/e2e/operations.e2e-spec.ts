// Operations: health and readiness, the web app at `/`, data surviving a restart on the
// embedded database, graceful shutdown, and a readable refusal of bad configuration.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';

describe('operations', () => {
  let dataDir: string;
  let api: ApiHandle | null = null;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-ops-'));
  });

  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz and /readyz, and serves the Dutch web app for client routes', async () => {
    api = await startApi({ dataDir, env: { DATABASE_URL: '', REDIS_URL: '' } });
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'pglite' });
    for (const path of ['/', '/regio/noord-west-veluwe']) {
      const page = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="nl"');
    }
  }, 90_000);

  it('keeps data across a graceful restart on the embedded database, without seeding twice', async () => {
    const beheerder = await signedIn(api!.url, 'beheerder');
    const { region } = await beheerder.request<{ region: { id: string } }>('{ region(slug: "noord-west-veluwe") { id } }');
    await beheerder.request('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Blijvend College", kind: VO }) { id } }', { r: region.id });
    await api!.stop(); // SIGTERM: exits by itself (stop() fails otherwise)
    expect(api!.logs()).toContain('"msg":"shutting down"');
    api = await startApi({ dataDir, env: { DATABASE_URL: '', REDIS_URL: '' } });
    const again = await signedIn(api.url, 'beheerder');
    const data = await again.request<{ regions: Array<{ slug: string; schools: Array<{ name: string }> }> }>('{ regions { slug schools { name } } }');
    const nwv = data.regions.filter((r) => r.slug === 'noord-west-veluwe');
    expect(nwv).toHaveLength(1);
    expect(nwv[0].schools.map((s) => s.name)).toContain('Blijvend College');
  }, 90_000);

  it('refuses to boot with bad configuration and says what is wrong', () => {
    const result = spawnSync(process.execPath, [API_MAIN], {
      env: { PATH: process.env['PATH'], PORT: 'zeventig', DATABASE_URL: 'mysql://db/verbinder', NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Verbinder cannot start');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('writes structured JSON logs', () => {
    const lines = api!
      .logs()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, 20)) {
      expect(JSON.parse(line)).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String), msg: expect.anything() }));
    }
  });
});

describe('production mode', () => {
  let api: ApiHandle;

  beforeAll(async () => {
    api = await startApi({ env: { NODE_ENV: 'production', DEMO_MODE: '', SEED_DEMO: '' } });
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('turns off introspection, demo sign-in and demo data', async () => {
    const client = new GraphqlHttpClient(api.url);
    const introspection = await client.query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await client.request<{ demoPersonas: unknown[] }>('{ demoPersonas { key } }')).demoPersonas).toEqual([]);
    const demo = await client.query('mutation { signInAsDemo(key: "beheerder") { authenticated } }');
    expect(demo.errors?.[0].extensions?.code).toBe('DEMO_DISABLED');
    const demoPassword = await client.signIn('peter.jansen@example.org', 'demo-wachtwoord');
    expect(demoPassword.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(api.logs()).not.toContain('demo data created');
  });

  it('marks the session cookie Secure and sends HSTS when the public URL is https', async () => {
    const https = await startApi({ env: { PUBLIC_URL: 'https://verbinder.example.org', SEED_DEMO: 'true', DEMO_MODE: 'true' } });
    try {
      const res = await fetch(`${https.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signInAsDemo(key: "docent") { authenticated } }' }),
      });
      expect(res.headers.get('set-cookie')).toMatch(/vb_session=[^;]+;.*HttpOnly.*Secure.*SameSite=Lax/);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' wss://verbinder.example.org");
    } finally {
      await https.stop();
    }
  }, 90_000);
});
