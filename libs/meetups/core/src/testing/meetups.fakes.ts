import { SPEC_REGIONS } from '@verbinder/regions/core';
import type { Clock } from '@verbinder/shared/kernel';
import { ManualClock, insertRow } from '@verbinder/shared/kernel/testing';
import type { ActivityWrite, MeetupsRepository, RegistrationWrite } from '../meetups-repository.port';
import type { Activity, ActivitySeries, AgendaItem, CalendarFeed, PlaceCounts, Registration, RegionHoliday } from '../meetups.types';

/** Fakes for the meetups unit specs: an in-memory repository, a settable clock, and recording ports. */

export const { noord: REGION, zuid: OTHER_REGION, landstede: SCHOOL, morgenCollege: SCHOOL_B, zuiderschool: SCHOOL_ELSEWHERE } = SPEC_REGIONS;
export { specActor as actorIn } from '@verbinder/regions/core';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Tuesday 1 December 2026, 12:00 UTC (13:00 in Amsterdam) unless a spec moves it. */
export const newClock = () => new ManualClock('2026-12-01T12:00:00Z');

export class InMemoryMeetupsRepository implements MeetupsRepository {
  private next = 100;
  activities: Activity[] = [];
  registrations: Registration[] = [];
  series: ActivitySeries[] = [];
  holidays: RegionHoliday[] = [];
  items: AgendaItem[] = [];
  feeds: CalendarFeed[] = [];
  locked: string[] = [];

  constructor(private readonly clock: Clock) {}

  private id = () => uuid(this.next++);

