/**
 * Text that may not come in at all, whatever the field: NUL and the other C0 control characters
 * (tab, line feed and carriage return excepted: multi-line fields need them; single-line fields
 * are trimmed and checked by the services, and e-mail makes them harmless, see mail-text.ts),
 * DEL, and lone UTF-16 surrogates (not Unicode; PostgreSQL refuses NUL and stores a lone
 * surrogate as a replacement character). Checked at the edge: every GraphQL string (literal
 * arguments and variables, HTTP and graphql-ws) and every HTTP body and query-string field.
 */
// Without the `u` flag a regex sees UTF-16 code units, so lone surrogates can be matched.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a forbidden control character or is not well-formed UTF-16. */
export function isUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

const MAX_WALK_DEPTH = 64;

/**
 * The path (e.g. `input.contacts.0.name`) of the first unsafe string in a parsed body or
 * GraphQL variables, keys included; null when everything is clean. Linear in the value's size.
 */
export function findUnsafeText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path || '(waarde)' : null;
  if (value === null || typeof value !== 'object' || depth > MAX_WALK_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (isUnsafeText(key)) return here.replace(/[^\x20-\x7E]/g, '?');
    const found = findUnsafeText(item, here, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The Dutch message for a refused field (its path names the field, never its value). */
export const unsafeTextMessage = (path: string): string =>
  `Het veld "${path.slice(0, 100)}" bevat tekens die niet zijn toegestaan (zoals een nul-teken of ongeldige Unicode). Haal die weg en probeer het opnieuw.`;
