// Inzage (AVG art. 15) prepared in the background, on both drivers: above the threshold a request
// queues one export (asking again finds it); the job writes every row, past the 5,000-row cap of an
// export made at once, read in batches, into a 0600 file and queues the e-mail; a job that fails
// leaves no temporary or final file; and retention deletes expired files with their rows and files
// that no row names once they are a day old (never a temporary file of an export in preparation).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@verbinder/platform/config';
import { Database, personExports } from '@verbinder/platform/db';
import type { JsonLogger } from '@verbinder/platform/events';
import { DatabaseOutbox, outbox, OutboxWorker } from '@verbinder/platform/outbox';
import { notifications } from '@verbinder/notifications/data-access';
import { DrizzleRegionsRepository, persons } from '@verbinder/regions/data-access';
import { Actor, EMAIL_JOB, OutboxJob } from '@verbinder/shared/kernel';
import { eq } from 'drizzle-orm';
import { PersonDataExportService, PREPARE_EXPORT_JOB } from './person-data-export';
import { PreparedExportStore } from './prepared-export-store';
import { Driver, openTestDatabase } from '@verbinder/platform/db/testing';

const ROWS = 5_200;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as JsonLogger;

describe.each<Driver>(['pglite', 'postgres'])('background exports on %s', (driver) => {
  let database: Database;
  let close: () => Promise<void>;
  let dir: string;
  let store: PreparedExportStore;
  let actor: Actor;
  let failEmail = false;

  const config = { publicUrl: 'https://verbinder.test', personExports: { inlineMaxRows: 100, retentionHours: 168, dir: '' } } as unknown as AppConfig;
  const service = () => {
    const queue = new DatabaseOutbox(database);
    const failing = {
      enqueue: async (job: OutboxJob) => {
        if (failEmail && job.kind === EMAIL_JOB) throw new Error('mail queue unavailable');
        return queue.enqueue(job);
      },
    };
    return new PersonDataExportService(database, store, failing, { register: () => undefined } as unknown as OutboxWorker, quiet, config);
  };

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(driver, 'verbinder_person_exports'));
    dir = mkdtempSync(join(tmpdir(), 'verbinder-exports-'));
    store = new PreparedExportStore(database, join(dir, 'exports'));
    const person = await new DrizzleRegionsRepository(database).insertPerson({ name: 'Groot Export', email: `groot-${driver}@school.example`, jobTitle: null, systemRole: null });
    actor = { personId: person.id, name: person.name, email: person.email, systemRole: null, memberships: [] };
    // More rows than an export made at once holds per table.
    for (let start = 0; start < ROWS; start += 1000) {
      await database.db.insert(notifications).values(Array.from({ length: Math.min(1000, ROWS - start) }, (_, i) => ({ personId: person.id, kind: 'test', title: `Melding ${start + i}` })));
    }
  }, 120_000);

  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const jobsOf = (kind: string) => database.db.select().from(outbox).where(eq(outbox.kind, kind));
  const files = () => (existsSync(store.dir) ? readdirSync(store.dir) : []);

  it('queues one export above the threshold, and asking again finds it', async () => {
    const first = await service().answerFor(actor, actor.personId);
    expect(first.kind).toBe('prepared');
    const again = await service().answerFor(actor, actor.personId);
    expect(again.kind === 'prepared' && first.kind === 'prepared' && again.export.id === first.export.id).toBe(true);
    expect(await jobsOf(PREPARE_EXPORT_JOB)).toHaveLength(1);
    expect(await service().ownPreparedExport(actor)).toMatchObject({ status: 'preparing', tablesDone: 0 });
  });

  it('leaves no file behind when the job fails, and writes every row when it runs again', async () => {
    const [row] = await database.db.select().from(personExports).where(eq(personExports.personId, actor.personId));
    // Failing while the file is written (here: when it is to be renamed into place): the temporary file goes.
    const pathOf = store.pathOf.bind(store);
    store.pathOf = (name: string) => {
      if (name.endsWith('.json')) throw new Error('disk trouble');
      return pathOf(name);
    };
    await expect(service().prepare(row.id)).rejects.toThrow('disk trouble');
    store.pathOf = pathOf;
    expect(files()).toEqual([]);
    // Failing after the file is in place (the e-mail cannot be queued): the file goes too.
    failEmail = true;
    await expect(service().prepare(row.id)).rejects.toThrow('mail queue unavailable');
    expect(files()).toEqual([]);
    const [failed] = await database.db.select().from(personExports).where(eq(personExports.id, row.id));
    expect(failed.status).toBe('preparing');

    failEmail = false;
    await service().prepare(row.id);
    const [ready] = await database.db.select().from(personExports).where(eq(personExports.id, row.id));
    expect(ready).toMatchObject({ status: 'ready', tablesDone: ready.tablesTotal });
    expect(files()).toEqual([ready.fileName]);
    const path = join(store.dir, ready.fileName!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(path).size).toBe(ready.sizeBytes);
    const data = JSON.parse(readFileSync(path, 'utf8')) as { person: { id: string }; tables: Array<{ table: string; rows: unknown[]; truncated: boolean }> };
    expect(data.person.id).toBe(actor.personId);
    const notes = data.tables.find((t) => t.table === 'notifications');
    expect(notes?.rows).toHaveLength(ROWS);
    expect(notes?.truncated).toBe(false);
    expect(new Set(notes?.rows.map((r) => (r as { title: string }).title)).size).toBe(ROWS);
    const mails = (await database.db.select().from(outbox).where(eq(outbox.kind, EMAIL_JOB))).filter((j) => j.key === `person-export-ready:${row.id}`);
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0].payload)).toContain('https://verbinder.test/privacy/mijn-gegevens.json');
    // Running the job again (at-least-once) changes nothing.
    await service().prepare(row.id);
    expect(files()).toEqual([ready.fileName]);
    // The request now serves the file.
    const answer = await service().answerFor(actor, actor.personId);
    expect(answer.kind === 'prepared' && answer.file).toBe(path);
  }, 120_000);

  it('erasure takes the files of a person’s exports at once, and an erased person’s export is never written', async () => {
    const other = await new DrizzleRegionsRepository(database).insertPerson({ name: 'Wis Export', email: `wis-${driver}@school.example`, jobTitle: null, systemRole: null });
    const [ready] = await database.db
      .insert(personExports)
      .values({ personId: other.id, tablesTotal: 1, status: 'ready', fileName: 'wis-bestand-000000000000000000.json', expiresAt: new Date(Date.now() + 3_600_000) })
      .returning();
    const [pending] = await database.db
      .insert(personExports)
      .values({ personId: other.id, tablesTotal: 1, expiresAt: new Date(Date.now() + 3_600_000) })
      .returning();
    writeFileSync(join(store.dir, ready.fileName!), '{}');
    writeFileSync(join(store.dir, `${pending.id}.tmp`), '{');
    expect(await store.removeFilesOf(other.id)).toBe(2);
    expect(files()).not.toContain(ready.fileName);
    expect(files()).not.toContain(`${pending.id}.tmp`);
    await database.db.update(persons).set({ erasedAt: new Date() }).where(eq(persons.id, other.id));
    await service().prepare(pending.id);
    expect(files().filter((name) => name.startsWith(pending.id))).toEqual([]);
    expect((await database.db.select().from(personExports).where(eq(personExports.id, pending.id)))[0].status).toBe('preparing');
    await database.db.delete(personExports).where(eq(personExports.personId, other.id));
  });

  it('deletes expired files with their rows, and old files that no row names', async () => {
    const [row] = await database.db.select().from(personExports).where(eq(personExports.personId, actor.personId));
    const now = new Date(row.expiresAt.getTime() + 1000);
    const old = new Date(now.getTime() - 25 * 3_600_000);
    // An orphan a day old (a killed job), a young one (a job that just renamed its file), and the temporary file of an export still in preparation.
    writeFileSync(join(store.dir, 'verweesd-bestand-0000000000000.json'), '{}');
    utimesSync(join(store.dir, 'verweesd-bestand-0000000000000.json'), old, old);
    writeFileSync(join(store.dir, 'jong-bestand-00000000000000000.json'), '{}');
    utimesSync(join(store.dir, 'jong-bestand-00000000000000000.json'), now, now);
    const [preparing] = await database.db
      .insert(personExports)
      .values({ personId: actor.personId, tablesTotal: 3, expiresAt: new Date(now.getTime() + 3_600_000) })
      .returning();
    writeFileSync(join(store.dir, `${preparing.id}.tmp`), '{');
    utimesSync(join(store.dir, `${preparing.id}.tmp`), old, old);

    expect(await store.purgeExpired(now)).toEqual({ personExports: 1, personExportFiles: 2 });
    expect(files().sort()).toEqual([`${preparing.id}.tmp`, 'jong-bestand-00000000000000000.json'].sort());
    expect(await database.db.select({ id: personExports.id }).from(personExports).where(eq(personExports.personId, actor.personId))).toEqual([{ id: preparing.id }]);
  });
});
