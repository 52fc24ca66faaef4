import type { Activity, ActivitySeries, AgendaItem, CalendarFeed, FeedScope, PlaceCounts, Registration, RegionHoliday, RegistrationStatus } from './meetups.types';

export const MEETUPS_REPOSITORY = Symbol('MEETUPS_REPOSITORY');

export type ActivityWrite = Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'minutes'>;

export interface RegistrationWrite {
  status: RegistrationStatus;
  queuedAt?: Date;
  tokenHash?: string | null;
  tokenExpiresAt?: Date | null;
}

export interface MeetupsRepository {
  findActivitiesByIds(ids: readonly string[]): Promise<Activity[]>;
  /** Activities in the regions, starting in [from, to), ordered by start. */
  listActivities(regionIds: readonly string[], from: Date, to: Date | null, onlyPublic?: boolean): Promise<Activity[]>;
  insertActivity(data: ActivityWrite): Promise<Activity>;
  updateActivity(id: string, data: Partial<ActivityWrite> & { minutes?: string | null }): Promise<Activity>;
  deleteActivities(ids: readonly string[]): Promise<void>;
  /**
   * Locks the activity row for the rest of the transaction (`SELECT … FOR UPDATE`): every
   * registration change takes this lock first, so places are counted and given out one
   * transaction at a time.
   */
  lockActivity(id: string): Promise<Activity | null>;

  placeCounts(activityIds: readonly string[]): Promise<PlaceCounts[]>;
  listRegistrations(activityId: string): Promise<Registration[]>;
  findRegistrationsByActivityIds(activityIds: readonly string[]): Promise<Registration[]>;
  findRegistrationById(id: string): Promise<Registration | null>;
  findRegistrationByPerson(activityId: string, personId: string): Promise<Registration | null>;
  findRegistrationByEmail(activityId: string, email: string): Promise<Registration | null>;
  findRegistrationByTokenHash(tokenHash: string): Promise<Registration | null>;
  insertRegistration(data: Omit<Registration, 'id' | 'createdAt' | 'attended'>): Promise<Registration>;
  updateRegistration(id: string, data: RegistrationWrite): Promise<Registration>;
  setAttended(id: string, attended: boolean): Promise<Registration>;
  /** The oldest waiting registration of the activity, or null. */
  nextWaitlisted(activityId: string): Promise<Registration | null>;
  /** Offers whose claim window ended before `now` (activity id and registration id). */
  expiredOffers(now: Date, limit: number): Promise<Registration[]>;
  /** Confirmed registrations of activities that start between `from` and `to`. */
  confirmedStartingBetween(from: Date, to: Date): Promise<Array<{ registration: Registration; activity: Activity }>>;

  insertSeries(data: Omit<ActivitySeries, 'id' | 'createdAt'>): Promise<ActivitySeries>;
  updateSeries(id: string, data: Partial<Omit<ActivitySeries, 'id' | 'createdAt' | 'regionId'>>): Promise<ActivitySeries>;
  findSeriesByIds(ids: readonly string[]): Promise<ActivitySeries[]>;
  listSeriesActivities(seriesId: string): Promise<Activity[]>;
  listSeriesByRegion(regionId: string): Promise<ActivitySeries[]>;
  listHolidays(regionId: string): Promise<RegionHoliday[]>;
  insertHoliday(data: Omit<RegionHoliday, 'id'>): Promise<RegionHoliday>;

  listAgendaItems(activityId: string): Promise<AgendaItem[]>;
  insertAgendaItem(data: Omit<AgendaItem, 'id'>): Promise<AgendaItem>;

  insertFeed(data: { personId: string; scope: FeedScope; regionId: string | null; werkgroepId: string | null; tokenHash: string }): Promise<CalendarFeed>;
  /** A werkgroep's meetings (activities linked to it) starting at or after `from`. */
  activitiesOfWerkgroep(werkgroepId: string, from: Date): Promise<Activity[]>;
  findFeedById(id: string): Promise<CalendarFeed | null>;
  findFeedByTokenHash(tokenHash: string): Promise<CalendarFeed | null>;
  listFeeds(personId: string): Promise<CalendarFeed[]>;
  revokeFeed(id: string, at: Date): Promise<CalendarFeed>;
  /** Activities the person holds or waits for a place in (confirmed, offered, waitlisted), from `from`. */
  activitiesOfPerson(personId: string, from: Date): Promise<Activity[]>;
}
