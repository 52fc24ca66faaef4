import { resolve } from 'node:path';
import { envSchema } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** The typed, validated configuration. The only place that reads `process.env`. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  /** The application clock runs this far ahead (CLOCK_OFFSET_DAYS; never in production): rehearsing retention. */
  clockOffsetMs: number;
  host: string;
  port: number;
  publicUrl: string;
  /**
   * Origins whose pages may open a socket.io or graphql-ws connection: PUBLIC_URL's origin,
   * ALLOWED_ORIGINS, and in development the web app's dev server (localhost:4200) and the API's
   * own port, as localhost and as 127.0.0.1.
   */
  allowedOrigins: string[];
  /**
   * Proxies trusted to report the client's address in X-Forwarded-For (TRUST_PROXY): false = none,
   * a hop count, or addresses/CIDR ranges/presets (loopback, linklocal, uniquelocal), as Express's
   * `trust proxy` setting takes them.
   */
  trustProxy: false | number | string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** LOG_FORMAT: `auto` = readable lines on a terminal outside production, JSON lines otherwise. */
  logFormat: 'auto' | 'json' | 'pretty';
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  dataDir: string;
  redisUrl: string | null;
  /** How long boot waits (with backoff) for PostgreSQL and Redis to answer before giving up. */
  startupWaitSeconds: number;
  /** cacheMs: how long a node may reuse a resolved session (actor) before asking the database again (0 = never). */
  session: { secret: string; ttlHours: number; secureCookie: boolean; cacheMs: number };
  demoMode: boolean;
  seedDemo: boolean;
  loginRateLimit: { max: number; windowSeconds: number };
  /** responseCacheMs: longest life of a cached read (see GraphqlResponseCache; 0 = off). */
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; introspection: boolean; responseCacheMs: number };
  /** allowedTenantIds: Entra tenant ids (lower case) whose users may sign in; empty = only the issuer's own tenant (see docs/security.md). */
  oidc: { issuerUrl: string; clientId: string; clientSecret: string; label: string; scopes: string; allowedTenantIds: string[] } | null;
  webDistDir: string | null;
  mail: { smtpUrl: string | null; from: string; dropDir: string };
  /** Outbox: poll interval, how long a claimed job stays locked, and how many concurrent-kind jobs (the Teams mirror) run at once per node. */
  jobs: { outboxPollMs: number; outboxLeaseSeconds: number; outboxConcurrency: number; reminderIntervalMs: number; retentionIntervalMs: number; erasureStepPauseMs: number };
  /**
   * Inzage (AVG art. 15): an export of more rows than `inlineMaxRows` (all tables together) is prepared
   * in the background into `dir` (DATA_DIR/exports) and kept `retentionHours` once ready.
   */
  personExports: { inlineMaxRows: number; retentionHours: number; dir: string };
  /** People without a membership or platform role are erased this many months after they left (DEPARTED_RETENTION_MONTHS). */
  retention: { departedMonths: number };
  /** How long an offered waiting-list place can be claimed (hours; fractions allowed). */
  meetups: { claimHours: number };
  /** Business loket: approaches per company per calendar month before a school is warned or blocked; retention of closed requests. */
  loket: { contactLimitPerMonth: number; contactLimitMode: 'warn' | 'block'; retentionMonths: number; signInLinkMinutes: number };
  /** Werkgroep documents: content-addressed files in `dir` (DATA_DIR/files), uploads up to `maxBytes`. */
  documents: { dir: string; maxBytes: number };
  /** Free space DATA_DIR (and the file store) must keep for the node to report itself ready. */
  disk: { minFreeBytes: number };
  /** Server-side cache of rendered story pages and feeds (ms; 0 = off). Invalidated by events; see docs/stories.md. */
  publicSite: { pageCacheTtlMs: number };
  /** Bearer token that opens GET /metrics to callers other than loopback; null = loopback only. */
  metricsToken: string | null;
  /**
   * Teams mirror through Microsoft Graph (one multi-tenant app registration). Null when no client
   * id/secret is set: links can be made, but nothing is mirrored or queued.
   */
  msGraph: {
    clientId: string;
    clientSecret: string;
    authorityHost: string;
    graphBaseUrl: string;
    caFile: string | null;
    /** `selected` (default): Sites.Selected with per-site grants; `all`: tenant-wide Files/Sites.ReadWrite.All. */
    permissionModel: 'selected' | 'all';
    /** How long one node holds a mirror item (extended after every uploaded range); a crashed node's items wait this long. */
    mirrorLeaseSeconds: number;
    /** How often each node scans linked channels for files changed or deleted by people in Teams. */
    driftIntervalMs: number;
  } | null;
  /** Teams announcements: documents added within this window after the first share one message. */
  teamsAnnouncements: { windowMs: number };
  /**
   * Outgoing webhooks (Teams announcements) go to public addresses only; `allowPrivateAddresses`
   * lifts that for tests against a local fake (refused in production).
   */
  webhooks: { allowPrivateAddresses: boolean };
}

