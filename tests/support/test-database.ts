// Moved to @verbinder/platform/db/testing (also used by the API's own integration specs).
import { type Database } from '@verbinder/platform/db';
import { type Driver, openTestDatabase } from '@verbinder/platform/db/testing';
export * from '@verbinder/platform/db/testing';

/**
 * Runs the suite `title` once on embedded PGlite and once on the machine's PostgreSQL server, each time
 * against a freshly migrated database (`name` on PostgreSQL). `database()` is that database: it is
 * opened before the suite's own `beforeAll` hooks and closed after its `afterAll` hooks.
 */
export function describeOnBothDrivers(title: string, name: string, suite: (database: () => Database, driver: Driver) => void): void {
  describe.each<Driver>(['pglite', 'postgres'])(`${title} on %s`, (driver) => {
    let opened: { database: Database; close(): Promise<void> } | undefined;
    beforeAll(async () => {
      opened = await openTestDatabase(driver, name);
    }, 60_000);
    const database = () => {
      if (!opened) throw new Error(`the ${driver} database of "${title}" is not open`);
      return opened.database;
    };
    suite(database, driver);
    afterAll(async () => {
      await opened?.close();
    });
  });
}
