import { Inject, Injectable, Optional } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { TeamsLink } from '../mirror/mirror.types';
import { exponentialBackoffMs } from '../throttling/backoff';
import { announcementMessage, webhookUrlProblem } from './announcement-text';
import { TEAMS_ANNOUNCEMENT_REPOSITORY, TeamsAnnouncementRepository } from './announcement-repository.port';
import { ANNOUNCE_JOB, AnnounceJob, TEAMS_ANNOUNCE_SETTINGS, TeamsAnnouncement, TeamsAnnounceSettings, WEBHOOK_URL_MAX } from './announcement.types';
import { AnnouncementDeliveryError, assertPublicWebhook, TEAMS_ANNOUNCER, TeamsAnnouncerPort } from './announcer.port';
import { TeamsMirrorPorts } from '../mirror/teams-mirror-ports';

/** How long one sender holds an announcement (longer than the webhook call's timeout). */
const SEND_LEASE_MS = 60_000;
/** Back-off without Retry-After: 5 s … 10 min. */
const BACKOFF = { baseDelayMs: 5_000, maxDelayMs: 10 * 60_000 };

/**
 * Announcements of added documents in linked channels, through the link's Workflows webhook.
 * `documentAdded` runs in the transaction of the upload: it adds the document to the link's OPEN
 * announcement (or opens one due after the coalescing window) and queues the send job in the
 * outbox, so an upload and its announcement commit together. `send` is the outbox handler.
 */
@Injectable()
export class TeamsAnnouncementsService {
  constructor(
    @Inject(TEAMS_ANNOUNCEMENT_REPOSITORY) private readonly repo: TeamsAnnouncementRepository,
    private readonly ports: TeamsMirrorPorts,
    @Inject(TEAMS_ANNOUNCE_SETTINGS) private readonly settings: TeamsAnnounceSettings,
    @Optional() @Inject(TEAMS_ANNOUNCER) private readonly announcer: TeamsAnnouncerPort | null,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  /** In the upload's transaction: the document joins the next announcement of every link with a webhook. */
  async documentAdded(werkgroepId: string, documentId: string): Promise<void> {
    if (!this.ports.settings.configured || !this.announcer) return;
    for (const link of await this.ports.repo.activeLinks(werkgroepId)) {
      if (!link.announcementWebhookUrl) continue;
      const dueAt = new Date(this.ports.clock.now().getTime() + this.settings.windowMs);
      const { announcement, opened } = await this.repo.addToOpen(link.id, documentId, dueAt);
      if (opened) {
        const job: AnnounceJob = { announcementId: announcement.id };
        await this.ports.outbox.enqueue({ kind: ANNOUNCE_JOB, payload: job, key: `teams-announce:${announcement.id}`, runAfter: announcement.dueAt });
      }
    }
  }

  /** Outbox handler: posts the announcement once; plans a retry on 429/5xx; stops on other 4xx. */
  async send(job: AnnounceJob): Promise<void> {
    if (!this.announcer || !isUuid(job.announcementId)) return;
    const now = this.ports.clock.now();
    const announcement = await this.repo.claim(job.announcementId, now, new Date(now.getTime() + SEND_LEASE_MS));
    if (!announcement) return; // sent, failed, skipped, or another node is sending it
    const link = await this.ports.repo.findLink(announcement.linkId);
    try {
      await this.deliver(announcement, link);
    } finally {
      if (link) this.werkgroepen.changed({ id: link.werkgroepId, regionId: link.regionId }, 'document', null, 'announced');
    }
  }

  private async deliver(announcement: TeamsAnnouncement, link: TeamsLink | null): Promise<void> {
    const announcer = this.announcer as TeamsAnnouncerPort;
    if (!link || link.removedAt || !link.announcementWebhookUrl) {
      await this.repo.update(announcement.id, { status: 'SKIPPED', lastError: 'De koppeling of het webhookadres is intussen verwijderd.', leaseUntil: null, nextAttemptAt: null });
      return;
    }
    const message = announcementMessage({
      werkgroepId: link.werkgroepId,
      werkgroepName: (await this.repo.werkgroepName(link.werkgroepId)) ?? 'onbekend',
      publicUrl: this.settings.publicUrl,
      documents: await this.repo.documents(announcement.id),
    });
    if (!message) {
      await this.repo.update(announcement.id, { status: 'SKIPPED', lastError: 'De documenten zijn intussen verwijderd.', leaseUntil: null, nextAttemptAt: null });
      return;
    }
    const attempts = announcement.attempts + 1;
    try {
      await announcer.post(link.announcementWebhookUrl, message);
      await this.repo.update(announcement.id, { status: 'SENT', sentAt: this.ports.clock.now(), attempts, lastError: null, nextAttemptAt: null, leaseUntil: null });
    } catch (error) {
      const delivery = error instanceof AnnouncementDeliveryError ? error : null;
      const reason = delivery ? delivery.message : `Versturen mislukt: ${(error as Error)?.message ?? String(error)}`;
      const retryable = delivery ? delivery.retryable : true;
      if (!retryable || attempts >= this.settings.maxAttempts) {
        const final = retryable ? `${reason} (na ${attempts} pogingen)` : reason;
        await this.repo.update(announcement.id, { status: 'FAILED', attempts, lastError: final, nextAttemptAt: null, leaseUntil: null });
        return;
      }
      const delayMs = delivery?.retryAfterMs ?? exponentialBackoffMs(attempts, BACKOFF, Math.random);
      const nextAttemptAt = new Date(this.ports.clock.now().getTime() + delayMs);
      await this.repo.update(announcement.id, { status: 'SENDING', attempts, lastError: reason, nextAttemptAt, leaseUntil: null });
      const job: AnnounceJob = { announcementId: announcement.id };
      await this.ports.outbox.enqueue({ kind: ANNOUNCE_JOB, payload: job, key: `teams-announce:${announcement.id}:${attempts}`, runAfter: nextAttemptAt });
    }
  }

  /** Sets or clears (null or empty) the webhook of a link (beheerders of the region). */
  async setWebhook(actor: Actor, linkId: string, webhookUrl: string | null): Promise<TeamsLink> {
    const check = new InputCheck();
    const url = webhookUrl?.trim() || null;
    const problem = url ? webhookUrlProblem(url, WEBHOOK_URL_MAX) : null;
    if (problem) check.fail('webhookUrl', problem);
    check.done();
    const link = isUuid(linkId) ? await this.ports.repo.findLink(linkId) : null;
    if (!link || link.removedAt) throw DomainError.notFound('Deze koppeling');
    const { werkgroep } = await this.werkgroepen.access(actor, link.werkgroepId);
    if (!hasRegionRole(actor, werkgroep.regionId, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders van de regio stellen aankondigingen in Teams in.');
    await assertPublicWebhook(this.announcer, 'webhookUrl', url);
    await this.repo.setWebhook(link.id, url);
    this.werkgroepen.changed(werkgroep, 'document', null, 'teams-announcements');
    return { ...link, announcementWebhookUrl: url };
  }

  /**
   * The newest announcement of each active link of the group (the link's status). Only reached
   * through a link the caller may already see (teamsMirror, the link mutations).
   */
  async latestOfGroup(werkgroepId: string): Promise<Map<string, TeamsAnnouncement>> {
    const links = await this.ports.repo.activeLinks(werkgroepId);
    return new Map((await this.repo.latestOfLinks(links.map((l) => l.id))).map((a) => [a.linkId, a]));
  }
}
