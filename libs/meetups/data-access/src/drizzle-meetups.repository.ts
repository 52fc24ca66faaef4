import { Injectable } from '@nestjs/common';
import type {
  Activity,
  ActivitySeries,
  ActivityWrite,
  AgendaItem,
  CalendarFeed,
  FeedScope,
  MeetupsRepository,
  PlaceCounts,
  Registration,
  RegionHoliday,
  RegistrationWrite,
} from '@verbinder/meetups/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, count, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { activities, activityAgendaItems, activityOrganisers, activityRegistrations, activitySeries, calendarFeeds, regionHolidays } from './meetups.tables';

type ActivityRow = typeof activities.$inferSelect;

@Injectable()
export class DrizzleMeetupsRepository extends DrizzleRepository implements MeetupsRepository {
  private async withOrganisers(rows: ActivityRow[]): Promise<Activity[]> {
    if (rows.length === 0) return [];
    const organisers = await this.findIn(
      activityOrganisers,
      activityOrganisers.activityId,
      rows.map((r) => r.id),
    );
    return rows.map((r) =>
      toActivity(
        r,
        organisers.filter((o) => o.activityId === r.id).map((o) => o.personId),
      ),
    );
  }

  async findActivitiesByIds(ids: readonly string[]): Promise<Activity[]> {
    return this.withOrganisers(await this.findIn(activities, activities.id, ids));
  }

  async listActivities(regionIds: readonly string[], from: Date, to: Date | null, onlyPublic = false): Promise<Activity[]> {
    if (regionIds.length === 0) return [];
    const rows = await this.db
      .select()
      .from(activities)
      .where(and(inArray(activities.regionId, [...regionIds]), gte(activities.endsAt, from), to ? lt(activities.startsAt, to) : undefined, onlyPublic ? eq(activities.isPublic, true) : undefined))
      .orderBy(asc(activities.startsAt))
      .limit(500);
    return this.withOrganisers(rows);
  }

  private async setOrganisers(activityId: string, personIds: readonly string[]): Promise<void> {
    await this.db.delete(activityOrganisers).where(eq(activityOrganisers.activityId, activityId));
    if (personIds.length) await this.db.insert(activityOrganisers).values(personIds.map((personId) => ({ activityId, personId })));
  }

  async insertActivity(data: ActivityWrite): Promise<Activity> {
    const { organiserIds, ...row } = data;
    const [inserted] = await this.db.insert(activities).values(row).returning();
    await this.setOrganisers(inserted.id, organiserIds);
    return toActivity(inserted, [...organiserIds]);
  }

  async updateActivity(id: string, data: Partial<ActivityWrite> & { minutes?: string | null }): Promise<Activity> {
    const { organiserIds, ...row } = data;
    await this.db
      .update(activities)
      .set({ ...row, updatedAt: new Date() })
      .where(eq(activities.id, id));
    if (organiserIds) await this.setOrganisers(id, organiserIds);
    return (await this.findActivitiesByIds([id]))[0];
  }

  async deleteActivities(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.db.delete(activities).where(inArray(activities.id, [...ids]));
  }

  async lockActivity(id: string): Promise<Activity | null> {
    const [row] = await this.db.select().from(activities).where(eq(activities.id, id)).for('update');
    return row ? (await this.withOrganisers([row]))[0] : null;
  }

  async placeCounts(activityIds: readonly string[]): Promise<PlaceCounts[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.db
      .select({ activityId: activityRegistrations.activityId, status: activityRegistrations.status, n: count() })
      .from(activityRegistrations)
      .where(and(inArray(activityRegistrations.activityId, [...activityIds]), inArray(activityRegistrations.status, ['CONFIRMED', 'OFFERED', 'WAITLISTED'])))
      .groupBy(activityRegistrations.activityId, activityRegistrations.status);
    return activityIds.map((activityId) => {
      const n = (status: string) => Number(rows.find((r) => r.activityId === activityId && r.status === status)?.n ?? 0);
      return { activityId, confirmed: n('CONFIRMED'), offered: n('OFFERED'), waitlisted: n('WAITLISTED') };
    });
  }

