import { Inject, Injectable, Optional } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole, isUuid, stateSyncJobKey, InputCheck } from '@verbinder/shared/kernel';
import { TeamsLinkLookup, WerkgroepenService } from '@verbinder/werkgroepen/core';
import { webhookUrlProblem } from '../announce/announcement-text';
import { WEBHOOK_URL_MAX } from '../announce/announcement.types';
import { assertPublicWebhook, TEAMS_ANNOUNCER, TeamsAnnouncerPort } from '../announce/announcer.port';
import { checkSubfolder } from './mirror-naming';
import { SITE_ACCESS_DENIED_REASON } from '../teams-drive.errors';
import { mirrorWaitingReason } from './waiting-reason';
import {
  CONSENT_STATUSES,
  ConsentStatus,
  DocumentMirror,
  LinkInput,
  LinkMirrorCounts,
  MIRROR_LINK_SYNC_JOB,
  MIRROR_RETRY_JOB,
  MirrorEvent,
  MirrorItem,
  MirrorLinkSyncJob,
  MirrorRetryJob,
  TeamsLink,
  TeamsTenant,
  TenantInput,
} from './mirror.types';
import { TeamsMirrorPorts } from './teams-mirror-ports';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Graph ids of channels ("19:…@thread.tacv2"): no spaces or slashes. Team ids are GUIDs. */
const GRAPH_ID = /^[^\s/\\?#]{1,200}$/;

/**
 * The Teams mirror as people see it: tenants with their consent, links between werkgroepen and
 * channels, the status and history per document, and a retry. Beheerders of the region (and
 * platform admins) manage tenants and links; whoever may read the group sees its links and
 * statuses. Access to a group always goes through WerkgroepenService.
 */
@Injectable()
export class TeamsMirrorService implements TeamsLinkLookup {
  constructor(
    private readonly ports: TeamsMirrorPorts,
    private readonly werkgroepen: WerkgroepenService,
    @Optional() @Inject(TEAMS_ANNOUNCER) private readonly announcer: TeamsAnnouncerPort | null = null,
  ) {}

  /** False without MS_GRAPH_CLIENT_ID/SECRET: links can be made but nothing is mirrored. */
  get configured(): boolean {
    return this.ports.settings.configured;
  }

  /** TeamsLinkLookup: the document library queues mirror jobs only when this is true. */
  async hasLinks(werkgroepId: string): Promise<boolean> {
    return this.ports.settings.configured && (await this.ports.repo.hasActiveLink(werkgroepId));
  }

  isBeheerder(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, ['BEHEERDER']);
  }

  // ---------- tenants ----------

  async tenants(actor: Actor, regionId: string): Promise<TeamsTenant[]> {
    await this.regionOr404(regionId);
    this.assertBeheerder(actor, regionId);
    return this.ports.repo.listTenants(regionId);
  }

  async registerTenant(actor: Actor, input: TenantInput): Promise<TeamsTenant> {
    await this.regionOr404(input.regionId);
    this.assertBeheerder(actor, input.regionId);
    const check = new InputCheck();
    const tenantId = check.text('tenantId', input.tenantId, { label: 'De tenant-id', required: true, max: 36 });
    if (tenantId && !GUID.test(tenantId)) check.fail('tenantId', 'De tenant-id is een GUID, zoals 72f988bf-86f1-41af-91ab-2d7cd011db47 (te vinden in Microsoft Entra bij Overzicht).');
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 100 });
    check.done();
    return this.ports.uow.run(async () => {
      if (await this.ports.repo.findTenantByGuid(input.regionId, (tenantId ?? '').toLowerCase())) {
        throw DomainError.conflict('Deze tenant is al geregistreerd in deze regio.', 'tenantId');
      }
      return this.ports.repo.insertTenant({ regionId: input.regionId, tenantId: (tenantId ?? '').toLowerCase(), name: name ?? '' });
    });
  }

  /**
   * Records the consent status (a beheerder confirms the school's admin consent, or notes that it
   * was withdrawn). GRANTED again after REVOKED retries the items that failed on it.
   */
  async setConsent(actor: Actor, id: string, consent: ConsentStatus, error?: string | null): Promise<TeamsTenant> {
    const tenant = await this.tenantOr404(id);
    this.assertBeheerder(actor, tenant.regionId);
    const check = new InputCheck();
    check.oneOf('consent', consent, CONSENT_STATUSES, 'De toestemmingsstatus');
    const note = check.text('error', error, { label: 'De toelichting', max: 500 });
    check.done();
    return this.ports.uow.run(async () => {
      const updated = await this.ports.repo.updateTenant(id, { consent, consentError: consent === 'GRANTED' ? null : note, consentChangedAt: this.ports.clock.now() });
      if (consent === 'GRANTED' && tenant.consent !== 'GRANTED' && this.ports.settings.configured) {
        for (const item of await this.ports.repo.failedItemsOfTenant(id)) await this.queueRetry(item, 'toestemming hersteld');
      }
      return updated;
    });
  }

  // ---------- links ----------

  async links(actor: Actor, werkgroepId: string): Promise<TeamsLink[]> {
    await this.viewable(actor, werkgroepId);
    return this.ports.repo.activeLinks(werkgroepId);
  }

  /** Links of the group, whether the server mirrors at all, and (for beheerders) the region's tenants. */
  async overview(actor: Actor, werkgroepId: string): Promise<{ configured: boolean; canManage: boolean; links: TeamsLink[]; tenants: TeamsTenant[] }> {
    const regionId = await this.viewable(actor, werkgroepId);
    const canManage = this.isBeheerder(actor, regionId);
    return {
      configured: this.ports.settings.configured,
      canManage,
      links: await this.ports.repo.activeLinks(werkgroepId),
      tenants: canManage ? await this.ports.repo.listTenants(regionId) : [],
    };
  }

  async link(actor: Actor, input: LinkInput): Promise<TeamsLink> {
    const { werkgroep } = await this.werkgroepen.access(actor, input.werkgroepId);
    this.assertBeheerder(actor, werkgroep.regionId, 'Alleen beheerders van de regio kunnen een werkgroep aan een Teams-kanaal koppelen.');
    if (werkgroep.archivedAt) throw DomainError.conflict('Deze werkgroep is gearchiveerd; koppelen kan niet meer.');
    const check = new InputCheck();
    const tenant = isUuid(input.tenantId) ? await this.ports.repo.findTenant(input.tenantId) : null;
    if (!tenant || tenant.regionId !== werkgroep.regionId) check.fail('tenantId', 'Kies een tenant die in deze regio is geregistreerd.');
    const teamId = check.text('teamId', input.teamId, { label: 'De team-id', required: true, max: 200 });
    if (teamId && !GUID.test(teamId)) {
      check.fail('teamId', 'De team-id is een GUID, zoals 9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab: de groupId uit de koppeling naar het team (in Teams: ··· bij het team → Koppeling naar team ophalen).');
    }
    const channelId = check.text('channelId', input.channelId, { label: 'De kanaal-id', required: true, max: 200 });
    if (channelId && !GRAPH_ID.test(channelId)) check.fail('channelId', 'De kanaal-id mag geen spaties of / bevatten, bijvoorbeeld 19:abc…@thread.tacv2.');
    let subfolder: string | null = null;
    const rawSubfolder = input.subfolder?.trim();
    if (rawSubfolder) {
      const checked = checkSubfolder(rawSubfolder);
      if ('error' in checked) check.fail('subfolder', checked.error);
      else subfolder = checked.path;
    }
    const webhook = input.announcementWebhookUrl?.trim() || null;
    const webhookProblem = webhook ? webhookUrlProblem(webhook, WEBHOOK_URL_MAX) : null;
    if (webhookProblem) check.fail('announcementWebhookUrl', webhookProblem);
    check.done();
    if (!tenant || !teamId || !channelId) throw DomainError.badInput([{ field: 'tenantId', message: 'Kies een tenant.' }]);
    await assertPublicWebhook(this.announcer, 'announcementWebhookUrl', webhook);
    return this.ports.uow.run(async () => {
      if (await this.ports.repo.findActiveLink(werkgroep.id, tenant.id, teamId, channelId)) {
        throw DomainError.conflict('Deze werkgroep is al aan dit kanaal gekoppeld.', 'channelId');
      }
      const link = await this.ports.repo.insertLink({
        werkgroepId: werkgroep.id,
        tenantRef: tenant.id,
        teamId,
        channelId,
        subfolder,
        announcementWebhookUrl: webhook,
        createdById: actor.personId,
      });
      // Documents that already exist are mirrored too.
      if (this.ports.settings.configured) {
        const job: MirrorLinkSyncJob = { linkId: link.id };
        await this.ports.outbox.enqueue({ kind: MIRROR_LINK_SYNC_JOB, payload: job, key: `teams-link-sync:${link.id}` });
      }
      this.werkgroepen.changed(werkgroep, 'document', null, 'teams-linked');
      return link;
    });
  }

  async unlink(actor: Actor, linkId: string): Promise<boolean> {
    const link = isUuid(linkId) ? await this.ports.repo.findLink(linkId) : null;
    if (!link || link.removedAt) throw DomainError.notFound('Deze koppeling');
    const { werkgroep } = await this.werkgroepen.access(actor, link.werkgroepId);
    this.assertBeheerder(actor, werkgroep.regionId, 'Alleen beheerders van de regio kunnen een koppeling met Teams opheffen.');
    return this.ports.uow.run(async () => {
      await this.ports.repo.removeLink(link.id, actor.personId, this.ports.clock.now());
      this.werkgroepen.changed(werkgroep, 'document', null, 'teams-unlinked');
      return true;
    });
  }

  linksByIds(ids: readonly string[]): Promise<TeamsLink[]> {
    return this.ports.repo.linksByIds(ids);
  }

  tenantsByIds = async (ids: readonly string[]): Promise<Array<TeamsTenant | null>> => Promise.all(ids.map((id) => this.ports.repo.findTenant(id)));

  // ---------- status ----------

  /** Why the item is not mirrored yet (Dutch), or null. */
  waitingReason(item: Pick<DocumentMirror, 'status' | 'leaseUntil' | 'lastError'>): string | null {
    return mirrorWaitingReason(item, this.ports.clock.now());
  }

  /**
   * Mirror status of every document on every active link of the group. Document titles are
   * content: only for those who may read the group (a beheerder who is not a member sees the counts).
   */
  async groupStatus(actor: Actor, werkgroepId: string): Promise<DocumentMirror[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    return this.ports.repo.groupItems(werkgroepId);
  }

  /**
   * Number of items per status, per link of the group (readers and beheerders), and why the link
   * as a whole waits: its team's site answered 403 (no Sites.Selected grant) to an item that now
   * waits for it. Not stored: it goes away with the first attempt that reaches the site.
   */
  async linkCounts(actor: Actor, werkgroepId: string): Promise<Map<string, LinkMirrorCounts>> {
    await this.viewable(actor, werkgroepId);
    const counts = new Map<string, LinkMirrorCounts>();
    for (const item of await this.ports.repo.groupItems(werkgroepId)) {
      // A deleted document whose file is gone from Teams too is no longer counted.
      if (item.documentDeleted && item.status === 'MIRRORED') continue;
      const c = counts.get(item.linkId) ?? { PENDING: 0, MIRRORED: 0, WAITING: 0, RETRYING: 0, FAILED: 0, DRIFT: 0, waitingReason: null };
      c[item.status] += 1;
      if (item.status === 'WAITING' && item.lastError === SITE_ACCESS_DENIED_REASON) c.waitingReason = SITE_ACCESS_DENIED_REASON;
      counts.set(item.linkId, c);
    }
    return counts;
  }

  async history(actor: Actor, documentId: string): Promise<MirrorEvent[]> {
    const werkgroepId = isUuid(documentId) ? await this.ports.repo.documentWerkgroepId(documentId) : null;
    if (!werkgroepId) throw DomainError.notFound('Dit document');
    const access = await this.werkgroepen.access(actor, werkgroepId);
    if (!access.canRead) throw DomainError.notFound('Dit document');
    return this.ports.repo.eventsOfDocument(documentId, 200);
  }

  /** Tries a waiting, retrying or failed item again now (members of the group and beheerders). */
  async retry(actor: Actor, itemId: string): Promise<DocumentMirror> {
    const item = isUuid(itemId) ? await this.ports.repo.findItem(itemId) : null;
    const link = item ? await this.ports.repo.findLink(item.linkId) : null;
    if (!item || !link) throw DomainError.notFound('Deze spiegeling');
    const access = await this.werkgroepen.access(actor, link.werkgroepId);
    if (!access.canRead && !this.isBeheerder(actor, access.werkgroep.regionId)) throw DomainError.notFound('Deze spiegeling');
    if (!access.member && !(this.isBeheerder(actor, access.werkgroep.regionId) && access.canRead)) {
      throw DomainError.forbidden('Alleen leden van de werkgroep en beheerders van de regio kunnen opnieuw spiegelen.');
    }
    if (!this.ports.settings.configured) throw DomainError.conflict('De spiegeling naar Teams is niet ingesteld op deze server.');
    if (link.removedAt) throw DomainError.conflict('Deze koppeling is opgeheven.');
    if (item.status === 'MIRRORED' || item.status === 'PENDING') throw DomainError.conflict('Dit document is al gespiegeld of staat al in de wachtrij.');
    const tenant = await this.ports.repo.findTenant(link.tenantRef);
    if (tenant?.consent === 'REVOKED') {
      throw DomainError.conflict(`De toestemming van ${tenant.name} is ingetrokken. Laat de beheerder van die school opnieuw toestemming geven en zet daarna de status van de tenant op 'verleend'.`);
    }
    await this.ports.uow.run(async () => {
      await this.queueRetry(item, 'opnieuw geprobeerd door een gebruiker');
      this.werkgroepen.changed(access.werkgroep, 'document', item.documentId, 'mirrored');
    });
    const mirrors = await this.ports.repo.groupItems(link.werkgroepId);
    const mirror = mirrors.find((m) => m.id === item.id);
    if (!mirror) throw DomainError.notFound('Deze spiegeling');
    return mirror;
  }

  private async queueRetry(item: MirrorItem, reason: string): Promise<MirrorItem> {
    const now = this.ports.clock.now();
    const updated = await this.ports.repo.updateItem(item.id, { status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null });
    await this.ports.repo.addEvent({ itemId: item.id, action: 'retry', outcome: 'QUEUED', version: item.mirroredVersion, message: reason, at: now });
    const job: MirrorRetryJob = { itemId: item.id };
    await this.ports.outbox.enqueue({ kind: MIRROR_RETRY_JOB, payload: job, key: stateSyncJobKey(MIRROR_RETRY_JOB, job.itemId), runAfter: now });
    return updated;
  }

  /** Readers of the group and beheerders of its region; returns the region. */
  private async viewable(actor: Actor, werkgroepId: string): Promise<string> {
    const access = await this.werkgroepen.access(actor, werkgroepId);
    if (!access.canRead && !this.isBeheerder(actor, access.werkgroep.regionId)) {
      throw DomainError.forbidden('Alleen leden van deze werkgroep en beheerders van de regio zien de koppeling met Teams.');
    }
    return access.werkgroep.regionId;
  }

  private async regionOr404(regionId: string): Promise<void> {
    if (!isUuid(regionId) || !(await this.ports.repo.regionExists(regionId))) throw DomainError.notFound('Deze regio');
  }

  private async tenantOr404(id: string): Promise<TeamsTenant> {
    const tenant = isUuid(id) ? await this.ports.repo.findTenant(id) : null;
    if (!tenant) throw DomainError.notFound('Deze tenant');
    return tenant;
  }

  private assertBeheerder(actor: Actor, regionId: string, message = 'Alleen beheerders van de regio beheren de Microsoft 365-tenants.'): void {
    if (!this.isBeheerder(actor, regionId)) throw DomainError.forbidden(message);
  }
}
