import type { ActieagendaService } from '@verbinder/actieagenda/core';
import type { NewNotification, NotificationsService } from '@verbinder/notifications/core';
import type { RegionsService } from '@verbinder/regions/core';
import type { Actor, Clock, MembershipRole } from '@verbinder/shared/kernel';
import { fakeKernelPorts, ManualClock, insertRow } from '@verbinder/shared/kernel/testing';
import type { WerkgroepActivityCounts, WerkgroepenRepository, WerkgroepWrite } from '../werkgroepen-repository.port';
import { WerkgroepenService } from '../werkgroepen.service';
import type { Werkgroep, WerkgroepMember } from '../werkgroepen.types';

// Fakes shared by the werkgroepen core specs: an in-memory WerkgroepenRepository behind the real
// WerkgroepenService (so every spec goes through the real access rules), a unit of work that runs
// the work and its after-commit hooks once it succeeded, recorded events and notifications, and a clock.

export const REGION = '00000000-0000-4000-8000-00000000000a';
export const OTHER_REGION = '00000000-0000-4000-8000-00000000000b';
export const SCHOOL = '00000000-0000-4000-8000-0000000000c1';
export const GROUP = '00000000-0000-4000-8000-0000000000f1';
export const MISSING = '00000000-0000-4000-8000-0000000000ff';

/** A UUID from a small number (ids must be UUIDs for the services). */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function actor(personId: string, roles: Array<[MembershipRole, string?]> = [], over: Partial<Actor> = {}): Actor {
  return {
    personId,
    name: `Persoon ${personId.slice(-2)}`,
    email: `${personId.slice(-4)}@school.example`,
    systemRole: null,
    memberships: roles.map(([role, regionId]) => ({ role, regionId: regionId ?? REGION, schoolId: null })),
    ...over,
  };
}

/** A manually advanced clock (the kernel's ManualClock). */
export const manualClock = (iso = '2026-12-01T12:00:00Z') => new ManualClock(iso);

export function recordingNotifications(): NotificationsService & { sent: Array<{ personIds: string[]; message: NewNotification }> } {
  const sent: Array<{ personIds: string[]; message: NewNotification }> = [];
  return { sent, notify: async (personIds: string[], message: NewNotification) => void sent.push({ personIds, message }) } as unknown as NotificationsService & { sent: typeof sent };
}

export function werkgroep(over: Partial<Werkgroep> = {}): Werkgroep {
  return {
    id: GROUP,
    regionId: REGION,
    kind: 'DOCENTWERKGROEP',
    name: 'Techniek',
    description: null,
    sector: null,
    visibility: 'MEMBERS',
    cadenceDays: null,
    cadenceNote: null,
    actielijnIds: [],
    archivedAt: null,
    createdAt: new Date('2026-09-01T09:00:00Z'),
    updatedAt: new Date('2026-09-01T09:00:00Z'),
    ...over,
  };
}

/** The WerkgroepenRepository in memory; meetings and activity per group for the signal. */
export class MemoryWerkgroepenRepository implements WerkgroepenRepository {
  readonly groups: Werkgroep[] = [];
  readonly members: WerkgroepMember[] = [];
  readonly reads: Array<{ werkgroepId: string; personId: string; at: Date }> = [];
  meetings: Date[] = [];
  activity: (from: Date, to: Date) => WerkgroepActivityCounts = () => ({ posts: 0, documentVersions: 0, decisions: 0 });
  private next = 1000;