  async listRegistrations(activityId: string): Promise<Registration[]> {
    return this.db.select().from(activityRegistrations).where(eq(activityRegistrations.activityId, activityId)).orderBy(asc(activityRegistrations.queuedAt));
  }

  findRegistrationsByActivityIds(activityIds: readonly string[]): Promise<Registration[]> {
    return this.findIn(activityRegistrations, activityRegistrations.activityId, activityIds, asc(activityRegistrations.queuedAt));
  }

  findRegistrationById(id: string): Promise<Registration | null> {
    return this.findOne(activityRegistrations, eq(activityRegistrations.id, id));
  }

  findRegistrationByPerson(activityId: string, personId: string): Promise<Registration | null> {
    return this.findOne(activityRegistrations, and(eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.personId, personId)));
  }

  findRegistrationByEmail(activityId: string, email: string): Promise<Registration | null> {
    return this.findOne(activityRegistrations, and(eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.email, email)));
  }

  findRegistrationByTokenHash(tokenHash: string): Promise<Registration | null> {
    return this.findOne(activityRegistrations, eq(activityRegistrations.tokenHash, tokenHash));
  }

  insertRegistration(data: Omit<Registration, 'id' | 'createdAt' | 'attended'>): Promise<Registration> {
    return this.insertOne(activityRegistrations, data);
  }

  updateRegistration(id: string, data: RegistrationWrite): Promise<Registration> {
    return this.updateOne(activityRegistrations, eq(activityRegistrations.id, id), data);
  }

  setAttended(id: string, attended: boolean): Promise<Registration> {
    return this.updateOne(activityRegistrations, eq(activityRegistrations.id, id), { attended });
  }

  async nextWaitlisted(activityId: string): Promise<Registration | null> {
    const [row] = await this.db
      .select()
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.activityId, activityId), eq(activityRegistrations.status, 'WAITLISTED')))
      .orderBy(asc(activityRegistrations.queuedAt), asc(activityRegistrations.createdAt))
      .limit(1);
    return row ?? null;
  }

  async expiredOffers(now: Date, limit: number): Promise<Registration[]> {
    return this.db
      .select()
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.status, 'OFFERED'), lte(activityRegistrations.tokenExpiresAt, now)))
      .orderBy(asc(activityRegistrations.tokenExpiresAt))
      .limit(limit);
  }

  async confirmedStartingBetween(from: Date, to: Date): Promise<Array<{ registration: Registration; activity: Activity }>> {
    const rows = await this.db
      .select({ registration: activityRegistrations, activity: activities })
      .from(activityRegistrations)
      .innerJoin(activities, eq(activities.id, activityRegistrations.activityId))
      .where(and(eq(activityRegistrations.status, 'CONFIRMED'), gte(activities.startsAt, from), lte(activities.startsAt, to)))
      .orderBy(asc(activities.startsAt))
      .limit(1000);
    const withOrganisers = await this.withOrganisers(rows.map((r) => r.activity));
    return rows.map((r) => ({ registration: r.registration, activity: withOrganisers.find((a) => a.id === r.activity.id) as Activity }));
  }

  async insertSeries(data: Omit<ActivitySeries, 'id' | 'createdAt'>): Promise<ActivitySeries> {
    const [row] = await this.db.insert(activitySeries).values(data).returning();
    return row as ActivitySeries;
  }

  async updateSeries(id: string, data: Partial<Omit<ActivitySeries, 'id' | 'createdAt' | 'regionId'>>): Promise<ActivitySeries> {
    const [row] = await this.db.update(activitySeries).set(data).where(eq(activitySeries.id, id)).returning();
    return row as ActivitySeries;
  }

  async findSeriesByIds(ids: readonly string[]): Promise<ActivitySeries[]> {
    return (await this.findIn(activitySeries, activitySeries.id, ids)) as ActivitySeries[];
  }

  async listSeriesByRegion(regionId: string): Promise<ActivitySeries[]> {
    return (await this.db.select().from(activitySeries).where(eq(activitySeries.regionId, regionId))) as ActivitySeries[];
  }

  async listSeriesActivities(seriesId: string): Promise<Activity[]> {
    return this.withOrganisers(await this.db.select().from(activities).where(eq(activities.seriesId, seriesId)).orderBy(asc(activities.startsAt)));
  }

  async listHolidays(regionId: string): Promise<RegionHoliday[]> {
    return this.db.select().from(regionHolidays).where(eq(regionHolidays.regionId, regionId)).orderBy(asc(regionHolidays.startDate));
  }

  insertHoliday(data: Omit<RegionHoliday, 'id'>): Promise<RegionHoliday> {
    return this.insertOne(regionHolidays, data);
  }

  async listAgendaItems(activityId: string): Promise<AgendaItem[]> {
    return this.db.select().from(activityAgendaItems).where(eq(activityAgendaItems.activityId, activityId)).orderBy(asc(activityAgendaItems.position));
  }

  insertAgendaItem(data: Omit<AgendaItem, 'id'>): Promise<AgendaItem> {
    return this.insertOne(activityAgendaItems, data);
  }

  insertFeed(data: { personId: string; scope: FeedScope; regionId: string | null; werkgroepId: string | null; tokenHash: string }): Promise<CalendarFeed> {
    return this.insertOne(calendarFeeds, data);
  }

  findFeedById(id: string): Promise<CalendarFeed | null> {
    return this.findOne(calendarFeeds, eq(calendarFeeds.id, id));
  }

  findFeedByTokenHash(tokenHash: string): Promise<CalendarFeed | null> {
    return this.findOne(calendarFeeds, eq(calendarFeeds.tokenHash, tokenHash));
  }

  async listFeeds(personId: string): Promise<CalendarFeed[]> {
    return this.db.select().from(calendarFeeds).where(eq(calendarFeeds.personId, personId)).orderBy(asc(calendarFeeds.createdAt));
  }

  revokeFeed(id: string, at: Date): Promise<CalendarFeed> {
    return this.updateOne(calendarFeeds, eq(calendarFeeds.id, id), { revokedAt: at });
  }

  async activitiesOfPerson(personId: string, from: Date): Promise<Activity[]> {
    const rows = await this.db
      .select({ activity: activities })
      .from(activities)
      .innerJoin(activityRegistrations, eq(activityRegistrations.activityId, activities.id))
      .where(and(eq(activityRegistrations.personId, personId), inArray(activityRegistrations.status, ['CONFIRMED', 'OFFERED', 'WAITLISTED']), gte(activities.endsAt, from)))
      .orderBy(asc(activities.startsAt));
    const organised = await this.db
      .select({ activity: activities })
      .from(activities)
      .innerJoin(activityOrganisers, eq(activityOrganisers.activityId, activities.id))
      .where(and(eq(activityOrganisers.personId, personId), gte(activities.endsAt, from)));
    const all = new Map([...rows, ...organised].map((r) => [r.activity.id, r.activity]));
    return this.withOrganisers([...all.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()));
  }

  async activitiesOfWerkgroep(werkgroepId: string, from: Date): Promise<Activity[]> {
    const rows = await this.db
      .select()
      .from(activities)
      .where(and(eq(activities.werkgroepId, werkgroepId), gte(activities.endsAt, from)))
      .orderBy(asc(activities.startsAt));
    return this.withOrganisers(rows);
  }
}

function toActivity(row: ActivityRow, organiserIds: string[]): Activity {
  return { ...row, audience: row.audience as Activity['audience'], organiserIds };
}
