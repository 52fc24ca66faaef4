import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole, isUuid, stateSyncJobKey } from '@verbinder/shared/kernel';
import { WerkgroepDocumentsService, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { MIRROR_RETRY_JOB, MirrorRetryJob, TeamsLink, TeamsTenant } from '../mirror/mirror.types';
import { TeamsAuthFailed, TeamsNotFound, isTeamsDriveError } from '../teams-drive.errors';
import { TeamsDrivePort } from '../teams-drive.port';
import { formatAmsterdam, TEAMS_DRIFT_REPOSITORY, TeamsDrift, TeamsDriftRepository, TeamsDriftView } from './drift.types';
import { revokeOnAuthFailure } from '../mirror/tenant-consent';
import { forTeam } from '../throttling/team-scoped-drive';
import { TeamsMirrorPorts } from '../mirror/teams-mirror-ports';

/**
 * What members do with drift. Members of the group see it (beheerders of the region too);
 * members who may add documents decide:
 * - `importTeamsVersion` (CHANGED only): the Teams bytes become a new version of the document
 *   through the document library (type from content and the size limit apply), and the mirror
 *   stores the Teams eTag with that version, so it neither re-uploads nor conflicts.
 * - `dismiss` ("Verbinder-versie houden" / for DELETED "Opnieuw in Teams zetten"): the next
 *   mirror run overwrites the Teams file (CHANGED, If-Match the Teams eTag) or uploads the
 *   document again (DELETED). Only ever by this explicit choice.
 */
@Injectable()
export class TeamsDriftService {
  constructor(
    @Inject(TEAMS_DRIFT_REPOSITORY) private readonly drifts: TeamsDriftRepository,
    private readonly ports: TeamsMirrorPorts,
    private readonly werkgroepen: WerkgroepenService,
    private readonly documents: WerkgroepDocumentsService,
  ) {}

  /** Drift of the group's documents: readers of the group and beheerders of the region. */
  async ofGroup(actor: Actor, werkgroepId: string, includeResolved = false): Promise<TeamsDriftView[]> {
    const access = await this.werkgroepen.access(actor, werkgroepId);
    if (!access.canRead && !hasRegionRole(actor, access.werkgroep.regionId, ['BEHEERDER'])) {
      throw DomainError.forbidden('Alleen leden van deze werkgroep en beheerders van de regio zien wijzigingen in Teams.');
    }
    return this.drifts.driftsOfGroup(werkgroepId, includeResolved);
  }

  /** "Teams-versie overnemen als nieuwe versie". */
  async importTeamsVersion(actor: Actor, driftId: string): Promise<TeamsDriftView> {
    const { drift, link, tenant } = await this.decidable(actor, driftId);
    if (drift.kind === 'DELETED') {
      throw DomainError.conflict("Het bestand is in Teams verwijderd: er is geen Teams-versie om over te nemen. Kies 'Opnieuw in Teams zetten', of verwijder het document ook in Verbinder.");
    }
    const drive = forTeam(this.ports.drive as TeamsDrivePort, link.teamId);
    const ref = { tenantId: tenant.tenantId, driveId: link.driveId as string, itemId: drift.driveItemId };
    let current;
    let download;
    try {
      current = await drive.getItem(ref);
      download = await drive.downloadContent(ref);
    } catch (error) {
      await revokeOnAuthFailure(this.ports.repo, tenant, error, this.ports.clock.now());
      throw this.teamsError(error);
    }
    // The document library checks name, size and type (from the content) as for any upload.
    const file = await this.documents.receive(download.content, current.name || drift.teamsName || 'Teams-versie');
    const by = current.lastModifiedBy ?? drift.modifiedBy;
    const at = current.lastModifiedAt ?? drift.modifiedAt;
    const note = `Overgenomen uit Teams${by ? ` (gewijzigd door ${by}${at ? ` op ${formatAmsterdam(at)}` : ''})` : ''}.`.slice(0, 500);
    const resolved = await this.ports.uow.run(async () => {
      const document = await this.documents.addVersion(actor, drift.documentId, { note }, file);
      const now = this.ports.clock.now();
      const done = await this.drifts.resolveDrift(drift.id, { resolution: 'IMPORTED', resolvedById: actor.personId, at: now, importedVersion: document.currentVersion });
      if (!done) throw DomainError.conflict('Iemand anders heeft deze wijziging in Teams net afgehandeld.');
      // Teams already has exactly these bytes: store its eTag with the new version, so the mirror
      // job of this version finds nothing to upload (and a later version replaces it with If-Match).
      await this.ports.repo.updateItem(drift.itemId, {
        status: 'MIRRORED',
        eTag: current.eTag,
        mirroredVersion: document.currentVersion,
        mirroredName: current.name,
        mirroredParentId: current.parentId,
        removedAt: null,
        attempts: 0,
        nextAttemptAt: null,
        lastError: null,
      });
      await this.ports.repo.addEvent({
        itemId: drift.itemId,
        action: 'teams-import',
        outcome: 'MIRRORED',
        version: document.currentVersion,
        message: `Teams-versie overgenomen als versie ${document.currentVersion}.`,
        at: now,
      });
      this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', drift.documentId, 'teams-drift-resolved');
      return done;
    });
    return this.view(resolved);
  }

  /** "Verbinder-versie houden" (CHANGED) / "Opnieuw in Teams zetten" (DELETED). */
  async dismiss(actor: Actor, driftId: string): Promise<TeamsDriftView> {
    const { drift, link } = await this.decidable(actor, driftId);
    const resolved = await this.ports.uow.run(async () => {
      const now = this.ports.clock.now();
      const done = await this.drifts.resolveDrift(drift.id, { resolution: 'KEPT_VERBINDER', resolvedById: actor.personId, at: now });
      if (!done) throw DomainError.conflict('Iemand anders heeft deze wijziging in Teams net afgehandeld.');
      await this.ports.repo.updateItem(
        drift.itemId,
        drift.kind === 'CHANGED'
          ? // Overwrite exactly the Teams version the member saw (If-Match); a newer edit is drift again.
            { status: 'PENDING', eTag: drift.teamsETag, mirroredVersion: null, attempts: 0, nextAttemptAt: now, lastError: null }
          : // Gone in Teams: upload the document again as a new file.
            { status: 'PENDING', driveItemId: null, eTag: null, mirroredVersion: null, mirroredName: null, mirroredParentId: null, removedAt: null, attempts: 0, nextAttemptAt: now, lastError: null },
      );
      const message = drift.kind === 'CHANGED' ? 'Verbinder-versie gehouden: Teams krijgt die terug.' : 'Opnieuw in Teams gezet.';
      await this.ports.repo.addEvent({ itemId: drift.itemId, action: 'teams-keep', outcome: 'QUEUED', version: null, message, at: now });
      const job: MirrorRetryJob = { itemId: drift.itemId };
      await this.ports.outbox.enqueue({ kind: MIRROR_RETRY_JOB, payload: job, key: stateSyncJobKey(MIRROR_RETRY_JOB, job.itemId), runAfter: now });
      this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', drift.documentId, 'teams-drift-resolved');
      return done;
    });
    return this.view(resolved);
  }

  /** An open drift the actor may decide on (a member who may add documents). */
  private async decidable(actor: Actor, driftId: string): Promise<{ drift: TeamsDrift; link: TeamsLink; tenant: TeamsTenant }> {
    const drift = isUuid(driftId) ? await this.drifts.findDrift(driftId) : null;
    const link = drift ? await this.ports.repo.findLink(drift.linkId) : null;
    if (!drift || !link) throw DomainError.notFound('Deze wijziging in Teams');
    const access = await this.werkgroepen.access(actor, link.werkgroepId).catch(() => null);
    if (!access || (!access.canRead && !hasRegionRole(actor, access.werkgroep.regionId, ['BEHEERDER']))) throw DomainError.notFound('Deze wijziging in Teams');
    await this.werkgroepen.writable(actor, link.werkgroepId); // members who may add documents
    if (drift.resolvedAt) throw DomainError.conflict('Deze wijziging in Teams is al afgehandeld.');
    if (link.removedAt) throw DomainError.conflict('Deze koppeling met Teams is opgeheven.');
    if (!this.ports.settings.configured || !this.ports.drive || !link.driveId) throw DomainError.conflict('De spiegeling naar Teams is niet ingesteld op deze server.');
    const tenant = await this.ports.repo.findTenant(link.tenantRef);
    if (!tenant) throw DomainError.notFound('Deze wijziging in Teams');
    if (tenant.consent === 'REVOKED') {
      throw DomainError.conflict(`De toestemming van ${tenant.name} is ingetrokken; Verbinder kan Teams nu niet lezen. Laat de beheerder van die school opnieuw toestemming geven.`);
    }
    return { drift, link, tenant };
  }

  private teamsError(error: unknown): DomainError {
    if (error instanceof TeamsNotFound) return DomainError.conflict("Het bestand bestaat niet meer in Teams. Vernieuw de pagina: de wijziging verschijnt als 'verwijderd in Teams'.");
    if (error instanceof TeamsAuthFailed) return DomainError.conflict(`Verbinder kan Teams nu niet lezen: ${error.message}`);
    if (isTeamsDriveError(error)) return DomainError.conflict(`Teams is nu niet bereikbaar (${error.message}). Probeer het over een paar minuten opnieuw.`);
    throw error;
  }

  private async view(drift: TeamsDrift): Promise<TeamsDriftView> {
    const all = await this.drifts.driftsOfGroup(drift.werkgroepId, true);
    const found = all.find((d) => d.id === drift.id);
    if (!found) throw DomainError.notFound('Deze wijziging in Teams');
    return found;
  }
}
