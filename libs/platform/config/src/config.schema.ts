import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'gebruik true of false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || isUrl(v, protocols), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    });

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const TRUST_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;
const IPV6_CIDR = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

function isTrustEntry(entry: string): boolean {
  if (TRUST_PRESETS.includes(entry)) return true;
  const v4 = IPV4_CIDR.exec(entry);
  if (v4) return v4.slice(1, 5).every((octet) => Number(octet) <= 255) && (v4[6] === undefined || Number(v4[6]) <= 32);
  return entry.includes(':') && IPV6_CIDR.test(entry) && (!entry.includes('/') || Number(entry.split('/')[1]) <= 128);
}

/**
 * Which proxies in front of the API may tell it the client's address (X-Forwarded-For) and scheme:
 * empty (none: the API faces clients directly), a number of hops (1 to 10), or a comma-separated
 * list of addresses, CIDR ranges and the presets loopback, linklocal, uniquelocal. `true` (trust
 * any sender) is refused: every client could then choose its own address and escape the per-IP limits.
 */
const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): false | number | string[] => {
    const value = (v ?? '').toLowerCase();
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a hop count must be 1 to 10' });
      return hops;
    }
    if (value === 'true') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'name the proxies (e.g. loopback or 10.0.0.0/8) or a hop count; true would let any client choose its address' });
      return false;
    }
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    for (const entry of entries) {
      if (!isTrustEntry(entry)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${entry}" is not an address, a CIDR range, loopback, linklocal or uniquelocal` });
    }
    return entries;
  });

