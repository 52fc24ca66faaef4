import { readFileSync } from 'node:fs';
import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { MsGraphTeamsDrive, WorkflowsWebhookAnnouncer } from '@verbinder/integrations/ms-graph';
import { AppConfig } from '@verbinder/platform/config';
import { JsonLogger, RedisTokenBuckets } from '@verbinder/platform/events';
import { OutboxWorker } from '@verbinder/platform/outbox';
import {
  ANNOUNCE_JOB,
  AnnounceJob,
  InMemoryTokenBuckets,
  MIRROR_LINK_SYNC_JOB,
  MIRROR_RETRY_JOB,
  MirrorLinkSyncJob,
  MirrorRetryJob,
  realSleep,
  systemMonotonicClock,
  TEAMS_ANNOUNCE_SETTINGS,
  TEAMS_ANNOUNCER,
  TEAMS_DRIVE,
  TEAMS_MIRROR_SETTINGS,
  TeamsAnnouncementsService,
  TeamsFolderMirror,
  TEAMS_RETRY_POLICY,
  TeamsDriftScanner,
  TeamsMirrorCoreModule,
  TeamsMirrorWorker,
  TeamsRateLimiter,
  TeamsRetryPolicy,
  ThrottledTeamsDrive,
} from '@verbinder/teams-mirror/core';
import { TeamsMirrorDataAccessModule } from '@verbinder/teams-mirror/data-access';
import { DOCUMENT_CHANGED_JOB, DOCUMENT_FOLDER_CHANGED_JOB, DocumentChangedJob, DocumentFolderChangedJob } from '@verbinder/werkgroepen/core';

/** The Graph adapter (only with MS_GRAPH_CLIENT_ID/SECRET) behind the throttling decorator. */
@Module({})
class TeamsMirrorAdaptersModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const graph = config.msGraph;
    const caCertificate = graph?.caFile ? readFileSync(graph.caFile, 'utf8') : undefined;
    const log = logger.child({ component: 'teams-mirror' });
    // Announcements go to the link's Workflows webhook, not through Graph; they are sent only when
    // the mirror is configured, but a webhook URL is checked (public addresses only) whenever one is saved.
    const announceLog = log.child({ component: 'teams-announcements' });
    const announcer = new WorkflowsWebhookAnnouncer({
      caCertificate,
      allowPrivateAddresses: config.webhooks.allowPrivateAddresses,
      // Operators see the remote's status here; beheerders only "afgeleverd" or "mislukt" on the link.
      onAttempt: ({ host, status, problem }) => announceLog.info('webhook attempt', { host, status, problem }),
    });
    const policy = new TeamsRetryPolicy();
    // With Redis the channel and tenant budgets (and Retry-After closures) are shared by all nodes;
    // without it each node keeps its own.
    const sharedBuckets =
      graph && config.redisUrl
        ? new RedisTokenBuckets({ url: config.redisUrl, fallback: new InMemoryTokenBuckets(systemMonotonicClock), logger: log.child({ component: 'teams-rate-limits' }) })
        : null;
    // Every HTTP request the adapter sends takes a slot here, right before it is sent.
    const gate = new TeamsRateLimiter(systemMonotonicClock, {}, sharedBuckets ?? undefined, realSleep);
    const adapter = graph
      ? new MsGraphTeamsDrive({
          clientId: graph.clientId,
          clientSecret: graph.clientSecret,
          authorityHost: graph.authorityHost,
          graphBaseUrl: graph.graphBaseUrl,
          caCertificate,
          permissionModel: graph.permissionModel,
          gate,
        })
      : null;
    const drive = adapter
      ? new ThrottledTeamsDrive(adapter, policy, realSleep, {
          onWait: (event) =>
            event.reason === 'retry' &&
            log.info('teams call retried', { operation: event.operation, delayMs: event.delayMs, attempt: event.attempt, error: (event.error as Error | undefined)?.message }),
        })
      : null;
    return {
      module: TeamsMirrorAdaptersModule,
      providers: [
        { provide: TEAMS_MIRROR_SETTINGS, useValue: { configured: drive !== null, maxAttempts: 5, leaseMs: (graph?.mirrorLeaseSeconds ?? 20) * 1000 } },
        { provide: TEAMS_DRIVE, useFactory: () => drive },
        { provide: TEAMS_RETRY_POLICY, useValue: policy },
        { provide: MsGraphTeamsDrive, useFactory: () => adapter },
        { provide: TEAMS_ANNOUNCER, useFactory: () => announcer },
        { provide: WorkflowsWebhookAnnouncer, useFactory: () => announcer },
        { provide: RedisTokenBuckets, useFactory: () => sharedBuckets },
        { provide: TEAMS_ANNOUNCE_SETTINGS, useValue: { windowMs: config.teamsAnnouncements.windowMs, maxAttempts: 8, publicUrl: config.publicUrl } },
      ],
      exports: [TEAMS_MIRROR_SETTINGS, TEAMS_DRIVE, TEAMS_RETRY_POLICY, MsGraphTeamsDrive, TEAMS_ANNOUNCER, WorkflowsWebhookAnnouncer, TEAMS_ANNOUNCE_SETTINGS, RedisTokenBuckets],
    };
  }
}

