import { JsonLogger } from './logger';
import { redactForLog, redactText } from './redact';

describe('log redaction', () => {
  it('removes SQL parameters from drizzle errors, message and stack alike', () => {
    const message = 'Failed query: insert into "persons" ("name", "email") values ($1, $2)\nparams: Jan Geheim,jan.geheim@example.org';
    const stack = `Error: ${message}\n    at Object.run (/app/x.js:1:1)\n    at next (/app/y.js:2:2)`;
    expect(redactText(message)).toBe('Failed query: insert into "persons" ("name", "email") values ($1, $2)\nparams: [redacted]');
    expect(redactText(stack)).not.toContain('Geheim');
    expect(redactText(stack)).toContain('at Object.run');
  });

  it('removes row values from PostgreSQL details', () => {
    expect(redactText('Key (email)=(jan@example.org) already exists.')).toBe('Key (email)=([redacted]) already exists.');
    expect(redactText('Failing row contains (1, Jan, jan@example.org).')).toBe('Failing row contains ([redacted]).');
  });

  it('drops request data fields and walks errors and their causes', () => {
    const cause = Object.assign(new Error('duplicate key'), { detail: 'Key (email)=(jan@example.org) already exists.' });
    const error = Object.assign(new Error('Failed query: select 1\nparams: jan@example.org'), { params: ['jan@example.org'], query: 'select 1', cause });
    const out = JSON.stringify(redactForLog({ error, variables: { email: 'jan@example.org' }, body: 'email=jan%40example.org', path: ['x'] }));
    expect(out).not.toContain('jan@example.org');
    expect(out).not.toContain('jan%40example.org');
    expect(out).toContain('select 1');
    expect(out).toContain('duplicate key');
  });

  it('never throws on what Nest hands the logger', () => {
    const logger = new JsonLogger('error');
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      logger.error(new Error('Failed query: select 1\nparams: jan@example.org') as unknown as string, 'stack\nparams: jan@example.org', 'ExceptionsHandler');
      logger.fatal({ params: ['jan@example.org'] });
      const out = write.mock.calls.map((c) => String(c[0])).join('');
      expect(out).not.toContain('jan@example.org');
      expect(out).toContain('Failed query: select 1');
    } finally {
      write.mockRestore();
    }
  });
});
