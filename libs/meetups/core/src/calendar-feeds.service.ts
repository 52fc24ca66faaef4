import { Injectable } from '@nestjs/common';
import { RegionsService, School } from '@verbinder/regions/core';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { Actor, DomainError, isMemberOfRegion, isUuid } from '@verbinder/shared/kernel';
import { buildCalendar, IcalEvent } from './ical';
import { canReadActivity } from './meetups-access';
import { schoolAddress } from './meetups-format';
import { Activity, CalendarFeed, FEED_SCOPES, FeedScope } from './meetups.types';
import { hashToken, newToken } from './tokens';
import { MeetupsPorts } from './meetups-ports';

/**
 * iCalendar output: one activity as .ics, and secret feed URLs (the token is stored hashed) for
 * the actor's own activities, a region's or a werkgroep's meetings, re-checked on every fetch.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly ports: MeetupsPorts,
    private readonly regions: RegionsService,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  private toEvent(activity: Activity, school: School | null): IcalEvent {
    const location = [activity.address ?? (school ? schoolAddress(school) : null), activity.room ? `lokaal ${activity.room}` : null].filter(Boolean).join(', ');
    return {
      uid: `${activity.id}@verbinder`,
      start: activity.startsAt,
      end: activity.endsAt,
      summary: activity.title,
      description: [activity.description, school ? `Gastschool: ${school.name}` : null, activity.travelNote ? `Reizen: ${activity.travelNote}` : null].filter(Boolean).join('\n') || null,
      location: location || null,
      url: activity.isPublic ? `${this.ports.config.publicUrl}/agenda/${activity.id}.ics` : null,
      lastModified: activity.updatedAt,
    };
  }

  private async calendar(name: string, activities: Activity[]): Promise<string> {
    const schools = await this.regions.schoolsByIds([...new Set(activities.map((a) => a.hostSchoolId).filter((id): id is string => !!id))]);
    return buildCalendar({ name, now: this.ports.kernel.clock.now(), events: activities.map((a) => this.toEvent(a, schools.find((s) => s.id === a.hostSchoolId) ?? null)) });
  }

  /** One activity as .ics: public activities for anyone, others for members of the region. */
  async activityIcs(actor: Actor | null, activityId: string): Promise<string> {
    const [activity] = isUuid(activityId) ? await this.ports.repo.findActivitiesByIds([activityId]) : [];
    if (!activity) throw DomainError.notFound('Deze activiteit');
    if (!activity.isPublic) {
      if (!actor) throw DomainError.unauthenticated();
      if (!canReadActivity(actor, activity)) throw DomainError.forbidden('Alleen leden van deze regio zien deze activiteit.');
    }
    return this.calendar(activity.title, [activity]);
  }

  /**
   * A secret feed URL for the actor's own activities (PERSON), a region's (REGION) or a
   * werkgroep's meetings (WERKGROEP, for those who may read the group). The token is stored hashed.
   */
  async createFeed(actor: Actor, scope: FeedScope, regionId?: string | null, werkgroepId?: string | null): Promise<{ feed: CalendarFeed; url: string }> {
    if (!FEED_SCOPES.includes(scope)) throw DomainError.badInput([{ field: 'scope', message: 'Kies een agenda voor jezelf, een regio of een werkgroep.' }]);
    if (scope === 'REGION') {
      if (!regionId) throw DomainError.badInput([{ field: 'regionId', message: 'Kies de regio voor deze agenda.' }]);
      if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
      if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio kunnen haar agenda volgen.');
    }
    if (scope === 'WERKGROEP') {
      if (!werkgroepId) throw DomainError.badInput([{ field: 'werkgroepId', message: 'Kies de werkgroep voor deze agenda.' }]);
      await this.werkgroepen.readable(actor, werkgroepId);
    }
    const token = newToken();
    const feed = await this.ports.repo.insertFeed({
      personId: actor.personId,
      scope,
      regionId: scope === 'REGION' ? (regionId as string) : null,
      werkgroepId: scope === 'WERKGROEP' ? (werkgroepId as string) : null,
      tokenHash: hashToken(token),
    });
    return { feed, url: `${this.ports.config.publicUrl}/agenda/feed/${token}.ics` };
  }

  async revokeFeed(actor: Actor, id: string): Promise<CalendarFeed> {
    const feed = isUuid(id) ? await this.ports.repo.findFeedById(id) : null;
    if (!feed || feed.personId !== actor.personId) throw DomainError.notFound('Deze agendakoppeling');
    if (feed.revokedAt) return feed;
    return this.ports.repo.revokeFeed(feed.id, this.ports.kernel.clock.now());
  }

  feeds = (actor: Actor) => this.ports.repo.listFeeds(actor.personId);

  /** The feed behind a secret token (null when unknown or revoked). */
  async feedIcs(token: string): Promise<string | null> {
    const feed = token && token.length <= 100 ? await this.ports.repo.findFeedByTokenHash(hashToken(token)) : null;
    if (!feed || feed.revokedAt) return null;
    // The owner's rights are checked on every fetch (as for werkgroep feeds): a feed outlives
    // nothing its owner lost, e.g. the membership of the region.
    const owner = await this.regions.actorOf(feed.personId);
    if (!owner) return null;
    const from = new Date(this.ports.kernel.clock.now().getTime() - 30 * 24 * 3600 * 1000);
    if (feed.scope === 'REGION' && feed.regionId) {
      if (!isMemberOfRegion(owner, feed.regionId)) return null;
      const region = await this.regions.getRegion({ id: feed.regionId });
      return this.calendar(`Verbinder · ${region.name}`, await this.ports.repo.listActivities([feed.regionId], from, null));
    }
    if (feed.scope === 'WERKGROEP' && feed.werkgroepId) {
      // A member who left or was removed gets nothing any more: access is checked on every fetch.
      const werkgroep = await this.werkgroepen.readableFor(feed.personId, feed.werkgroepId);
      if (!werkgroep) return null;
      return this.calendar(`Verbinder · ${werkgroep.name}`, await this.ports.repo.activitiesOfWerkgroep(werkgroep.id, from));
    }
    const own = (await this.ports.repo.activitiesOfPerson(feed.personId, from)).filter((activity) => canReadActivity(owner, activity));
    return this.calendar('Verbinder · mijn activiteiten', own);
  }
}