/** Registers the mirror's outbox handlers on this node's worker. */
@Injectable()
class TeamsMirrorJobs implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly outbox: OutboxWorker,
    private readonly worker: TeamsMirrorWorker,
    private readonly folders: TeamsFolderMirror,
    private readonly announcements: TeamsAnnouncementsService,
    @Optional() @Inject(MsGraphTeamsDrive) private readonly adapter: MsGraphTeamsDrive | null,
    @Optional() @Inject(WorkflowsWebhookAnnouncer) private readonly announcer: WorkflowsWebhookAnnouncer | null,
    @Optional() @Inject(RedisTokenBuckets) private readonly sharedBuckets: RedisTokenBuckets | null,
  ) {}

  async onModuleInit(): Promise<void> {
    // Before any job runs, so the first requests already count against the shared budgets (never fails: it falls back).
    await this.sharedBuckets?.connect();
    // Mirror jobs reconcile one item each under its lease, so they may run side by side: while
    // one waits out a Retry-After, the others keep the channel's 4 requests per second in use.
    const concurrent = { concurrent: true };
    this.outbox.register(DOCUMENT_CHANGED_JOB, (payload) => this.worker.documentChanged(payload as DocumentChangedJob), concurrent);
    this.outbox.register(MIRROR_RETRY_JOB, (payload) => this.worker.retry(payload as MirrorRetryJob), concurrent);
    this.outbox.register(MIRROR_LINK_SYNC_JOB, (payload) => this.worker.linkSync(payload as MirrorLinkSyncJob), concurrent);
    this.outbox.register(DOCUMENT_FOLDER_CHANGED_JOB, (payload) => this.folders.folderChanged(payload as DocumentFolderChangedJob));
    this.outbox.register(ANNOUNCE_JOB, (payload) => this.announcements.send(payload as AnnounceJob));
  }

  async onModuleDestroy(): Promise<void> {
    this.adapter?.close();
    this.announcer?.close();
    await this.sharedBuckets?.disconnect();
  }
}

/**
 * The periodic drift scan (only when the mirror is configured): every MS_GRAPH_DRIFT_INTERVAL_MS
 * on every node; the per-link scan lease makes one node scan a link at a time, and a link scanned
 * less than half an interval ago by any node is skipped, so each link is scanned once per interval
 * in the cluster. Runs do not overlap.
 */
class TeamsDriftScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly scanner: TeamsDriftScanner,
    private readonly intervalMs: number | null,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMs === null) return;
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref();
  }

  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const recorded = await this.scanner.scanAll(this.intervalMs);
      if (recorded > 0) this.logger.info('teams drift recorded', { recorded });
    } catch (error) {
      this.logger.warn('teams drift scan failed', { error: (error as Error).message });
    } finally {
      this.running = false;
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** The Teams mirror: core (links, status, worker), its storage, the Graph adapter and the outbox handlers. */
@Module({})
export class TeamsMirrorModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const adapters = TeamsMirrorAdaptersModule.forRoot(config, logger);
    return {
      module: TeamsMirrorModule,
      imports: [TeamsMirrorCoreModule.register({ imports: [TeamsMirrorDataAccessModule, adapters] }), adapters],
      providers: [
        TeamsMirrorJobs,
        {
          provide: TeamsDriftScheduler,
          inject: [TeamsDriftScanner],
          useFactory: (scanner: TeamsDriftScanner) => new TeamsDriftScheduler(scanner, config.msGraph?.driftIntervalMs ?? null, logger.child({ component: 'teams-drift' })),
        },
      ],
    };
  }
}
