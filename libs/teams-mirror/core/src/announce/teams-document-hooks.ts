import { Injectable } from '@nestjs/common';
import { DocumentChangedJob, TeamsLinkLookup } from '@verbinder/werkgroepen/core';
import { TeamsMirrorService } from '../mirror/teams-mirror.service';
import { TeamsAnnouncementsService } from './teams-announcements.service';

/**
 * What the document library asks of Teams (bound as TEAMS_LINK_LOOKUP): whether a group is
 * linked, and, in the same transaction as a queued mirror job, the announcement of an added document.
 */
@Injectable()
export class TeamsDocumentHooks implements TeamsLinkLookup {
  constructor(
    private readonly mirror: TeamsMirrorService,
    private readonly announcements: TeamsAnnouncementsService,
  ) {}

  hasLinks(werkgroepId: string): Promise<boolean> {
    return this.mirror.hasLinks(werkgroepId);
  }

  async documentQueued(job: DocumentChangedJob): Promise<void> {
    if (job.action === 'created') await this.announcements.documentAdded(job.werkgroepId, job.documentId);
  }
}
