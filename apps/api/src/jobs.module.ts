import { DynamicModule, Global, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CheckInsService } from '@verbinder/actieagenda/core';
import { AuthService } from '@verbinder/identity/core';
import { LoketPrivacyService, LoketSlaService } from '@verbinder/loket/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegistrationsService, WaitlistService } from '@verbinder/meetups/core';
import { NewsletterService, StoryConsentsService, StoryPublishingService } from '@verbinder/stories/core';
import { MailDropFolder, NodemailerMailer } from '@verbinder/integrations/mail';
import { AppConfig } from '@verbinder/platform/config';
import { Database } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { DatabaseOutbox, OutboxWorker, RetentionJob } from '@verbinder/platform/outbox';
import { PreparedExportStore } from './privacy/prepared-export-store';
import { retentionRules } from './retention-rules';
import { CLOCK, type Clock, DOCUMENT_STORE, type DocumentStore, EMAIL_JOB, EmailMessage, MAILER, Mailer, OUTBOX } from '@verbinder/shared/kernel';

/**
 * Sends overdue check-in reminders and passes expired waiting-list offers on, on every node;
 * the reminder table and the activity row lock make each one happen once. Retention runs in
 * RetentionJob (one node at a time).
 */
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly actieagenda: CheckInsService,
    private readonly waitlist: WaitlistService,
    private readonly registrations: RegistrationsService,
    private readonly loketSla: LoketSlaService,
    private readonly stories: StoryPublishingService,
    private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    // Each sweep: what it does, the log line (and its count's field) when it did something, the warning when it failed.
    const sweeps: Array<{ work: () => Promise<number>; done: string; count: string; failed: string }> = [
      { work: () => this.actieagenda.sendCheckInReminders(), done: 'check-in reminders queued', count: 'sent', failed: 'check-in reminder sweep failed' },
      { work: () => this.waitlist.sweepExpiredOffers(), done: 'expired waiting-list offers passed on', count: 'moved', failed: 'waiting-list sweep failed' },
      { work: () => this.registrations.sendActivityReminders(), done: 'activity reminders queued', count: 'sent', failed: 'activity reminder sweep failed' },
      { work: () => this.loketSla.sweepSla(), done: 'loket SLA warnings and escalations queued', count: 'sent', failed: 'loket SLA sweep failed' },
      { work: () => this.stories.sweep(), done: 'scheduled stories published, blocked or taken offline', count: 'changed', failed: 'stories sweep failed' },
    ];
    const run = () => {
      for (const { work, done, count, failed } of sweeps) {
        void work()
          .then((n) => n > 0 && this.logger.info(done, { [count]: n }))
          .catch((error: unknown) => this.logger.warn(failed, { error: (error as Error).message }));
      }
    };
    this.timer = setInterval(run, this.config.jobs.reminderIntervalMs);
    this.timer.unref();
    setTimeout(run, 2000).unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** The outbox (written in domain transactions) and its worker, with the e-mail handler. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const mailer = new NodemailerMailer(config.mail);
    return {
      module: JobsModule,
      providers: [
        DatabaseOutbox,
        { provide: OUTBOX, useExisting: DatabaseOutbox },
        // The files of exports prepared in the background (DATA_DIR/exports), for PersonDataExportService and the retention rule.
        { provide: PreparedExportStore, inject: [Database], useFactory: (database: Database) => new PreparedExportStore(database, config.personExports.dir) },
        {
          provide: RetentionJob,
          inject: [OutboxWorker, DatabaseOutbox, AuthService, LoketPrivacyService, NewsletterService, StoryConsentsService, NotificationsService, DOCUMENT_STORE, Database, CLOCK, PreparedExportStore],
          useFactory: (
            worker: OutboxWorker,
            outbox: DatabaseOutbox,
            auth: AuthService,
            loket: LoketPrivacyService,
            newsletter: NewsletterService,
            storyConsents: StoryConsentsService,
            notifications: NotificationsService,
            store: DocumentStore,
            database: Database,
            clock: Clock,
            preparedExports: PreparedExportStore,
          ) =>
            new RetentionJob(
              worker,
              outbox,
              retentionRules({ auth, loket, newsletter, storyConsents, notifications, outbox, files: { store, database, mailDrop: new MailDropFolder(config.mail.dropDir) }, preparedExports }),
              logger.child({ component: 'retention' }),
              config.jobs.retentionIntervalMs,
              clock,
            ),
        },
        { provide: MAILER, useValue: mailer },
        {
          provide: OutboxWorker,
          inject: [Database, MAILER],
          useFactory: (database: Database, m: Mailer) => {
            const worker = new OutboxWorker(database, logger.child({ component: 'outbox' }), {
              pollMs: config.jobs.outboxPollMs,
              batchSize: 10,
              leaseSeconds: config.jobs.outboxLeaseSeconds,
              concurrency: config.jobs.outboxConcurrency,
            });
            // One Message-ID per job, the same on every attempt: a second send (at-least-once) is recognisably the same message.
            const mailDomain = new URL(config.publicUrl).hostname || 'verbinder.local';
            worker.register(EMAIL_JOB, (payload, job) => m.send({ ...(payload as EmailMessage), messageId: `<outbox.${job.id}@${mailDomain}>` }));
            return worker;
          },
        },
        {
          provide: ReminderScheduler,
          inject: [CheckInsService, WaitlistService, RegistrationsService, LoketSlaService, StoryPublishingService],
          useFactory: (actieagenda: CheckInsService, waitlist: WaitlistService, registrations: RegistrationsService, loketSla: LoketSlaService, stories: StoryPublishingService) =>
            new ReminderScheduler(actieagenda, waitlist, registrations, loketSla, stories, config, logger.child({ component: 'reminders' })),
        },
      ],
      exports: [OUTBOX, MAILER, OutboxWorker, RetentionJob, PreparedExportStore],
    };
  }
}
