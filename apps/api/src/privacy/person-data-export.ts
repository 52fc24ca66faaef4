import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { open, rename, stat } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { collectSubjectData, countSubjectRows, Database, personExports, subjectRowBatch, SubjectTableData, subjectTables } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { OutboxWorker } from '@verbinder/platform/outbox';
import { persons } from '@verbinder/regions/data-access';
import { and, desc, eq, gt } from 'drizzle-orm';
import { Actor, DomainError, EMAIL_JOB, isUuid, mailText, OUTBOX, type Outbox } from '@verbinder/shared/kernel';
import { dutchDateTime } from '@verbinder/shared/time';
import { DATA_MAP } from './data-map';
import { PreparedExportStore } from './prepared-export-store';

export const PREPARE_EXPORT_JOB = 'privacy.prepare-export';

const PREPARE_EXPORT_OPTIONS = { concurrent: true };
/** Rows read from the database at once while a prepared export is written. */
const BATCH_ROWS = 500;
/** Bytes collected before they are written to the file. */
const WRITE_CHUNK = 64 * 1024;
/** An export in preparation that has not got ready in this time counts as failed: a new request starts another. */
const PREPARING_STALE_MS = 24 * 60 * 60 * 1000;

export interface PersonDataExport {
  /** When the export was made (ISO). */
  generatedAt: string;
  person: { id: string; name: string; email: string };
  /** What is held about the person, table by table across every domain (docs/privacy.md explains each). */
  tables: SubjectTableData[];
}

/** An export prepared in the background, as the person (or a platform beheerder) sees it: progress and, once ready, the file's size and term. */
export interface PreparedExportView {
  id: string;
  status: 'preparing' | 'ready';
  tablesDone: number;
  tablesTotal: number;
  sizeBytes: number | null;
  createdAt: string;
  readyAt: string | null;
  expiresAt: string;
}

/** What a request for a person's data gets: the export itself, or the export prepared in the background (and its file once ready). */
export type PersonDataAnswer = { kind: 'inline'; data: PersonDataExport } | { kind: 'prepared'; person: { id: string; name: string; email: string }; export: PreparedExportView; file: string | null };

type ExportRow = typeof personExports.$inferSelect;

const view = (row: ExportRow): PreparedExportView => ({
  id: row.id,
  status: row.status,
  tablesDone: row.tablesDone,
  tablesTotal: row.tablesTotal,
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt.toISOString(),
  readyAt: row.readyAt?.toISOString() ?? null,
  expiresAt: row.expiresAt.toISOString(),
});

/**
 * Inzage (AVG art. 15): everything Verbinder holds that is a person's own, across all domains, found
 * through the data map. A person downloads their own; a platform beheerder can make it for a person
 * on their request. Secrets (hashes of passwords and links) and data about others (pupils in stories)
 * are named but not included.
 *
 * An export of more rows than PERSON_EXPORT_INLINE_MAX_ROWS (counted first, table by table) is not
 * made in the request: it is prepared by an outbox job (`privacy.prepare-export`) into a file in
 * DATA_DIR/exports, read in batches and written as it goes, with the progress (tables done of
 * total) in `person_exports`; the person gets an e-mail when it is ready, and the same addresses
 * then serve the file until it expires (PreparedExportStore.purgeExpired deletes it).
 */
@Injectable()
export class PersonDataExportService implements OnModuleInit {
  constructor(
    private readonly database: Database,
    private readonly store: PreparedExportStore,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    private readonly worker: OutboxWorker,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // In the concurrent lane: a long export does not hold up the e-mails and other one-at-a-time jobs (it is idempotent per export).
    this.worker.register(
      PREPARE_EXPORT_JOB,
      async (payload) => {
        const exportId = (payload as { exportId?: unknown } | null)?.exportId;
        if (typeof exportId !== 'string' || !isUuid(exportId)) throw new Error('export job without an export id');
        await this.prepare(exportId);
      },
      PREPARE_EXPORT_OPTIONS,
    );
  }

