/**
 * Personal data never reaches the logs: every log line passes through `redactForLog` (called by
 * `JsonLogger` for its message and all fields, so no caller can forget it).
 *
 * - SQL parameters: drizzle's `DrizzleQueryError` puts them in its message and stack
 *   (`Failed query: … \nparams: Jan,jan@example.org`) and in its own `params` property; pg and
 *   PGlite errors quote row values in `detail` (`Key (email)=(jan@example.org) already exists.`,
 *   `Failing row contains (…)`).
 * - Request data: fields named like a request body, GraphQL variables or SQL parameters are
 *   replaced as a whole.
 */
const REDACTED = '[redacted]';

/** Field names whose value is request or query data, never logged. */
// `detail` and `where`: PostgreSQL's error fields that quote row values in forms no pattern can
// foresee (`Key (lower(email))=(…)`, `Failing row contains (…)`, a PL/pgSQL context): dropped whole.
const SECRET_KEYS = new Set(['params', 'parameters', 'variables', 'body', 'rawbody', 'password', 'cookie', 'authorization', 'token', 'detail', 'where']);

const MAX_DEPTH = 6;

/** A string with SQL parameters and quoted row values taken out. */
export function redactText(text: string): string {
  if (typeof text !== 'string') return text;
  if (!text.includes('params') && !text.includes('=(') && !text.includes('row contains')) return text;
  return (
    text
      // drizzle: "Failed query: <sql>\nparams: <values>" up to the stack trace (or the end).
      .replace(/(^|\n)(\s*)params: [\s\S]*?(?=\n\s+at |$)/g, `$1$2params: ${REDACTED}`)
      // pg / PGlite detail: "Key (email)=(jan@example.org) already exists."
      .replace(/(Key \((?:[^()]|\([^()]*\))*\))=\((?:[^()]|\([^()]*\))*\)/g, `$1=(${REDACTED})`)
      // pg / PGlite detail: "Failing row contains (…)."
      .replace(/(Failing row contains )\([\s\S]*?\)(?=\.?(?:\n|$))/g, `$1(${REDACTED})`)
  );
}

/** A copy of a log field value with request data and SQL parameters removed. */
export function redactForLog(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    out['name'] = value.name;
    out['message'] = redactText(value.message);
  }
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? REDACTED : redactForLog(item, depth + 1, seen);
  }
  if (value instanceof Error && 'cause' in value && !('cause' in out)) out['cause'] = redactForLog(value.cause, depth + 1, seen);
  return out;
}