/** A comma-separated list of web origins (`https://host[:port]`, no path), e.g. a second domain. */
const originList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .superRefine((origins, ctx) => {
    for (const origin of origins) {
      if (!isOrigin(origin)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${origin}" is not an origin such as https://verbinder.example.org (scheme and host, optional port, no path)` });
    }
  });

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.toLowerCase();
  } catch {
    return false;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Microsoft Entra's multi-tenant endpoints: any tenant's users can sign in unless the tenants are listed. */
export function isEntraMultiTenantIssuer(issuerUrl: string): boolean {
  try {
    const url = new URL(issuerUrl);
    const tenant = url.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
    return url.hostname.toLowerCase() === 'login.microsoftonline.com' && (tenant === 'organizations' || tenant === 'common' || tenant === 'consumers');
  } catch {
    return false;
  }
}

const positiveInt = (fallback: number, max = 1_000_000) => z.coerce.number().int().min(1).max(max).default(fallback);

/** Every environment variable Verbinder reads. Documented in .env.example and README.md. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: optionalUrl(['http:', 'https:']),
    ALLOWED_ORIGINS: originList,
    TRUST_PROXY: trustProxy,
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    DATA_DIR: z.string().min(1).default('./.data'),
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
    DATABASE_POOL_SIZE: positiveInt(10, 200),
    REDIS_URL: optionalUrl(['redis:', 'rediss:']),
    STARTUP_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
    SESSION_SECRET: z.string().optional(),
    SESSION_TTL_HOURS: positiveInt(24 * 14, 24 * 365),
    SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
    DEMO_MODE: bool(true).optional(),
    SEED_DEMO: bool(true).optional(),
    LOGIN_RATE_LIMIT: positiveInt(10, 10_000),
    LOGIN_RATE_WINDOW_SECONDS: positiveInt(15 * 60, 24 * 3600),
    GRAPHQL_MAX_DEPTH: positiveInt(10, 50),
    GRAPHQL_MAX_COST: positiveInt(20_000, 1_000_000),
    GRAPHQL_MAX_ALIASES: positiveInt(50, 100_000),
    GRAPHQL_MAX_TOKENS: positiveInt(10_000, 1_000_000),
    GRAPHQL_INTROSPECTION: bool(true).optional(),
    GRAPHQL_RESPONSE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    OIDC_ISSUER_URL: optionalUrl(['http:', 'https:']),
    OIDC_CLIENT_ID: z.string().trim().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_LABEL: z.string().trim().min(1).default('Microsoft'),
    OIDC_SCOPES: z.string().trim().min(1).default('openid email profile'),
    OIDC_ALLOWED_TENANT_IDS: z
      .string()
      .trim()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((id) => id.trim().toLowerCase())
              .filter(Boolean)
          : [],
      )
      .refine((ids) => ids.every((id) => GUID.test(id)), { message: 'must be a comma-separated list of Entra tenant ids (GUIDs)' }),
    WEB_DIST_DIR: z.string().min(1).optional(),
    SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
    MAIL_FROM: z.string().trim().min(3).default('Verbinder <noreply@verbinder.local>'),
    OUTBOX_POLL_MS: positiveInt(1000, 600_000),
    OUTBOX_LEASE_SECONDS: positiveInt(20, 600),
    OUTBOX_CONCURRENCY: positiveInt(4, 64),
    REMINDER_INTERVAL_MS: positiveInt(60_000, 86_400_000),
    RETENTION_INTERVAL_MS: positiveInt(3_600_000, 86_400_000),
    ERASURE_STEP_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    CLOCK_OFFSET_DAYS: z.coerce.number().min(0).max(3650).default(0),
    DEPARTED_RETENTION_MONTHS: positiveInt(12, 120),
    PERSON_EXPORT_INLINE_MAX_ROWS: positiveInt(5000, 1_000_000),
    PERSON_EXPORT_RETENTION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24 * 7),
    WAITLIST_CLAIM_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(24),
    LOKET_CONTACT_LIMIT: positiveInt(3, 1000),
    LOKET_CONTACT_LIMIT_MODE: z.enum(['warn', 'block']).default('warn'),
    LOKET_RETENTION_MONTHS: positiveInt(24, 240),
    LOKET_SIGN_IN_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
    PUBLIC_PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
    DOCUMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(10 * 1024 ** 3)
      .default(250 * 1024 * 1024),
    DISK_MIN_FREE_MB: z.coerce.number().int().min(0).max(10_000_000).default(256),
    MS_GRAPH_CLIENT_ID: z.string().trim().optional(),
    MS_GRAPH_CLIENT_SECRET: z.string().optional(),
    MS_GRAPH_AUTHORITY_HOST: optionalUrl(['https:']),
    MS_GRAPH_BASE_URL: optionalUrl(['https:']),
    MS_GRAPH_CA_FILE: z.string().trim().optional(),
    // `selected`: the app holds Sites.Selected (+ Channel.ReadBasic.All) and finds a channel's folder
    // through the team's site; `all`: it holds Files/Sites.ReadWrite.All and asks `filesFolder`.
    MS_GRAPH_PERMISSION_MODEL: z.enum(['selected', 'all']).default('selected'),
    TEAMS_ANNOUNCE_WINDOW_SECONDS: positiveInt(120, 3600),
    TEAMS_MIRROR_LEASE_SECONDS: positiveInt(20, 24 * 3600),
    MS_GRAPH_DRIFT_INTERVAL_MS: positiveInt(5 * 60_000, 86_400_000),
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: bool(false),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER_URL, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['OIDC_ISSUER_URL'],
        message: 'OIDC needs OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them)',
      });
    }
    if (env.OIDC_ISSUER_URL && isEntraMultiTenantIssuer(env.OIDC_ISSUER_URL) && env.OIDC_ALLOWED_TENANT_IDS.length === 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['OIDC_ALLOWED_TENANT_IDS'],
        message: "is required with Entra's multi-tenant issuer (organizations/common): list the tenant ids whose users may sign in",
      });
    }
    if (Boolean(env.MS_GRAPH_CLIENT_ID) !== Boolean(env.MS_GRAPH_CLIENT_SECRET)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MS_GRAPH_CLIENT_ID'],
        message: 'the Teams mirror needs MS_GRAPH_CLIENT_ID and MS_GRAPH_CLIENT_SECRET together (or neither: the mirror is off)',
      });
    }
    if (env.NODE_ENV === 'production' && env.CLOCK_OFFSET_DAYS !== 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['CLOCK_OFFSET_DAYS'], message: 'is for rehearsing retention outside production only; it must be 0 (or unset) in production' });
    }
    if (env.NODE_ENV === 'production') {
      if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['SESSION_SECRET'],
          message: 'is required in production and must be at least 32 characters',
        });
      }
      if (env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['WEBHOOK_ALLOW_PRIVATE_ADDRESSES'], message: 'is for tests against a local fake only and cannot be true in production' });
      }
      if (env.OIDC_ISSUER_URL?.startsWith('http://')) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['OIDC_ISSUER_URL'], message: 'must use https:// in production' });
      }
      if (env.DEMO_MODE === true) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DEMO_MODE'], message: 'cannot be true in production' });
      }
    }
  });

export type RawEnv = z.input<typeof envSchema>;
