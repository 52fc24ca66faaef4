import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { globalCoreModule, kernelPortsProvider } from '@verbinder/shared/kernel';
import { TeamsAnnouncementsService } from '../announce/teams-announcements.service';
import { TeamsDocumentHooks } from '../announce/teams-document-hooks';
import { TeamsFolderMirror } from './folder-mirror';
import { TeamsDriftScanner } from '../drift/drift-scanner';
import { TeamsDriftService } from '../drift/teams-drift.service';
import { TeamsMirrorWorker } from './mirror-worker';
import { TeamsMirrorPorts } from './teams-mirror-ports';
import { TeamsMirrorService } from './teams-mirror.service';

const SERVICES = [TeamsMirrorService, TeamsMirrorWorker, TeamsFolderMirror, TeamsAnnouncementsService, TeamsDocumentHooks, TeamsDriftService, TeamsDriftScanner];

/**
 * The Teams mirror: links, status and the worker. `imports` must provide TEAMS_MIRROR_REPOSITORY,
 * TEAMS_DRIFT_REPOSITORY, TEAMS_MIRROR_SETTINGS, TEAMS_DRIVE (null when the mirror is not configured) and
 * TEAMS_RETRY_POLICY, TEAMS_FOLDER_REPOSITORY, and for announcements TEAMS_ANNOUNCEMENT_REPOSITORY, TEAMS_ANNOUNCE_SETTINGS
 * and TEAMS_ANNOUNCER; WerkgroepenService, DOCUMENT_STORE and the kernel ports come from global modules.
 */
@Module({})
export class TeamsMirrorCoreModule {
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(TeamsMirrorCoreModule, options, [kernelPortsProvider, TeamsMirrorPorts, ...SERVICES], SERVICES);
  }
}
