// The retention job on both drivers: notifications and finished outbox jobs go after their keeping
// time (driven by the `now` given to the run, not by waiting), a rule that fails does not stop the
// others, and the hour's run exists once however many nodes schedule it and runs on one worker.
import { NotificationsService } from '@verbinder/notifications/core';
import { DrizzleNotificationsRepository, notifications } from '@verbinder/notifications/data-access';
import { DatabaseUnitOfWork } from '@verbinder/platform/db';
import { DatabaseOutbox, outbox, OutboxWorker, RETENTION_JOB, RetentionJob, RetentionRule } from '@verbinder/platform/outbox';
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import type { DomainEvents } from '@verbinder/shared/kernel';
import { eq, sql } from 'drizzle-orm';
import { describeOnBothDrivers } from '../support/test-database';

const DAY = 86_400_000;
const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describeOnBothDrivers('retention job', 'verbinder_retention_job', (database, driver) => {
  let personId: string;
  let outboxStore: DatabaseOutbox;
  let notificationsService: NotificationsService;
  const warnings: Array<Record<string, unknown>> = [];
  const logger = { info: () => undefined, warn: (_m: string, fields?: Record<string, unknown>) => void warnings.push(fields ?? {}) };

  beforeAll(async () => {
    personId = (await new DrizzleRegionsRepository(database()).insertPerson({ name: 'Bewaar Test', email: `bewaar-${driver}@school.example`, jobTitle: null, systemRole: null })).id;
    outboxStore = new DatabaseOutbox(database());
    notificationsService = new NotificationsService(new DrizzleNotificationsRepository(database()), new DatabaseUnitOfWork(database()), { emit: async () => undefined } as unknown as DomainEvents, {
      now: () => now,
    });
  }, 60_000);

  const rules = (): RetentionRule[] => [
    { name: 'notifications', sweep: async (at) => ({ notifications: await notificationsService.purgeExpired(at) }) },
    { name: 'outbox', sweep: async (at) => ({ outboxJobs: await outboxStore.purgeFinished(at) }) },
  ];

  it('removes read notifications after 90 days, all after a year, and finished outbox jobs after 30 (failed after 90) days', async () => {
    const note = (title: string, createdAt: Date, readAt: Date | null) => database().db.insert(notifications).values({ personId, kind: 'test', title, createdAt, readAt });
    await note('gelezen, oud', daysAgo(91), daysAgo(90));
    await note('gelezen, recent', daysAgo(30), daysAgo(29));
    await note('ongelezen, 200 dagen', daysAgo(200), null);
    await note('ongelezen, ruim een jaar', daysAgo(366), null);
    const job = async (key: string, status: 'done' | 'failed' | 'pending', createdAt: Date, doneAt: Date | null) =>
      database()
        .db.insert(outbox)
        .values({ kind: 'email.send', key, payload: { to: 'iemand@bedrijf.example' }, status, createdAt, doneAt });
    await job('klaar-oud', 'done', daysAgo(40), daysAgo(31));
    await job('klaar-recent', 'done', daysAgo(40), daysAgo(29));
    await job('mislukt-oud', 'failed', daysAgo(91), null);
    await job('mislukt-recent', 'failed', daysAgo(60), null);
    await job('wacht-oud', 'pending', daysAgo(400), null);

    const retention = new RetentionJob(new OutboxWorker(database(), quiet, { pollMs: 60_000, batchSize: 10 }), outboxStore, rules(), logger);
    expect(await retention.run(now)).toEqual({ notifications: 2, outboxJobs: 2 });
    const left = await database().db.select({ title: notifications.title }).from(notifications).where(eq(notifications.personId, personId));
    expect(left.map((n) => n.title).sort()).toEqual(['gelezen, recent', 'ongelezen, 200 dagen']);
    const jobs = await database()
      .db.select({ key: outbox.key })
      .from(outbox)
      .where(sql`${outbox.key} in ('klaar-oud','klaar-recent','mislukt-oud','mislukt-recent','wacht-oud')`);
    expect(jobs.map((j) => j.key).sort()).toEqual(['klaar-recent', 'mislukt-recent', 'wacht-oud']);
    // A second run finds nothing more; the node's totals add up.
    expect(await retention.run(now)).toEqual({ notifications: 0, outboxJobs: 0 });
    expect(retention.removed).toEqual({ notifications: 2, outboxJobs: 2 });
  });

  it('goes on with the other rules when one fails', async () => {
    const failing: RetentionRule = { name: 'kapot', sweep: async () => Promise.reject(new Error('database weg')) };
    const retention = new RetentionJob(new OutboxWorker(database(), quiet, { pollMs: 60_000, batchSize: 10 }), outboxStore, [failing, ...rules()], logger);
    expect(await retention.run(now)).toEqual({ notifications: 0, outboxJobs: 0 });
    expect(warnings).toContainEqual({ rule: 'kapot', error: 'database weg' });
  });

  it('schedules the hour once however many nodes ask, and one worker runs it', async () => {
    const runs: string[] = [];
    const counting = (node: string): RetentionRule => ({ name: 'tel', sweep: async () => (runs.push(node), {}) });
    const nodes = ['a', 'b'].map((node) => {
      const worker = new OutboxWorker(database(), quiet, { pollMs: 60_000, batchSize: 10 });
      const job = new RetentionJob(worker, outboxStore, [counting(node)], logger);
      job.onModuleInit();
      return { worker, job };
    });
    const hour = new Date('2026-12-01T09:15:00Z');
    expect(await nodes[0].job.schedule(hour)).toBe(true);
    expect(await nodes[1].job.schedule(new Date('2026-12-01T09:59:59Z'))).toBe(false);
    await Promise.all(nodes.map((n) => n.worker.drain()));
    expect(runs).toHaveLength(1);
    const [row] = await database().db.select({ status: outbox.status }).from(outbox).where(eq(outbox.key, 'retention:2026-12-01T09'));
    expect(row.status).toBe('done');
    expect(await nodes[1].job.schedule(new Date('2026-12-01T10:00:00Z'))).toBe(true);
    expect(RETENTION_JOB).toBe('platform.retention');
    for (const n of nodes) await n.worker.onModuleDestroy();
  });
});