  async findByIds(ids: readonly string[]) {
    return this.groups.filter((g) => ids.includes(g.id));
  }
  async listByRegion(regionId: string) {
    return this.groups.filter((g) => g.regionId === regionId);
  }
  async groupIdsOfPerson(personId: string) {
    return this.members.filter((m) => m.personId === personId).map((m) => m.werkgroepId);
  }
  async insert(data: WerkgroepWrite) {
    const group = werkgroep({ ...data, id: uuid(this.next++) });
    this.groups.push(group);
    return group;
  }
  async update(id: string, data: Partial<WerkgroepWrite> & { archivedAt?: Date | null }) {
    const group = this.groups.find((g) => g.id === id) as Werkgroep;
    Object.assign(group, data);
    return { ...group };
  }
  async findByRegionAndName(regionId: string, name: string) {
    return this.groups.find((g) => g.regionId === regionId && g.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** A copy, as a database row would be. */
  async findMember(werkgroepId: string, personId: string) {
    const member = this.members.find((m) => m.werkgroepId === werkgroepId && m.personId === personId);
    return member ? { ...member } : null;
  }
  async listMembers(werkgroepId: string) {
    return this.members.filter((m) => m.werkgroepId === werkgroepId);
  }
  async membersByWerkgroepIds(ids: readonly string[]) {
    return this.members.filter((m) => ids.includes(m.werkgroepId));
  }
  async upsertMember(data: Omit<WerkgroepMember, 'lastReadAt' | 'joinedAt'>) {
    const existing = this.members.find((m) => m.werkgroepId === data.werkgroepId && m.personId === data.personId);
    if (existing) return { ...Object.assign(existing, data) };
    return insertRow(this.members, { ...data, lastReadAt: new Date(0), joinedAt: new Date(0) });
  }
  async deleteMember(werkgroepId: string, personId: string) {
    const index = this.members.findIndex((m) => m.werkgroepId === werkgroepId && m.personId === personId);
    if (index >= 0) this.members.splice(index, 1);
    return index >= 0;
  }
  async markRead(werkgroepId: string, personId: string, at: Date) {
    this.reads.push({ werkgroepId, personId, at });
  }
  async unreadCounts(personId: string, ids: readonly string[]) {
    return new Map(ids.filter((id) => this.members.some((m) => m.werkgroepId === id && m.personId === personId)).map((id) => [id, 3]));
  }
  async activityBetween(_werkgroepId: string, from: Date, to: Date) {
    return this.activity(from, to);
  }
  async meetingTimes(_werkgroepId: string, from: Date, to: Date) {
    return this.meetings.filter((m) => m >= from && m < to);
  }
}

/** People, schools and memberships of the fake regions service. */
export interface RegionsData {
  persons?: Array<{ id: string; name: string }>;
  schools?: Array<{ id: string; regionId: string; name: string; kind?: string }>;
  memberships?: Array<{ personId: string; regionId: string; schoolId: string | null; role: MembershipRole; layer?: string }>;
}

export function fakeRegions(data: RegionsData = {}): RegionsService {
  const schools = (data.schools ?? []).map((s) => ({ kind: 'VO', ...s }));
  return {
    personsByIds: async (ids: readonly string[]) => (data.persons ?? []).filter((p) => ids.includes(p.id)),
    membershipsByPersonIds: async (ids: readonly string[]) => (data.memberships ?? []).filter((m) => ids.includes(m.personId)).map((m) => ({ layer: 'PROFESSIONEEL', ...m })),
    schoolsByIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.id)),
    schoolsByRegionIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.regionId)),
  } as unknown as RegionsService;
}

/** The real WerkgroepenService over the in-memory repository, with one group and its members. */
export function werkgroepenWith(
  options: { group?: Partial<Werkgroep>; members?: Array<[string, WerkgroepMember['role']]>; regions?: RegionsService; clock?: Clock; actieagenda?: ActieagendaService } = {},
) {
  const repo = new MemoryWerkgroepenRepository();
  repo.groups.push(werkgroep(options.group));
  for (const [personId, role] of options.members ?? []) {
    repo.members.push({ werkgroepId: repo.groups[0].id, personId, schoolId: null, layer: 'PROFESSIONEEL', role, lastReadAt: new Date(0), joinedAt: new Date(0) });
  }
  const clock = options.clock ?? manualClock();
  const { kernel, uow, events } = fakeKernelPorts(clock);
  const notifications = recordingNotifications();
  const actieagenda = options.actieagenda ?? ({ linesByIds: async () => [], agendasByIds: async () => [] } as unknown as ActieagendaService);
  const service = new WerkgroepenService(repo, kernel, options.regions ?? fakeRegions(), actieagenda, notifications);
  /** The `werkgroep.changed` events emitted so far, as "kind:action". */
  const changes = () => events.of('werkgroep.changed').map((p) => `${p.kind}:${p.action}`);
  return { service, repo, kernel, uow, events, clock, notifications, changes };
}

/** The error a promise rejects with (fails the spec when it resolves). */
export async function rejection(work: Promise<unknown>): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected the call to be refused');
}
