import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuthService } from '@verbinder/identity/core';
import { MailDropFolder } from '@verbinder/integrations/mail';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { Database, ERASED_PERSON_NAME, eraseByAddressAndName, eraseStep, erasureSteps, holdsAddress, personErasures } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { outbox, OutboxWorker } from '@verbinder/platform/outbox';
import { persons } from '@verbinder/regions/data-access';
import { Actor, DomainError, isUuid, OUTBOX, type Outbox } from '@verbinder/shared/kernel';
import { eq, sql } from 'drizzle-orm';
import { DATA_MAP } from './data-map';
import { PreparedExportStore } from './prepared-export-store';

export const ERASE_PERSON_JOB = 'privacy.erase-person';

/** An e-mail to the person is being sent at this moment (see firstStepWhenNoMailIsUnderWay). */
class MailUnderWay extends Error {
  constructor() {
    super('an e-mail to the person is being sent; the erasure goes on once it is');
  }
}

/** What a platform beheerder sees of an erasure: progress and counts, never the erased data. */
export interface PersonErasureView {
  id: string;
  personId: string;
  requestedAt: Date;
  stepsDone: number;
  stepsTotal: number;
  /** Rows deleted or pseudonymised, all tables together. */
  rowsRemoved: number;
  completedAt: Date | null;
}

type ErasureRow = typeof personErasures.$inferSelect;

const view = (row: ErasureRow): PersonErasureView => ({
  id: row.id,
  personId: row.personId,
  requestedAt: row.requestedAt,
  stepsDone: row.stepsDone,
  stepsTotal: row.stepsTotal,
  rowsRemoved: Object.values(row.removed).reduce((sum, n) => sum + n, 0),
  completedAt: row.completedAt,
});

/** The address an erased person keeps: unique (the column is), undeliverable (.invalid), and naming no one. */
export const erasedAddress = (personId: string): string => `oud-deelnemer-${personId}@verwijderd.invalid`;

/**
 * Erasure (AVG art. 17): a platform beheerder erases a person on their request. The request ends
 * their sessions and live connections at once and queues the erasure as an outbox job, which:
 *
 * 1. in one transaction deletes what is found by their e-mail address (newsletter sign-ups, e-mail
 *    jobs, sign-in attempts, ...), the mail files written to them and the files of their prepared
 *    exports, and turns their `persons` row
 *    into the pseudonym "Oud-deelnemer" without an address: from then on every id that points at
 *    it (posts, check-ins, documents, audit entries) is a pseudonymised reference;
 * 2. then, table by table as the data map declares (`erasure`), deletes their own rows
 *    (memberships, sessions, notifications, registrations, ...) and pseudonymises copies of their
 *    name in rows that stay for others, each step in its own transaction with the progress.
 *
 * Every step is idempotent, and the job survives a crash: the outbox runs it again (on any node)
 * and it goes on from the step it reached. The log (`person_erasures`) holds who asked, when,
 * the progress and counts per table, and no erased data. Erasing twice is a no-op.
 */
@Injectable()
export class PersonErasureService implements OnModuleInit {
  private readonly steps = erasureSteps(DATA_MAP);
  private readonly mailDrop: MailDropFolder;

  constructor(
    private readonly database: Database,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    private readonly worker: OutboxWorker,
    private readonly auth: AuthService,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preparedExports: PreparedExportStore,
  ) {
    this.mailDrop = new MailDropFolder(config.mail.dropDir);
  }

  onModuleInit(): void {
    this.worker.register(ERASE_PERSON_JOB, async (payload) => {
      const personId = (payload as { personId?: unknown } | null)?.personId;
      if (typeof personId !== 'string' || !isUuid(personId)) throw new Error('erasure job without a person id');
      await this.run(personId);
    });
  }

  /** Step 0 (the e-mail address and the pseudonym) and one step per table. */
  get stepsTotal(): number {
    return 1 + this.steps.length;
  }

