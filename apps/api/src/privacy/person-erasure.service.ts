import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuthService } from '@verbinder/identity/core';
import { MailDropFolder } from '@verbinder/integrations/mail';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { DataMapEntry, Database, ERASED_PERSON_NAME, eraseByAddress, eraseStep, erasureSteps, lockByAddress, personErasures, pseudonymiseQuotedName } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { outbox, OutboxWorker, RetentionJob } from '@verbinder/platform/outbox';
import { memberships, persons } from '@verbinder/regions/data-access';
import { Actor, DomainError, isUuid, OUTBOX, type Outbox } from '@verbinder/shared/kernel';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { DATA_MAP } from './data-map';
import { PreparedExportStore } from './prepared-export-store';

export const ERASE_PERSON_JOB = 'privacy.erase-person';

/** An outbox job claimed by a worker that has not given it up (its lease runs). */
const UNDER_WAY = sql`${outbox.status} = 'running' and ${outbox.lockedUntil} > now()`;

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
  /** The tables whose rows let the person in (accounts, sessions, OIDC links, reset links): emptied when the erasure is asked for. */
  private readonly signInSteps: DataMapEntry[] = this.steps.filter((entry) => entry.domain === 'identity');
  private readonly outboxEntry = DATA_MAP.find((entry) => entry.table === outbox) as DataMapEntry;
  private readonly mailDrop: MailDropFolder;
  /** The table of the step under way (for a sanitised error). */
  private failedAt: string | null = null;

  constructor(
    private readonly database: Database,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    private readonly worker: OutboxWorker,
    private readonly auth: AuthService,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preparedExports: PreparedExportStore,
    private readonly retention: RetentionJob,
  ) {
    this.mailDrop = new MailDropFolder(config.mail.dropDir);
  }

  onModuleInit(): void {
    // People who left long ago are erased like on request; stalled erasures are resumed.
    this.retention.addRule({
      name: 'departed people',
      sweep: async (now) => {
        const { noted, erased } = await this.sweepDeparted(now);
        return { departuresNoted: noted, departedPeopleErased: erased };
      },
    });
    this.worker.register(ERASE_PERSON_JOB, async (payload) => {
      const personId = (payload as { personId?: unknown } | null)?.personId;
      if (typeof personId !== 'string' || !isUuid(personId)) throw new Error('erasure job without a person id');
      try {
        await this.run(personId);
      } catch (error) {
        // A database error carries the statement's parameters (their name, their address): the
        // outbox logs and keeps only what erasure step failed.
        if (error instanceof MailUnderWay) throw error;
        const code = (error as { cause?: { code?: unknown }; code?: unknown }).cause?.code ?? (error as { code?: unknown }).code;
        throw new Error(`erasure of a person failed in ${this.failedAt ?? 'a step'}${typeof code === 'string' ? ` (${code})` : ''}; the outbox retries it`);
      }
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
      const found = await this.lockOutAndQueue(personId, actor.personId);
      if (!found) throw DomainError.notFound('Persoon');
      return found;
    });
    // At once, not when the job runs: every session and live connection of the person ends.
    if (!erasure.completedAt) await this.auth.endSessionsOf(personId);
    return view(erasure);
  }

  /**
   * In the caller's transaction: from now on the person cannot sign in (accounts, sessions, OIDC and
   * reset links go), change their address or join anything, whenever the job runs; and the erasure
   * is queued (or the one already asked for is returned). Null when there is no such person.
   */
  private async lockOutAndQueue(personId: string, requestedById: string | null): Promise<ErasureRow | null> {
    const [person] = await this.database.db.select({ email: persons.email, erasedAt: persons.erasedAt }).from(persons).where(eq(persons.id, personId)).for('update');
    if (!person) return null;
    if (person.erasedAt === null) {
      await this.database.db
        .update(persons)
        .set({ erasureRequestedAt: new Date() })
        .where(and(eq(persons.id, personId), isNull(persons.erasureRequestedAt)));
      for (const entry of this.signInSteps) await eraseStep(this.database, entry, personId);
    }
    return this.queue(personId, requestedById, person.erasedAt === null ? person.email : null);
  }

  /** The erasure of a person (one row, one job), or the one already asked for; in the caller's transaction. */
  private async queue(personId: string, requestedById: string | null, email: string | null): Promise<ErasureRow> {
    const [existing] = await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId));
    if (existing) {
      if (!existing.completedAt) await this.resume(personId);
      return existing;
    }
    // Two beheerders at once: one row (the unique person id), one job (the outbox key), both answered with it.
    const [created] = await this.database.db
      .insert(personErasures)
      .values({ personId, requestedById, stepsTotal: this.stepsTotal, pendingEmail: email })
      .onConflictDoNothing({ target: personErasures.personId })
      .returning();
    if (!created) return (await this.database.db.select().from(personErasures).where(eq(personErasures.personId, personId)))[0];
    await this.outbox.enqueue({ kind: ERASE_PERSON_JOB, key: `${ERASE_PERSON_JOB}:${personId}`, payload: { personId } });
    return created;
  }

  /**
   * Retention of people who left: notes since when a person has had no membership and no platform
   * role (and forgets it when they have one again), and erases those who left more than
   * DEPARTED_RETENTION_MONTHS ago. A person invited who never accepted counts as left from the
   * first sweep after the invitation. Returns how many departures it noted and erasures it queued.
   */
  async sweepDeparted(now: Date): Promise<{ noted: number; erased: number }> {
    const member = sql`exists (select 1 from ${memberships} where ${memberships.personId} = ${persons.id})`;
    const noted = await this.database.db
      .update(persons)
      .set({ departedAt: now })
      .where(sql`${persons.departedAt} is null and ${persons.erasedAt} is null and ${persons.systemRole} is null and not ${member}`)
      .returning({ id: persons.id });
    await this.database.db
      .update(persons)
      .set({ departedAt: null })
      .where(sql`${persons.departedAt} is not null and (${persons.systemRole} is not null or ${member})`);
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.config.retention.departedMonths);
    const departed = await this.database.db
      .select({ id: persons.id })
      .from(persons)
      .where(sql`${persons.departedAt} < ${cutoff.toISOString()} and ${persons.erasedAt} is null and not exists (select 1 from ${personErasures} where ${personErasures.personId} = ${persons.id})`)
      .limit(100);
    for (const { id } of departed) await this.database.transaction(() => this.lockOutAndQueue(id, null));
    await this.resumeStalled();
    if (departed.length > 0) this.logger.info('erasure of people who left queued', { people: departed.length, monthsAgo: this.config.retention.departedMonths });
    return { noted: noted.length, erased: departed.length };
  }

  /**
   * An erasure whose job gave up (the outbox's attempts ran out) or is gone runs again: its job is
   * made due again, or queued anew under a fresh key.
   */
  private async resume(personId: string): Promise<void> {
    const key = `${ERASE_PERSON_JOB}:${personId}`;
    const jobs = await this.database.db
      .select({ id: outbox.id, status: outbox.status })
      .from(outbox)
      .where(sql`${outbox.kind} = ${ERASE_PERSON_JOB} and ${outbox.payload} ->> 'personId' = ${personId}`);
    if (jobs.some((job) => job.status === 'pending' || job.status === 'running')) return;
    const failed = jobs.filter((job) => job.status === 'failed').map((job) => job.id);
    if (failed.length > 0) {
      await this.database.db
        .update(outbox)
        .set({ status: 'pending', attempts: 0, runAfter: new Date(), lockedUntil: null, lastError: null })
        .where(inArray(outbox.id, failed.slice(0, 1)));
      return;
    }
    await this.outbox.enqueue({ kind: ERASE_PERSON_JOB, key: `${key}:${Date.now()}`, payload: { personId } });
  }

  /** Every erasure not complete whose job is not pending or running (retention run): resumed. */
  async resumeStalled(): Promise<number> {
    const open = await this.database.db.select({ personId: personErasures.personId }).from(personErasures).where(isNull(personErasures.completedAt)).limit(100);
    for (const { personId } of open) await this.database.transaction(() => this.resume(personId));
    return open.length;
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
      this.failedAt = entry.tableName;
      record = await this.database.transaction(async () => {
        const changed = await eraseStep(this.database, entry, personId);
        return this.progress(record.id, index + 1, changed > 0 ? { [entry.tableName]: changed } : {});
      });
    }
    // A last pass over every table, in the transaction that completes the erasure: what other work
    // wrote about the person while the steps ran (a reminder sweep that had just read their
    // ownership, a notification on its way) is caught too.
    // The address (kept until now for this) catches what was queued to it meanwhile, e.g. a
    // reminder that had read it just before the first step.
    this.failedAt = 'the last pass';
    const email = record.pendingEmail;
    const done = await this.database.transaction(async () => {
      if (email && (await lockByAddress(this.database, this.outboxEntry, email, UNDER_WAY))) throw new MailUnderWay();
      const late: Record<string, number> = email ? await eraseByAddress(this.database, DATA_MAP, email) : {};
      for (const entry of this.steps) {
        const changed = await eraseStep(this.database, entry, personId);
        if (changed > 0) late[entry.tableName] = (late[entry.tableName] ?? 0) + changed;
      }
      await this.progress(record.id, this.stepsTotal, late);
      return (await this.database.db.update(personErasures).set({ completedAt: new Date(), pendingEmail: null }).where(eq(personErasures.id, record.id)).returning())[0];
    });
    // Mail files (outside the database): every message to them, also those sent while the steps ran.
    if (email) await this.mailDrop.deleteAddressedTo(email);
    this.failedAt = null;
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
        this.failedAt = 'the first step';
        // Locks every e-mail job to their address (a worker skips locked jobs, so none is claimed
        // from here on); one claimed before is being sent: wait for it.
        if (await lockByAddress(this.database, this.outboxEntry, person.email, UNDER_WAY)) throw new MailUnderWay();
        removed = await eraseByAddress(this.database, DATA_MAP, person.email);
        for (const [table, n] of Object.entries(await pseudonymiseQuotedName(this.database, DATA_MAP, person.name))) removed[table] = (removed[table] ?? 0) + n;
        // Mail files go after the last pass (with the address kept until then): reading 30 days of
        // mail does not belong in a transaction that holds the person's row.
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
    const [current] = await this.database.db.select({ removed: personErasures.removed }).from(personErasures).where(eq(personErasures.id, id)).for('update');
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