  /**
   * A request for a person's data: a prepared export that is still in preparation or ready (and not
   * expired) is answered with that; otherwise the rows are counted and a small export is made at
   * once, a large one queued for the background.
   */
  async answerFor(actor: Actor, personId: string, now: Date = new Date()): Promise<PersonDataAnswer> {
    const person = await this.personFor(actor, personId);
    const current = await this.currentExport(person.id, now);
    if (current) return this.prepared(person, current);
    const tables = subjectTables(DATA_MAP, person);
    const total = (await countSubjectRows(this.database, tables)).reduce((sum, n) => sum + n, 0);
    if (total <= this.config.personExports.inlineMaxRows) {
      const maxRows = Math.max(5000, this.config.personExports.inlineMaxRows);
      const data = await this.database.transaction(() => collectSubjectData(this.database, DATA_MAP, person, maxRows));
      return { kind: 'inline', data: { generatedAt: now.toISOString(), person: { id: person.id, name: person.name, email: person.email }, tables: data } };
    }
    const row = await this.database.transaction(async () => {
      // One export in preparation per person: a second request at the same moment waits here and finds the first.
      await this.database.db.select({ id: persons.id }).from(persons).where(eq(persons.id, person.id)).for('update');
      const existing = await this.currentExport(person.id, now);
      if (existing) return existing;
      const [created] = await this.database.db
        .insert(personExports)
        .values({ personId: person.id, requestedById: actor.personId, tablesTotal: tables.length, createdAt: now, expiresAt: this.expiry(now) })
        .returning();
      await this.outbox.enqueue({ kind: PREPARE_EXPORT_JOB, key: `${PREPARE_EXPORT_JOB}:${created.id}`, payload: { exportId: created.id } });
      return created;
    });
    this.logger.info('person export queued for the background', { exportId: row.id, rows: total });
    return this.prepared(person, row);
  }

  /** The signed-in person's own export prepared in the background (in preparation or ready), or null; it starts nothing. */
  async ownPreparedExport(actor: Actor, now: Date = new Date()): Promise<PreparedExportView | null> {
    const row = await this.currentExport(actor.personId, now);
    return row ? view(row) : null;
  }

  /**
   * The outbox job: writes the whole export (no cap per table) to a temporary file, batch by batch,
   * recording the tables done; then renames it into place, marks it ready and queues the e-mail.
   * A failure removes the temporary file (the outbox tries again, from the start).
   */
  async prepare(exportId: string): Promise<void> {
    const [record] = await this.database.db.select().from(personExports).where(eq(personExports.id, exportId));
    if (!record || record.status === 'ready') return;
    const [person] = await this.database.db.select().from(persons).where(eq(persons.id, record.personId));
    // An erased person's export is not made (the erasure deletes the row).
    if (!person || person.erasedAt) return;
    const tables = subjectTables(DATA_MAP, person);
    await this.store.ensureDir();
    const temp = this.store.tempPathOf(exportId);
    const fileName = `${randomBytes(24).toString('base64url')}.json`;
    const file = await open(temp, 'w', 0o600);
    let closed = false;
    try {
      await this.database.db.update(personExports).set({ tablesDone: 0, tablesTotal: tables.length }).where(eq(personExports.id, exportId));
      let pending = '';
      const write = async (text: string, force = false) => {
        pending += text;
        if (pending.length >= WRITE_CHUNK || force) {
          await file.write(pending);
          pending = '';
        }
      };
      const generatedAt = new Date().toISOString();
      await write(`{"generatedAt":${JSON.stringify(generatedAt)},"person":${JSON.stringify({ id: person.id, name: person.name, email: person.email })},"tables":[`);
      let firstTable = true;
      for (const [index, table] of tables.entries()) {
        let rows = 0;
        for (let offset = 0; ; offset += BATCH_ROWS) {
          const batch = await subjectRowBatch(this.database, table, offset, BATCH_ROWS);
          for (const row of batch) {
            if (rows === 0) {
              const { domain, tableName, classification } = table.entry;
              await write(
                `${firstTable ? '' : ','}\n{"domain":${JSON.stringify(domain)},"table":${JSON.stringify(tableName)},"purpose":${JSON.stringify(classification.purpose)},"retention":${JSON.stringify(classification.retention.rule)},"truncated":false,"rows":[`,
              );
              firstTable = false;
            }
            await write(`${rows === 0 ? '' : ','}\n${JSON.stringify(row)}`);
            rows++;
          }
          // Let requests in between batches: a large export does not hold the event loop.
          await yieldToEventLoop();
          if (batch.length < BATCH_ROWS) break;
        }
        if (rows > 0) await write(']}');
        await this.database.db
          .update(personExports)
          .set({ tablesDone: index + 1 })
          .where(eq(personExports.id, exportId));
      }
      await write(']}\n', true);
      await file.sync();
      await file.close();
      closed = true;
      await rename(temp, this.store.pathOf(fileName));
    } catch (error) {
      if (!closed) await file.close().catch(() => undefined);
      await this.store.remove(`${exportId}.tmp`).catch(() => undefined);
      throw error;
    }
    try {
      const { size } = await stat(this.store.pathOf(fileName));
      const readyAt = new Date();
      const expiresAt = this.expiry(readyAt);
      const recorded = await this.database.transaction(async () => {
        const [current] = await this.database.db.select({ erasedAt: persons.erasedAt }).from(persons).where(eq(persons.id, person.id)).for('update');
        if (!current || current.erasedAt) return false;
        const [row] = await this.database.db
          .update(personExports)
          .set({ status: 'ready', fileName, sizeBytes: size, readyAt, expiresAt })
          .where(eq(personExports.id, exportId))
          .returning({ id: personExports.id });
        if (!row) return false;
        await this.outbox.enqueue({ kind: EMAIL_JOB, key: `person-export-ready:${exportId}`, payload: this.readyMail(person, expiresAt) });
        return true;
      });
      if (!recorded) {
        // The export went meanwhile (the person was erased, or it expired): so does the file.
        await this.store.remove(fileName);
        return;
      }
      this.logger.info('person export prepared', { exportId, bytes: size, tables: tables.length });
    } catch (error) {
      await this.store.remove(fileName).catch(() => undefined);
      throw error;
    }
  }

