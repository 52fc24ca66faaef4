import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('pglite');
    expect(config.demoMode).toBe(true);
    expect(config.redisUrl).toBeNull();
    expect(config.oidc).toBeNull();
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/verbinder' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/verbinder', poolSize: 10 });
  });

  it('reads the outbox lock and concurrency and the Teams mirror lease, with defaults', () => {
    expect(loadConfig({}).jobs).toMatchObject({ outboxLeaseSeconds: 20, outboxConcurrency: 4 });
    const graph = { MS_GRAPH_CLIENT_ID: 'id', MS_GRAPH_CLIENT_SECRET: 'secret' };
    expect(loadConfig(graph).msGraph?.mirrorLeaseSeconds).toBe(20);
    const config = loadConfig({ ...graph, OUTBOX_LEASE_SECONDS: '3', OUTBOX_CONCURRENCY: '1', TEAMS_MIRROR_LEASE_SECONDS: '5' });
    expect(config.jobs).toMatchObject({ outboxLeaseSeconds: 3, outboxConcurrency: 1 });
    expect(config.msGraph?.mirrorLeaseSeconds).toBe(5);
    expect(() => loadConfig({ OUTBOX_CONCURRENCY: '0' })).toThrow(/OUTBOX_CONCURRENCY/);
  });

  it('reads the Graph permission model: Sites.Selected by default, tenant-wide on request, nothing else', () => {
    const graph = { MS_GRAPH_CLIENT_ID: 'id', MS_GRAPH_CLIENT_SECRET: 'secret' };
    expect(loadConfig(graph).msGraph?.permissionModel).toBe('selected');
    expect(loadConfig({ ...graph, MS_GRAPH_PERMISSION_MODEL: 'all' }).msGraph?.permissionModel).toBe('all');
    expect(() => loadConfig({ ...graph, MS_GRAPH_PERMISSION_MODEL: 'ReadWrite.All' })).toThrow(/MS_GRAPH_PERMISSION_MODEL/);
  });

  it('reports every bad value in one readable message', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('.env.example');
    }
  });

  it('refuses an http:// OIDC issuer in production and Entra multi-tenant without a tenant allow-list', () => {
    const oidc = { OIDC_CLIENT_ID: 'verbinder', OIDC_CLIENT_SECRET: 'geheim' };
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ...oidc };
    expect(() => loadConfig({ ...production, OIDC_ISSUER_URL: 'http://idp.example.org' })).toThrow(/OIDC_ISSUER_URL: must use https/);
    expect(loadConfig({ ...oidc, OIDC_ISSUER_URL: 'http://127.0.0.1:9000' }).oidc?.issuerUrl).toBe('http://127.0.0.1:9000');
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER_URL: 'https://login.microsoftonline.com/organizations/v2.0' })).toThrow(/OIDC_ALLOWED_TENANT_IDS/);
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER_URL: 'https://login.microsoftonline.com/common/v2.0', OIDC_ALLOWED_TENANT_IDS: 'school' })).toThrow(/GUID/);
    const listed = loadConfig({
      ...oidc,
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/organizations/v2.0',
      OIDC_ALLOWED_TENANT_IDS: ' 11111111-2222-4333-8444-555555555555 ,AAAAAAAA-2222-4333-8444-555555555555',
    });
    expect(listed.oidc?.allowedTenantIds).toEqual(['11111111-2222-4333-8444-555555555555', 'aaaaaaaa-2222-4333-8444-555555555555']);
    expect(loadConfig({ ...oidc, OIDC_ISSUER_URL: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0' }).oidc?.allowedTenantIds).toEqual([]);
  });

  it('requires a strong session secret and no demo mode in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DEMO_MODE: 'true' })).toThrow(/DEMO_MODE/);
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(config.demoMode).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.graphql.introspection).toBe(false);
  });

  it('needs all three OIDC variables together', () => {
    expect(() => loadConfig({ OIDC_ISSUER_URL: 'https://login.example.org' })).toThrow(/OIDC/);
    const config = loadConfig({
      OIDC_ISSUER_URL: 'https://login.example.org',
      OIDC_CLIENT_ID: 'verbinder',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    expect(config.oidc?.clientId).toBe('verbinder');
  });

  it('allows WebSocket origins from PUBLIC_URL, ALLOWED_ORIGINS and, in development only, the web dev server', () => {
    const dev = loadConfig({ PUBLIC_URL: 'https://verbinder.example.org/', ALLOWED_ORIGINS: ' https://Andere.example.org , http://intranet.example.org:8080/' });
    expect(dev.allowedOrigins).toEqual([
      'https://verbinder.example.org',
      'https://andere.example.org',
      'http://intranet.example.org:8080',
      'http://localhost:4200',
      'http://127.0.0.1:4200',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
    const production = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://verbinder.example.org' });
    expect(production.allowedOrigins).toEqual(['https://verbinder.example.org']);
    expect(loadConfig({ NODE_ENV: 'test' }).allowedOrigins).toEqual(['http://localhost:3000']);
    for (const bad of ['verbinder.example.org', 'https://x.example.org/pad', 'ftp://x.example.org', '*', 'null']) {
      expect(() => loadConfig({ ALLOWED_ORIGINS: bad })).toThrow(/ALLOWED_ORIGINS/);
    }
  });

  it('trusts only the named proxies for the client address (TRUST_PROXY), never any sender', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: ' Loopback, 10.0.0.0/8 ,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const bad of ['true', '11', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org', '*']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('allows private webhook addresses only outside production (for a local fake in tests)', () => {
    expect(loadConfig({}).webhooks.allowPrivateAddresses).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }).webhooks.allowPrivateAddresses).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_ADDRESSES/);
  });
});
