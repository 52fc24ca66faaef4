import 'reflect-metadata';
import { RetentionJob } from '@verbinder/platform/outbox';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@verbinder/platform/config';
import { TeamsMirrorService } from '@verbinder/teams-mirror/core';
import { Database } from '@verbinder/platform/db';
import { EventBus, JsonLogger } from '@verbinder/platform/events';
import { LeerlabsService, LeerroutesService, MembershipsService, PeopleService, REGIONS_REPOSITORY, RegionsRepository, RegionsService, SchoolsService } from '@verbinder/regions/core';
import { ActieagendaService, ActiesService, CheckInsService } from '@verbinder/actieagenda/core';
import { ActivitiesService, RegistrationsService, SeriesService } from '@verbinder/meetups/core';
import { IDENTITY_REPOSITORY, IdentityRepository, PasswordsService } from '@verbinder/identity/core';
import { UNIT_OF_WORK, UnitOfWork } from '@verbinder/shared/kernel';
import { AppModule } from './app.module';
import { seedDemoData } from './demo/demo-seed';
import { CurriculumService, DraaiboekService, GlossaryService, StreamService, WerkgroepDocumentsService, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { LoketCannedRepliesService, LoketInboxService, LoketIntakeService, LoketRoutingService } from '@verbinder/loket/core';
import { StoryConsentsService, StoryEditingService, StoryPublishingService } from '@verbinder/stories/core';
import { HealthController } from './http/health.controller';
import { StorageMonitor } from './storage-monitor';
import { bodyErrors, crossSiteGuard, refuseGraphqlBatches, refuseNonTextFormFields, refuseUnsafeText, securityHeaders, websocketOriginCheck } from './http/security';
import { VerbinderIoAdapter } from './io-adapter';
import { findWebDist, webAppMiddleware } from './web-app';
import { PublicNotFoundFilter, PublicPageCache } from '@verbinder/platform/public-web';
import { createMetrics, metricsHandler, requestIdMiddleware } from './observability';
import { GraphqlResponseCache } from '@verbinder/platform/graphql';
import { pingRedis, waitForService } from './startup-wait';

export interface RunningApp {
  app: NestExpressApplication;
  database: Database;
  bus: EventBus;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database (waiting for PostgreSQL, see STARTUP_WAIT_SECONDS), migrates, connects Redis
 * (waiting likewise), seeds demo data when asked, and builds the Nest application.
 */
export async function createApp(config: AppConfig, logger = new JsonLogger(config.logLevel)): Promise<Omit<RunningApp, 'url'>> {
  const dbLog = logger.child({ component: 'database' });
  const database = await Database.open(config.database, (level, message, fields) => dbLog[level](message, fields));
  try {
    await waitForService(database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite', () => database.ping(), config.startupWaitSeconds, logger);
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  logger.info('database ready', { kind: database.kind, ...(database.kind === 'pglite' && 'dataDir' in config.database ? { dataDir: config.database.dataDir } : {}) });

  const bus = new EventBus(logger.child({ component: 'events' }));
  if (config.redisUrl) {
    try {
      const url = config.redisUrl;
      await waitForService('Redis', () => pingRedis(url), config.startupWaitSeconds, logger);
      await bus.connectRedis(url);
      logger.info('redis pub/sub connected');
    } catch (error) {
      await bus.close();
      await database.close();
      throw new Error(`Cannot connect to Redis at REDIS_URL: ${(error as Error).message}`);
    }
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, database, bus, logger }), {
    logger,
    bodyParser: true,
  });
  app.useWebSocketAdapter(new VerbinderIoAdapter(app, bus, logger.child({ component: 'socket.io' }), websocketOriginCheck(config.allowedOrigins)));
  app.disable('x-powered-by');
  // Behind a load balancer (TRUST_PROXY), req.ip is the client from X-Forwarded-For, so per-IP
  // limits and the loopback-only /metrics see real clients; the WebSocket transports use the same
  // rule (client-address.ts).
  app.set('trust proxy', config.trustProxy);
  // Security headers on every response, and cross-site writes refused before any parsing.
  const metrics = createMetrics();
  app.use(requestIdMiddleware(logger));
  app.use(metrics.middleware);
  app.use('/metrics', metricsHandler(metrics, config.metricsToken));
  const responseCache = app.get(GraphqlResponseCache);
  metrics.gauge('verbinder_graphql_response_cache_entries', 'Cached GraphQL answers held by this node', () => responseCache.size);
  metrics.gauge('verbinder_graphql_response_cache_hits', 'GraphQL answers served from the cache since start (cumulative)', () => responseCache.stats.hits);
  metrics.gauge('verbinder_graphql_response_cache_misses', 'Cacheable GraphQL queries computed since start (cumulative)', () => responseCache.stats.misses);
  const storage = app.get(StorageMonitor);
  metrics.gauge('verbinder_data_dir_free_bytes', 'Free bytes in DATA_DIR (the tightest file system of DATA_DIR and its file store)', () =>
    storage.disk().then(
      (d) => d.freeBytes,
      () => NaN,
    ),
  );
  metrics.gauge('verbinder_upload_orphans_removed', 'Orphaned upload temp files removed by the sweep since start (cumulative)', () => storage.swept.files);
  const retention = app.get(RetentionJob);
  metrics.gaugeBy('verbinder_retention_removed', 'Rows removed or anonymised by the retention job on this node since start (cumulative), by kind', 'kind', () => retention.removed);
  metrics.gauge('verbinder_upload_orphan_bytes_removed', 'Bytes of orphaned upload temp files removed since start (cumulative)', () => storage.swept.bytes);
  app.use(securityHeaders(config));
  app.use(crossSiteGuard(config));
  // A draaiboek may hold 200 000 characters (up to 800 kB of UTF-8): room for that in a GraphQL body.
  app.useBodyParser('json', { limit: '1mb' });
  // Registered here (not by Nest at init) so that bodyErrors below also catches its failures.
  app.useBodyParser('urlencoded', { extended: true, limit: '100kb' });
  app.use(bodyErrors);
  app.use(refuseNonTextFormFields);
  app.use(refuseUnsafeText);
  app.use(refuseGraphqlBatches);
  for (const handler of webAppMiddleware(findWebDist(config.webDistDir))) app.use(handler);
  // An address on the public site that no route answers gets the Dutch 404 page, not "Cannot GET".
  app.useGlobalFilters(new PublicNotFoundFilter(app.getHttpAdapter()));

  if (config.seedDemo) {
    const seeded = await seedDemoData({
      regions: {
        regions: app.get(RegionsService),
        schools: app.get(SchoolsService),
        leerlabs: app.get(LeerlabsService),
        people: app.get(PeopleService),
        memberships: app.get(MembershipsService),
        leerroutes: app.get(LeerroutesService),
      },
      repository: app.get<RegionsRepository>(REGIONS_REPOSITORY),
      passwords: app.get(PasswordsService),
      actieagenda: app.get(ActieagendaService),
      acties: app.get(ActiesService),
      checkIns: app.get(CheckInsService),
      activities: app.get(ActivitiesService),
      series: app.get(SeriesService),
      registrations: app.get(RegistrationsService),
      loket: { intake: app.get(LoketIntakeService), routing: app.get(LoketRoutingService), inbox: app.get(LoketInboxService), cannedReplies: app.get(LoketCannedRepliesService) },
      werkgroepen: app.get(WerkgroepenService),
      curriculum: app.get(CurriculumService),
      werkgroepDocuments: app.get(WerkgroepDocumentsService),
      draaiboek: app.get(DraaiboekService),
      werkgroepStream: app.get(StreamService),
      glossary: app.get(GlossaryService),
      teamsMirror: app.get(TeamsMirrorService),
      stories: { editing: app.get(StoryEditingService), publishing: app.get(StoryPublishingService), consents: app.get(StoryConsentsService) },
      actorFor: async (email) => {
        const identity = app.get<IdentityRepository>(IDENTITY_REPOSITORY);
        const personId = await identity.findPersonIdByEmail(email);
        const actor = personId ? await identity.loadActor(personId) : null;
        if (!actor) throw new Error(`demo person ${email} is missing`);
        return actor;
      },
      uow: app.get<UnitOfWork>(UNIT_OF_WORK),
      lock: (key) => database.lockForTransaction(key),
      demoPasswords: config.demoMode,
    });
    if (seeded) logger.info('demo data created', seeded);
  }

  return {
    app,
    database,
    bus,
    close: async () => {
      HealthController.shuttingDown = true;
      await app.close();
    },
  };
}

export async function startApp(config: AppConfig, logger = new JsonLogger(config.logLevel)): Promise<RunningApp> {
  const created = await createApp(config, logger);
  await created.app.init();
  installPublicPageCache(created.app, created.bus, config);
  await created.app.listen(config.port, config.host);
  const address = created.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  logger.info('verbinder is listening', { url, publicUrl: config.publicUrl, demoMode: config.demoMode });
  return { ...created, url };
}

/**
 * Puts the public page cache in front of the HTTP server (after `init`, so it also precedes the
 * socket.io engine) and empties it on every event that changes what the public site shows — on
 * this node and, through Redis, on the others.
 */
function installPublicPageCache(app: NestExpressApplication, bus: EventBus, config: AppConfig): void {
  if (config.publicSite.pageCacheTtlMs <= 0) return;
  const cache = new PublicPageCache({ ttlMs: config.publicSite.pageCacheTtlMs, usable: () => bus.crossNodeReady !== false });
  const clear = () => cache.clear();
  bus.on('story.published', clear);
  bus.on('story.unpublished', clear);
  bus.on('story.changed', clear);
  bus.on('events.resync', clear);
  bus.on('region.activity', (event) => {
    if (event.entity === 'region') clear();
  });
  cache.install(app.getHttpServer());
}