  private readyMail(person: { name: string; email: string }, expiresAt: Date) {
    const url = this.config.publicUrl;
    return {
      to: person.email,
      subject: 'Je gegevens in Verbinder staan klaar',
      text: mailText`Hallo ${person.name},

Je vroeg om inzage in wat Verbinder over je bewaart. Dat waren zoveel gegevens dat we ze voor je hebben klaargezet; ze staan nu klaar.

Download ze (je moet ingelogd zijn) via:

${`${url}/privacy/mijn-gegevens.json`}

Of bekijk eerst de pagina ${`${url}/privacy/mijn-gegevens`}.

Het bestand blijft beschikbaar tot ${dutchDateTime(expiresAt)}; daarna wordt het verwijderd. Heb je het dan nog nodig, vraag het dan opnieuw op.

Met vriendelijke groet,
Verbinder`,
    };
  }

  private expiry(from: Date): Date {
    return new Date(from.getTime() + this.config.personExports.retentionHours * 3_600_000);
  }

  /** The person's export in preparation (not stale) or ready and not expired, the newest. */
  private async currentExport(personId: string, now: Date): Promise<ExportRow | null> {
    const rows = await this.database.db
      .select()
      .from(personExports)
      .where(and(eq(personExports.personId, personId), gt(personExports.expiresAt, now)))
      .orderBy(desc(personExports.createdAt))
      .limit(5);
    return rows.find((row) => row.status === 'ready' || now.getTime() - row.createdAt.getTime() < PREPARING_STALE_MS) ?? null;
  }

  private prepared(person: { id: string; name: string; email: string }, row: ExportRow): PersonDataAnswer {
    const file = row.status === 'ready' && row.fileName ? this.store.pathOf(row.fileName) : null;
    return { kind: 'prepared', person: { id: person.id, name: person.name, email: person.email }, export: view(row), file };
  }

  private async personFor(actor: Actor, personId: string) {
    if (actor.personId !== personId && actor.systemRole !== 'BEHEERDER') {
      throw DomainError.forbidden('Alleen de persoon zelf of een platformbeheerder kan deze gegevens opvragen.');
    }
    const [person] = isUuid(personId) ? await this.database.db.select().from(persons).where(eq(persons.id, personId)) : [];
    if (!person) throw DomainError.notFound('Persoon');
    return person;
  }
}
