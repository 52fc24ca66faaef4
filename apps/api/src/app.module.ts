import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ActieagendaCoreModule } from '@verbinder/actieagenda/core';
import { ActieagendaDataAccessModule } from '@verbinder/actieagenda/data-access';
import { ActieagendaGraphqlModule, ActieagendaLoaderFactory } from '@verbinder/actieagenda/graphql';
import { LoketCoreModule } from '@verbinder/loket/core';
import { LoketDataAccessModule } from '@verbinder/loket/data-access';
import { LoketGraphqlModule } from '@verbinder/loket/graphql';
import { MeetupsCoreModule } from '@verbinder/meetups/core';
import { MeetupsDataAccessModule } from '@verbinder/meetups/data-access';
import { MeetupsGraphqlModule, MeetupsLoaderFactory } from '@verbinder/meetups/graphql';
import { AuthService, IdentityCoreModule, SessionWatch } from '@verbinder/identity/core';
import { IdentityDataAccessModule } from '@verbinder/identity/data-access';
import { IdentityGraphqlModule } from '@verbinder/identity/graphql';
import { OidcModule } from '@verbinder/identity/oidc';
import { NotificationsCoreModule } from '@verbinder/notifications/core';
import { NotificationsDataAccessModule } from '@verbinder/notifications/data-access';
import { NotificationsGraphqlModule } from '@verbinder/notifications/graphql';
import { APP_CONFIG, AppConfig, ConfigModule } from '@verbinder/platform/config';
import { Database, DbModule } from '@verbinder/platform/db';
import { EventBus, JsonLogger } from '@verbinder/platform/events';
import { DomainErrorFilter, GqlAuthGuard, GraphqlResponseCache, GraphqlResponseCacheModule } from '@verbinder/platform/graphql';
import { RealtimeModule } from '@verbinder/realtime';
import { RegionsCoreModule } from '@verbinder/regions/core';
import { RegionsDataAccessModule } from '@verbinder/regions/data-access';
import { RegionsGraphqlModule, RegionsLoaderFactory } from '@verbinder/regions/graphql';
import { WerkgroepDocumentsCoreModule, WerkgroepenCoreModule } from '@verbinder/werkgroepen/core';
import { WerkgroepDocumentsDataAccessModule, WerkgroepenDataAccessModule } from '@verbinder/werkgroepen/data-access';
import { WerkgroepenGraphqlModule, WerkgroepenLoaderFactory } from '@verbinder/werkgroepen/graphql';
import { TeamsMirrorGraphqlModule } from '@verbinder/teams-mirror/graphql';
import { StoriesCoreModule } from '@verbinder/stories/core';
import { StoriesDataAccessModule } from '@verbinder/stories/data-access';
import { StoriesGraphqlModule } from '@verbinder/stories/graphql';
import { DocumentsModule } from './documents.module';
import { EventsModule } from './events.module';
import { graphqlOptions } from './graphql.config';
import { DocumentsController } from './http/documents.controller';
import { HealthController } from './http/health.controller';
import { OidcController } from './http/oidc.controller';
import { IdentityJobs } from './identity-jobs';
import { ActieagendaSiteController } from '@verbinder/actieagenda/public';
import { LoketIntakeController, LoketSiteController } from '@verbinder/loket/public';
import { MeetupsSiteController } from '@verbinder/meetups/public';
import { RegionSiteController } from '@verbinder/regions/public';
import { NewsletterSiteController, StoriesSiteController } from '@verbinder/stories/public';
import { StoryImagesController } from './http/story-images.controller';
import { JobsModule } from './jobs.module';
import { PersonDataController } from './privacy/person-data.controller';
import { PersonDataExportService } from './privacy/person-data-export';
import { PersonErasureResolver } from './privacy/person-erasure.resolver';
import { PersonErasureService } from './privacy/person-erasure.service';
import { TeamsMirrorModule } from './teams-mirror.module';

export interface AppDependencies {
  config: AppConfig;
  database: Database;
  bus: EventBus;
  logger: JsonLogger;
}

/** The composition root: binds every port to its adapter. */
@Module({})
export class AppModule {
  static register(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(deps.config),
        DbModule.forRoot(deps.database),
        EventsModule.forRoot(deps.bus, deps.config.clockOffsetMs),
        GraphqlResponseCacheModule.register({ ttlMs: deps.config.graphql.responseCacheMs }),
        NotificationsCoreModule.register({ imports: [NotificationsDataAccessModule] }),
        IdentityCoreModule.register({ imports: [IdentityDataAccessModule] }),
        RegionsCoreModule.register({ imports: [RegionsDataAccessModule] }),
        JobsModule.forRoot(deps.config, deps.logger),
        ActieagendaCoreModule.register({ imports: [ActieagendaDataAccessModule] }),
        MeetupsCoreModule.register({ imports: [MeetupsDataAccessModule] }),
        LoketCoreModule.register({ imports: [LoketDataAccessModule] }),
        WerkgroepenCoreModule.register({ imports: [WerkgroepenDataAccessModule] }),
        DocumentsModule.forRoot(deps.config, deps.logger),
        WerkgroepDocumentsCoreModule.register({ imports: [WerkgroepDocumentsDataAccessModule] }),
        TeamsMirrorModule.forRoot(deps.config, deps.logger),
        StoriesCoreModule.register({ imports: [StoriesDataAccessModule] }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RegionsGraphqlModule, ActieagendaGraphqlModule, MeetupsGraphqlModule, LoketGraphqlModule, WerkgroepenGraphqlModule, TeamsMirrorGraphqlModule, StoriesGraphqlModule],
          inject: [APP_CONFIG, AuthService, SessionWatch, GraphqlResponseCache, RegionsLoaderFactory, ActieagendaLoaderFactory, MeetupsLoaderFactory, WerkgroepenLoaderFactory],
          useFactory: (
            config: AppConfig,
            auth: AuthService,
            sessionWatch: SessionWatch,
            responseCache: GraphqlResponseCache,
            regions: RegionsLoaderFactory,
            actieagenda: ActieagendaLoaderFactory,
            meetups: InstanceType<typeof MeetupsLoaderFactory>,
            werkgroepen: InstanceType<typeof WerkgroepenLoaderFactory>,
          ) => graphqlOptions(config, auth, sessionWatch, deps.logger, [regions, actieagenda, meetups, werkgroepen], responseCache),
        }),
        RegionsGraphqlModule,
        ActieagendaGraphqlModule,
        MeetupsGraphqlModule,
        LoketGraphqlModule,
        WerkgroepenGraphqlModule,
        TeamsMirrorGraphqlModule,
        StoriesGraphqlModule,
        IdentityGraphqlModule,
        NotificationsGraphqlModule,
        RealtimeModule,
        OidcModule,
      ],
      controllers: [
        HealthController,
        OidcController,
        ActieagendaSiteController,
        RegionSiteController,
        StoriesSiteController,
        NewsletterSiteController,
        MeetupsSiteController,
        LoketSiteController,
        LoketIntakeController,
        DocumentsController,
        StoryImagesController,
        PersonDataController,
      ],
      providers: [
        { provide: JsonLogger, useValue: deps.logger },
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        IdentityJobs,
        PersonDataExportService,
        PersonErasureService,
        PersonErasureResolver,
      ],
    };
  }
}
