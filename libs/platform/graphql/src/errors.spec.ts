import { ErrorCode } from '@verbinder/shared/contracts';
import { formatGraphqlError, isDatabaseUnavailable } from './errors';

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('recognises a server that is not there: refused or reset sockets, PostgreSQL shutdown and connection states', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001']) expect(isDatabaseUnavailable(withCode(code))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('looks through the causes that drizzle wraps around driver errors', () => {
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') }))).toBe(true);
  });

  it('does not take bugs or constraint violations for an outage', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('formatGraphqlError for an outage', () => {
  it('answers SERVICE_UNAVAILABLE, retryable, in Dutch', () => {
    const logged: string[] = [];
    const out = formatGraphqlError({ message: 'connect ECONNREFUSED', path: ['regions'] }, Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), (m) =>
      logged.push(m),
    );
    expect(out.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, retryAfterSeconds: 5 });
    expect(out.message).toContain('De database is even niet bereikbaar');
    expect(logged).toEqual(['database unavailable during GraphQL operation']);
  });
});

describe('formatGraphqlError without schema hints', () => {
  it('strips "Did you mean" when asked (introspection off) and keeps it otherwise', () => {
    const formatted = { message: 'Cannot query field "nme" on type "Person". Did you mean "name" or "email"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    const hidden = formatGraphqlError(formatted, null, () => undefined, { hideSuggestions: true });
    expect(hidden.message).toBe('De vraag aan de server klopt niet met het schema. (Cannot query field "nme" on type "Person".)');
    expect(hidden.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(formatGraphqlError(formatted, null, () => undefined).message).toContain('Did you mean "name"');
  });
});
