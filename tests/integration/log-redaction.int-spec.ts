// A real database error carries the statement's parameters (names, e-mail addresses) in its
// message and stack, and PostgreSQL's detail repeats row values. Logged through the one logger
// every part of the API uses, none of it may reach the output, on PGlite and on PostgreSQL alike.
// (The e2e suites check the same from outside: hostile-requests and hostile-input read the API
// process's whole output for the personal data they sent.)
import { JsonLogger } from '@verbinder/platform/events';
import { persons } from '@verbinder/regions/data-access';
import { describeOnBothDrivers } from '../support/test-database';

describeOnBothDrivers('log redaction of real database errors', 'verbinder_log_redaction', (database) => {
  beforeAll(async () => {
    await database().migrate();
  }, 60_000);

  it('prints neither the parameters nor the row values of a refused write', async () => {
    const name = 'Wilhelmina Geheimhouder';
    const email = 'wilhelmina.geheimhouder@school.example';
    await database().db.insert(persons).values({ name, email });
    // The same address again: a unique violation whose message, stack and detail hold the person.
    const error = await database()
      .db.insert(persons)
      .values({ name, email })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(`${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`).toContain(email);

    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const logger = new JsonLogger('debug').child({ component: 'test' });
      logger.error('unexpected error', { error });
      // As Nest's exception handler passes it: the error's message as the message, its stack as the detail.
      logger.error((error as Error).message, (error as Error).stack);
      logger.warn('request failed', { error, variables: { input: { name, email } }, body: { email } });
    } finally {
      process.stderr.write = original;
    }
    const output = written.join('');
    expect(written.length).toBe(3);
    expect(output).not.toContain(email);
    expect(output).not.toContain(name);
    expect(output).toContain('redacted');
  });
});