  async findActivitiesByIds(ids: readonly string[]) {
    return this.activities.filter((a) => ids.includes(a.id));
  }
  async listActivities(regionIds: readonly string[], from: Date, to: Date | null, onlyPublic = false) {
    return this.activities
      .filter((a) => regionIds.includes(a.regionId) && a.startsAt >= from && (!to || a.startsAt < to) && (!onlyPublic || a.isPublic))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
  async insertActivity(data: ActivityWrite) {
    return insertRow<Activity>(this.activities, { ...data, id: this.id(), minutes: null, createdAt: this.clock.now(), updatedAt: this.clock.now() });
  }
  async updateActivity(id: string, data: Partial<ActivityWrite> & { minutes?: string | null }) {
    const i = this.activities.findIndex((a) => a.id === id);
    this.activities[i] = { ...this.activities[i], ...data, updatedAt: this.clock.now() };
    return this.activities[i];
  }
  async deleteActivities(ids: readonly string[]) {
    this.activities = this.activities.filter((a) => !ids.includes(a.id));
  }
  async lockActivity(id: string) {
    this.locked.push(id);
    return this.activities.find((a) => a.id === id) ?? null;
  }
  async placeCounts(activityIds: readonly string[]): Promise<PlaceCounts[]> {
    return activityIds
      .filter((id) => this.registrations.some((r) => r.activityId === id))
      .map((activityId) => {
        const of = (status: string) => this.registrations.filter((r) => r.activityId === activityId && r.status === status).length;
        return { activityId, confirmed: of('CONFIRMED'), offered: of('OFFERED'), waitlisted: of('WAITLISTED') };
      });
  }
  async listRegistrations(activityId: string) {
    return this.registrations.filter((r) => r.activityId === activityId);
  }
  async findRegistrationsByActivityIds(activityIds: readonly string[]) {
    return this.registrations.filter((r) => activityIds.includes(r.activityId));
  }
  async findRegistrationById(id: string) {
    return this.registrations.find((r) => r.id === id) ?? null;
  }
  async findRegistrationByPerson(activityId: string, personId: string) {
    return this.registrations.find((r) => r.activityId === activityId && r.personId === personId) ?? null;
  }
  async findRegistrationByEmail(activityId: string, email: string) {
    return this.registrations.find((r) => r.activityId === activityId && r.email === email) ?? null;
  }
  async findRegistrationByTokenHash(tokenHash: string) {
    return this.registrations.find((r) => r.tokenHash === tokenHash) ?? null;
  }
  async insertRegistration(data: Omit<Registration, 'id' | 'createdAt' | 'attended'>) {
    return insertRow<Registration>(this.registrations, { ...data, id: this.id(), attended: null, createdAt: this.clock.now() });
  }
  async updateRegistration(id: string, data: RegistrationWrite) {
    const i = this.registrations.findIndex((r) => r.id === id);
    this.registrations[i] = { ...this.registrations[i], ...data };
    return this.registrations[i];
  }
  async setAttended(id: string, attended: boolean) {
    return this.updateRegistration(id, { attended } as unknown as RegistrationWrite);
  }
  async nextWaitlisted(activityId: string) {
    return this.registrations.filter((r) => r.activityId === activityId && r.status === 'WAITLISTED').sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime())[0] ?? null;
  }
  async expiredOffers(now: Date, limit: number) {
    return this.registrations.filter((r) => r.status === 'OFFERED' && r.tokenExpiresAt && r.tokenExpiresAt < now).slice(0, limit);
  }
  async confirmedStartingBetween(from: Date, to: Date) {
    return this.registrations
      .filter((r) => r.status === 'CONFIRMED')
      .map((registration) => ({ registration, activity: this.activities.find((a) => a.id === registration.activityId) as Activity }))
      .filter(({ activity }) => activity.startsAt >= from && activity.startsAt < to);
  }
  async insertSeries(data: Omit<ActivitySeries, 'id' | 'createdAt'>) {
    return insertRow<ActivitySeries>(this.series, { ...data, id: this.id(), createdAt: this.clock.now() });
  }
  async updateSeries(id: string, data: Partial<Omit<ActivitySeries, 'id' | 'createdAt' | 'regionId'>>) {
    const i = this.series.findIndex((s) => s.id === id);
    this.series[i] = { ...this.series[i], ...data };
    return this.series[i];
  }
  async findSeriesByIds(ids: readonly string[]) {
    return this.series.filter((s) => ids.includes(s.id));
  }
  async listSeriesActivities(seriesId: string) {
    return this.activities.filter((a) => a.seriesId === seriesId).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
  async listSeriesByRegion(regionId: string) {
    return this.series.filter((s) => s.regionId === regionId);
  }
  async listHolidays(regionId: string) {
    return this.holidays.filter((h) => h.regionId === regionId);
  }
  async insertHoliday(data: Omit<RegionHoliday, 'id'>) {
    return insertRow(this.holidays, { ...data, id: this.id() });
  }
  async listAgendaItems(activityId: string) {
    return this.items.filter((i) => i.activityId === activityId);
  }
  async insertAgendaItem(data: Omit<AgendaItem, 'id'>) {
    return insertRow(this.items, { ...data, id: this.id() });
  }
  async insertFeed(data: Pick<CalendarFeed, 'personId' | 'scope' | 'regionId' | 'werkgroepId' | 'tokenHash'>) {
    return insertRow<CalendarFeed>(this.feeds, { ...data, id: this.id(), createdAt: this.clock.now(), revokedAt: null });
  }
  async activitiesOfWerkgroep(werkgroepId: string, from: Date) {
    return this.activities.filter((a) => a.werkgroepId === werkgroepId && a.startsAt >= from);
  }
  async findFeedById(id: string) {
    return this.feeds.find((f) => f.id === id) ?? null;
  }
  async findFeedByTokenHash(tokenHash: string) {
    return this.feeds.find((f) => f.tokenHash === tokenHash) ?? null;
  }
  async listFeeds(personId: string) {
    return this.feeds.filter((f) => f.personId === personId);
  }
  async revokeFeed(id: string, at: Date) {
    const feed = this.feeds.find((f) => f.id === id) as CalendarFeed;
    feed.revokedAt = at;
    return feed;
  }
  async activitiesOfPerson(personId: string, from: Date) {
    const mine = this.registrations.filter((r) => r.personId === personId && ['CONFIRMED', 'OFFERED', 'WAITLISTED'].includes(r.status)).map((r) => r.activityId);
    return this.activities.filter((a) => mine.includes(a.id) && a.startsAt >= from);
  }
}

/** An activity of REGION on 10 December 2026, 09:00–12:00 UTC, to be inserted into the repository. */
export const activityData = (over: Partial<ActivityWrite> = {}): ActivityWrite => ({
  regionId: REGION,
  seriesId: null,
  detached: false,
  kind: 'WORKSHOP',
  title: 'Workshop',
  description: null,
  hostSchoolId: null,
  address: null,
  room: null,
  travelNote: null,
  startsAt: new Date('2026-12-10T09:00:00Z'),
  endsAt: new Date('2026-12-10T12:00:00Z'),
  audience: ['DOCENTEN'],
  capacity: null,
  registrationOpensAt: null,
  registrationClosesAt: null,
  isPublic: false,
  actielijnId: null,
  actieId: null,
  werkgroepId: null,
  organiserIds: [],
  ...over,
});