/** In development: the Vite dev server of the web app (apps/web/vite.config.mts) and the API itself, by either loopback name. */
const devOrigins = (port: number): string[] => [4200, port].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);

export const APP_CONFIG = Symbol('APP_CONFIG');

const DEV_SESSION_SECRET = 'verbinder-development-session-secret-not-for-production';

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings mean "not set", as in a copied .env.example.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.') || '(environment)';
        const value = typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
        return `${key}: ${issue.message}${value !== undefined && !/SECRET/.test(key) ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    isProduction,
    clockOffsetMs: Math.round(env.CLOCK_OFFSET_DAYS * 86_400_000),
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    allowedOrigins: [...new Set([new URL(publicUrl).origin, ...env.ALLOWED_ORIGINS.map((o) => new URL(o).origin), ...(env.NODE_ENV === 'development' ? devOrigins(env.PORT) : [])])],
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE } : { kind: 'pglite', dataDir: resolve(dataDir, 'pglite') },
    dataDir,
    redisUrl: env.REDIS_URL ?? null,
    startupWaitSeconds: env.STARTUP_WAIT_SECONDS,
    session: {
      secret: env.SESSION_SECRET ?? DEV_SESSION_SECRET,
      ttlHours: env.SESSION_TTL_HOURS,
      secureCookie: env.COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https://') : env.COOKIE_SECURE === 'true',
      cacheMs: env.SESSION_CACHE_MS,
    },
    demoMode: env.DEMO_MODE ?? !isProduction,
    // Demo data follows demo mode unless set explicitly; demo passwords are only ever set in demo mode.
    seedDemo: env.SEED_DEMO ?? env.DEMO_MODE ?? !isProduction,
    loginRateLimit: { max: env.LOGIN_RATE_LIMIT, windowSeconds: env.LOGIN_RATE_WINDOW_SECONDS },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
      responseCacheMs: env.GRAPHQL_RESPONSE_CACHE_MS,
    },
    oidc:
      env.OIDC_ISSUER_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuerUrl: env.OIDC_ISSUER_URL,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            label: env.OIDC_LABEL,
            scopes: env.OIDC_SCOPES,
            allowedTenantIds: env.OIDC_ALLOWED_TENANT_IDS,
          }
        : null,
    webDistDir: env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : null,
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, dropDir: resolve(dataDir, 'mail') },
    jobs: {
      outboxPollMs: env.OUTBOX_POLL_MS,
      outboxLeaseSeconds: env.OUTBOX_LEASE_SECONDS,
      outboxConcurrency: env.OUTBOX_CONCURRENCY,
      reminderIntervalMs: env.REMINDER_INTERVAL_MS,
      retentionIntervalMs: env.RETENTION_INTERVAL_MS,
      erasureStepPauseMs: env.ERASURE_STEP_PAUSE_MS,
    },
    meetups: { claimHours: env.WAITLIST_CLAIM_HOURS },
    loket: { contactLimitPerMonth: env.LOKET_CONTACT_LIMIT, contactLimitMode: env.LOKET_CONTACT_LIMIT_MODE, retentionMonths: env.LOKET_RETENTION_MONTHS, signInLinkMinutes: env.LOKET_SIGN_IN_MINUTES },
    documents: { dir: resolve(dataDir, 'files'), maxBytes: env.DOCUMENT_MAX_BYTES },
    retention: { departedMonths: env.DEPARTED_RETENTION_MONTHS },
    personExports: { inlineMaxRows: env.PERSON_EXPORT_INLINE_MAX_ROWS, retentionHours: env.PERSON_EXPORT_RETENTION_HOURS, dir: resolve(dataDir, 'exports') },
    disk: { minFreeBytes: env.DISK_MIN_FREE_MB * 1024 * 1024 },
    publicSite: { pageCacheTtlMs: env.PUBLIC_PAGE_CACHE_TTL_MS },
    metricsToken: env.METRICS_TOKEN ?? null,
    msGraph:
      env.MS_GRAPH_CLIENT_ID && env.MS_GRAPH_CLIENT_SECRET
        ? {
            clientId: env.MS_GRAPH_CLIENT_ID,
            clientSecret: env.MS_GRAPH_CLIENT_SECRET,
            authorityHost: (env.MS_GRAPH_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/$/, ''),
            graphBaseUrl: (env.MS_GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, ''),
            caFile: env.MS_GRAPH_CA_FILE ? resolve(env.MS_GRAPH_CA_FILE) : null,
            permissionModel: env.MS_GRAPH_PERMISSION_MODEL,
            mirrorLeaseSeconds: env.TEAMS_MIRROR_LEASE_SECONDS,
            driftIntervalMs: env.MS_GRAPH_DRIFT_INTERVAL_MS,
          }
        : null,
    teamsAnnouncements: { windowMs: env.TEAMS_ANNOUNCE_WINDOW_SECONDS * 1000 },
    webhooks: { allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES },
  };
}