  async request(actor: Actor, personId: string): Promise<PersonErasureView> {
    this.requireBeheerder(actor);
    if (!isUuid(personId)) throw DomainError.notFound('Persoon');
    if (personId === actor.personId) {
      throw DomainError.conflict('Je kunt jezelf niet wissen. Vraag een andere platformbeheerder om het te doen.');
    }
    const erasure = await this.database.transaction(async () => {
      const [existing] = await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId));
      if (existing) return existing;
      const [person] = await this.database.db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
      if (!person) throw DomainError.notFound('Persoon');
      // Two beheerders at once: one row (the unique person id), one job (the outbox key), both answered with it.
      const [created] = await this.database.db
        .insert(personErasures)
        .values({ personId, requestedById: actor.personId, stepsTotal: this.stepsTotal })
        .onConflictDoNothing({ target: personErasures.personId })
        .returning();
      if (!created) return (await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId)))[0];
      await this.outbox.enqueue({ kind: ERASE_PERSON_JOB, key: `${ERASE_PERSON_JOB}:${personId}`, payload: { personId } });
      return created;
    });
    // At once, not when the job runs: every session and live connection of the person ends.
    if (!erasure.completedAt) await this.auth.endSessionsOf(personId);
    return view(erasure);
  }

  async status(actor: Actor, personId: string): Promise<PersonErasureView | null> {
    this.requireBeheerder(actor);
    if (!isUuid(personId)) return null;
    const [row] = await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId));
    return row ? view(row) : null;
  }

  /** Runs (or resumes) the erasure of a person; a no-op once it is complete. */
  async run(personId: string): Promise<void> {
    let [record] = await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId));
    if (!record || record.completedAt) return;
    if (record.stepsDone === 0) record = await this.firstStepWhenNoMailIsUnderWay(record);
    for (let index = Math.max(1, record.stepsDone); index <= this.steps.length; index++) {
      if (index > 1 && this.config.jobs.erasureStepPauseMs > 0) await new Promise((resolve) => setTimeout(resolve, this.config.jobs.erasureStepPauseMs));
      const entry = this.steps[index - 1];
      record = await this.database.transaction(async () => {
        const changed = await eraseStep(this.database, entry, personId);
        return this.progress(record.id, index + 1, changed > 0 ? { [entry.tableName]: changed } : {});
      });
    }
    // A last pass over every table, in the transaction that completes the erasure: what other work
    // wrote about the person while the steps ran (a reminder sweep that had just read their
    // ownership, a notification on its way) is caught too.
    const done = await this.database.transaction(async () => {
      const late: Record<string, number> = {};
      for (const entry of this.steps) {
        const changed = await eraseStep(this.database, entry, personId);
        if (changed > 0) late[entry.tableName] = changed;
      }
      await this.progress(record.id, this.stepsTotal, late);
      return (await this.database.db.update(personErasures).set({ completedAt: new Date() }).where(eq(personErasures.id, record.id)).returning())[0];
    });
    // Sessions went with their table; every node drops what it cached and closes live connections.
    await this.auth.sessionsEnded(personId);
    this.logger.info('person erased', { erasureId: done.id, rows: view(done).rowsRemoved, steps: done.stepsDone });
  }

  /**
   * An e-mail to the person that a worker is sending right now cannot be taken back: the first step
   * waits until it is sent (its file is then deleted with the others), for up to a minute, after
   * which the outbox tries the erasure again later.
   */
  private async firstStepWhenNoMailIsUnderWay(record: ErasureRow): Promise<ErasureRow> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.firstStep(record);
      } catch (error) {
        if (!(error instanceof MailUnderWay) || attempt >= 120) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private async firstStep(record: ErasureRow): Promise<ErasureRow> {
    return this.database.transaction(async () => {
      const [person] = await this.database.db.select().from(persons).where(eq(persons.id, record.personId)).for('update');
      let removed: Record<string, number> = {};
      if (person && person.erasedAt === null) {
        // Locks every job that holds their address (a worker skips locked jobs, so none is claimed
        // from here on); one claimed before is being sent: wait for it.
        const jobs = await this.database.db.select({ status: outbox.status, lockedUntil: outbox.lockedUntil }).from(outbox).where(holdsAddress(outbox.payload, person.email)).for('update');
        if (jobs.some((job) => job.status === 'running' && job.lockedUntil !== null && job.lockedUntil > new Date())) throw new MailUnderWay();
        removed = await eraseByAddressAndName(this.database, DATA_MAP, { id: person.id, name: person.name, email: person.email });
        // Files are not in the transaction: were it to roll back, the next run deletes nothing more than it would have.
        const mails = await this.mailDrop.deleteAddressedTo(person.email);
        if (mails > 0) removed['mail files'] = mails;
        // Their prepared exports (inzage) hold all of it: the files go now, the rows with their table's step.
        const exportFiles = await this.preparedExports.removeFilesOf(person.id);
        if (exportFiles > 0) removed['export files'] = exportFiles;
        await this.database.db
          .update(persons)
          .set({ name: ERASED_PERSON_NAME, email: erasedAddress(person.id), jobTitle: null, systemRole: null, erasedAt: new Date(), updatedAt: new Date() })
          .where(eq(persons.id, person.id));
        removed['persons'] = 1;
      }
      return this.progress(record.id, 1, removed);
    });
  }

  /** Records the steps done and adds the counts (jsonb `||` would replace, so the counts are summed here). */
  private async progress(id: string, stepsDone: number, removed: Record<string, number>): Promise<ErasureRow> {
    const [current] = await this.database.db.select({ removed: personErasures.removed }).from(personErasures).where(eq(personErasures.id, id));
    const merged = { ...current.removed };
    for (const [table, n] of Object.entries(removed)) merged[table] = (merged[table] ?? 0) + n;
    const [row] = await this.database.db
      .update(personErasures)
      .set({ stepsDone: sql`greatest(${personErasures.stepsDone}, ${stepsDone})`, removed: merged })
      .where(eq(personErasures.id, id))
      .returning();
    return row;
  }

  private requireBeheerder(actor: Actor): void {
    if (actor.systemRole !== 'BEHEERDER') throw DomainError.forbidden('Alleen een platformbeheerder kan een persoon wissen.');
  }
}
