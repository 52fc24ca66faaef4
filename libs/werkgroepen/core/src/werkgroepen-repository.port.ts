import type { Werkgroep, WerkgroepMember } from './werkgroepen.types';

export const WERKGROEPEN_REPOSITORY = Symbol('WERKGROEPEN_REPOSITORY');

export type WerkgroepWrite = Omit<Werkgroep, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'>;

/** Activity of a group in a period, for the schijnsamenwerking signal. */
export interface WerkgroepActivityCounts {
  posts: number;
  documentVersions: number;
  decisions: number;
}

export interface WerkgroepenRepository {
  findByIds(ids: readonly string[]): Promise<Werkgroep[]>;
  /** Groups of a region, archived ones last, by name. */
  listByRegion(regionId: string): Promise<Werkgroep[]>;
  /** Ids of the groups a person is a member of. */
  groupIdsOfPerson(personId: string): Promise<string[]>;
  insert(data: WerkgroepWrite): Promise<Werkgroep>;
  update(id: string, data: Partial<WerkgroepWrite> & { archivedAt?: Date | null }): Promise<Werkgroep>;
  findByRegionAndName(regionId: string, name: string): Promise<Werkgroep | null>;

  findMember(werkgroepId: string, personId: string): Promise<WerkgroepMember | null>;
  listMembers(werkgroepId: string): Promise<WerkgroepMember[]>;
  membersByWerkgroepIds(ids: readonly string[]): Promise<WerkgroepMember[]>;
  upsertMember(data: Omit<WerkgroepMember, 'lastReadAt' | 'joinedAt'>): Promise<WerkgroepMember>;
  deleteMember(werkgroepId: string, personId: string): Promise<boolean>;
  markRead(werkgroepId: string, personId: string, at: Date): Promise<void>;
  /** Unread posts (not by the person, not deleted) per group since the member's lastReadAt. */
  unreadCounts(personId: string, werkgroepIds: readonly string[]): Promise<Map<string, number>>;

  /** Posts, document versions and comparison decisions in [from, to). */
  activityBetween(werkgroepId: string, from: Date, to: Date): Promise<WerkgroepActivityCounts>;
  /** Start times of the group's activities (meetups linked to the group) in [from, to). */
  meetingTimes(werkgroepId: string, from: Date, to: Date): Promise<Date[]>;
}
