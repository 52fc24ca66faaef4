import { Inject, Injectable } from '@nestjs/common';
import { ActieagendaService } from '@verbinder/actieagenda/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion, isPlatformAdmin, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { IntervalActivity, schijnsamenwerking, SchijnsamenwerkingSignal, SIGNAL_WINDOW_DAYS } from './signal';
import { WERKGROEPEN_REPOSITORY, WerkgroepenRepository } from './werkgroepen-repository.port';
import {
  MemberInput,
  Werkgroep,
  WERKGROEP_KIND_TEXT,
  WERKGROEP_KINDS,
  WERKGROEP_LAYERS,
  WERKGROEP_ROLES,
  WERKGROEP_VISIBILITIES,
  WerkgroepAccess,
  WerkgroepChangeKind,
  WerkgroepInput,
  WerkgroepMember,
} from './werkgroepen.types';

/** Region roles that may create groups and manage every group of the region. */
const MANAGER_ROLES = ['VERBINDER', 'BEHEERDER', 'PROJECTLEIDER'] as const;

/**
 * Werkgroepen: cross-school groups with members from several schools, their layer and their
 * role in the group. This service owns the access rules every part of a group (stream,
 * documents, draaiboek, comparison) goes through: `access`, `readable`, `writable`,
 * `manageable`. Members-only groups are invisible to everyone else, region managers included
 * (they see that the group exists and who is in it, to manage it, but not its content).
 */
@Injectable()
export class WerkgroepenService {
  constructor(
    @Inject(WERKGROEPEN_REPOSITORY) private readonly repo: WerkgroepenRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly actieagenda: ActieagendaService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- access ----------

  isRegionManager(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...MANAGER_ROLES]);
  }

  /**
   * What the actor may do in a group. Unknown ids, and members-only groups the actor may not
   * even know about, are NOT_FOUND (the same answer, so nothing is revealed).
   */
  async access(actor: Actor, werkgroepId: string): Promise<WerkgroepAccess> {
    const [werkgroep] = isUuid(werkgroepId) ? await this.repo.findByIds([werkgroepId]) : [];
    if (!werkgroep) throw DomainError.notFound('Deze werkgroep');
    const member = await this.repo.findMember(werkgroep.id, actor.personId);
    const manager = this.isRegionManager(actor, werkgroep.regionId);
    const regionReader = werkgroep.visibility === 'REGION' && isMemberOfRegion(actor, werkgroep.regionId);
    if (!member && !manager && !regionReader) throw DomainError.notFound('Deze werkgroep');
    const archived = werkgroep.archivedAt !== null;
    return {
      werkgroep,
      member,
      canRead: !!member || regionReader,
      canWrite: !!member && !archived,
      canManage: manager || member?.role === 'VOORZITTER',
    };
  }

  /** The group, if the actor may see its content (members; region members for REGION groups). */
  async readable(actor: Actor, werkgroepId: string): Promise<WerkgroepAccess> {
    const access = await this.access(actor, werkgroepId);
    if (!access.canRead) throw DomainError.forbidden('Alleen leden van deze werkgroep zien wat erin staat.');
    return access;
  }

  /** The group, if the actor may add to it (members of a group that is not archived). */
  async writable(actor: Actor, werkgroepId: string): Promise<WerkgroepAccess> {
    const access = await this.access(actor, werkgroepId);
    if (!access.member) throw DomainError.forbidden('Alleen leden van deze werkgroep kunnen hier iets toevoegen.');
    if (!access.canWrite) throw DomainError.conflict('Deze werkgroep is gearchiveerd; er kan niets meer bij.');
    return access;
  }

  async manageable(actor: Actor, werkgroepId: string): Promise<WerkgroepAccess> {
    const access = await this.access(actor, werkgroepId);
    if (!access.canManage) throw DomainError.forbidden('Alleen de voorzitter en de verbinders en beheerders van de regio mogen de werkgroep beheren.');
    return access;
  }

  /**
   * The group when the person may read it now (a member, or a member of the region for a group
   * open to the region), else null. For access without a session, e.g. a calendar feed.
   */
  async readableFor(personId: string, werkgroepId: string): Promise<Werkgroep | null> {
    const [werkgroep] = isUuid(werkgroepId) ? await this.repo.findByIds([werkgroepId]) : [];
    if (!werkgroep) return null;
    if (await this.repo.findMember(werkgroep.id, personId)) return werkgroep;
    if (werkgroep.visibility !== 'REGION') return null;
    const memberships = await this.regions.membershipsByPersonIds([personId]);
    return memberships.some((m) => m.regionId === werkgroep.regionId) ? werkgroep : null;
  }

  /** Ids of the groups whose content the actor may read, among `ids` (for subscriptions and search). */
  async readableIds(actor: Actor, ids: readonly string[]): Promise<string[]> {
    const groups = await this.repo.findByIds(ids.filter(isUuid));
    const mine = new Set(await this.repo.groupIdsOfPerson(actor.personId));
    return groups.filter((g) => mine.has(g.id) || (g.visibility === 'REGION' && isMemberOfRegion(actor, g.regionId))).map((g) => g.id);
  }

  // ---------- reads ----------

  /** The region's groups the actor may know about: their own, REGION groups, and all for managers. */
  async list(actor: Actor, regionId: string): Promise<Werkgroep[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien haar werkgroepen.');
    const all = await this.repo.listByRegion(regionId);
    if (this.isRegionManager(actor, regionId)) return all;
    const mine = new Set(await this.repo.groupIdsOfPerson(actor.personId));
    return all.filter((g) => mine.has(g.id) || g.visibility === 'REGION');
  }

  /** The groups the actor is a member of, in every region. */
  async mine(actor: Actor): Promise<Werkgroep[]> {
    return this.repo.findByIds(await this.repo.groupIdsOfPerson(actor.personId));
  }

  async get(actor: Actor, id: string): Promise<Werkgroep> {
    return (await this.access(actor, id)).werkgroep;
  }

  async members(actor: Actor, werkgroepId: string): Promise<WerkgroepMember[]> {
    await this.access(actor, werkgroepId);
    return this.repo.listMembers(werkgroepId);
  }

  werkgroepenByIds = (ids: readonly string[]) => this.repo.findByIds(ids.filter(isUuid));
  membersByWerkgroepIds = (ids: readonly string[]) => this.repo.membersByWerkgroepIds(ids.filter(isUuid));

  /** Unread stream posts per group for the actor (0 for groups they are not a member of). */
  async unreadCounts(actor: Actor, werkgroepIds: readonly string[]): Promise<number[]> {
    const counts = await this.repo.unreadCounts(actor.personId, werkgroepIds.filter(isUuid));
    return werkgroepIds.map((id) => counts.get(id) ?? 0);
  }

  async markRead(actor: Actor, werkgroepId: string): Promise<boolean> {
    const access = await this.access(actor, werkgroepId);
    if (!access.member) return false;
    await this.repo.markRead(werkgroepId, actor.personId, this.kernel.clock.now());
    return true;
  }

  /**
   * The schijnsamenwerking signal of a group: meetings (activities linked to the group) in the
   * last SIGNAL_WINDOW_DAYS days and what happened between them. For the region's managers
   * (the verbinders' dashboard) and the group's own members.
   */
  async signal(actor: Actor, werkgroepId: string): Promise<SchijnsamenwerkingSignal> {
    const access = await this.access(actor, werkgroepId);
    if (!access.member && !this.isRegionManager(actor, access.werkgroep.regionId)) throw DomainError.forbidden();
    return this.computeSignal(werkgroepId);
  }

  /** Signals of all groups of a region, for the verbinders' dashboard. */
  async regionSignals(actor: Actor, regionId: string): Promise<Array<{ werkgroep: Werkgroep; signal: SchijnsamenwerkingSignal }>> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!this.isRegionManager(actor, regionId)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio zien dit signaal.');
    const groups = (await this.repo.listByRegion(regionId)).filter((g) => !g.archivedAt);
    return Promise.all(groups.map(async (werkgroep) => ({ werkgroep, signal: await this.computeSignal(werkgroep.id) })));
  }

  private async computeSignal(werkgroepId: string): Promise<SchijnsamenwerkingSignal> {
    const now = this.kernel.clock.now();
    const from = new Date(now.getTime() - SIGNAL_WINDOW_DAYS * 86_400_000);
    const meetings = await this.repo.meetingTimes(werkgroepId, from, now);
    const intervals: IntervalActivity[] = [];
    for (let i = 1; i < meetings.length; i++) {
      intervals.push({ from: meetings[i - 1], to: meetings[i], ...(await this.repo.activityBetween(werkgroepId, meetings[i - 1], meetings[i])) });
    }
    return schijnsamenwerking(meetings.length, intervals);
  }

  // ---------- writes ----------

  async create(actor: Actor, input: WerkgroepInput): Promise<Werkgroep> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    if (!this.isRegionManager(actor, input.regionId)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen een werkgroep beginnen.');
    const data = await this.check(input);
    return this.kernel.uow.run(async () => {
      if (await this.repo.findByRegionAndName(data.regionId, data.name)) throw DomainError.conflict('Er is al een werkgroep met deze naam in de regio.', 'name');
      const werkgroep = await this.repo.insert(data);
      // The creator joins as voorzitter, so a new group always has someone to run it.
      const membership = actor.memberships.find((m) => m.regionId === werkgroep.regionId);
      await this.repo.upsertMember({ werkgroepId: werkgroep.id, personId: actor.personId, schoolId: membership?.schoolId ?? null, layer: this.layerOf(actor, werkgroep.regionId), role: 'VOORZITTER' });
      this.changed(werkgroep, 'group', werkgroep.id);
      return werkgroep;
    });
  }

  async update(actor: Actor, id: string, input: WerkgroepInput): Promise<Werkgroep> {
    const { werkgroep } = await this.manageable(actor, id);
    const data = await this.check({ ...input, regionId: werkgroep.regionId });
    return this.kernel.uow.run(async () => {
      const clash = await this.repo.findByRegionAndName(werkgroep.regionId, data.name);
      if (clash && clash.id !== id) throw DomainError.conflict('Er is al een werkgroep met deze naam in de regio.', 'name');
      const updated = await this.repo.update(id, data);
      this.changed(updated, 'group', id);
      return updated;
    });
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Werkgroep> {
    const { werkgroep } = await this.manageable(actor, id);
    return this.kernel.uow.run(async () => {
      const updated = await this.repo.update(werkgroep.id, { archivedAt: archived ? this.kernel.clock.now() : null });
      this.changed(updated, 'group', id);
      return updated;
    });
  }

  /** Adds a member or changes their school, layer or role. The person must belong to the region. */
  async upsertMember(actor: Actor, input: MemberInput): Promise<WerkgroepMember> {
    const { werkgroep } = await this.manageable(actor, input.werkgroepId);
    const check = new InputCheck();
    const layer = input.layer ? check.oneOf('layer', input.layer as WerkgroepMember['layer'], WERKGROEP_LAYERS, 'De laag') : null;
    const role = check.oneOf('role', (input.role ?? 'LID') as WerkgroepMember['role'], WERKGROEP_ROLES, 'De rol in de werkgroep');
    const [person] = isUuid(input.personId) ? await this.regions.personsByIds([input.personId]) : [];
    const memberships = person ? (await this.regions.membershipsByPersonIds([person.id])).filter((m) => m.regionId === werkgroep.regionId) : [];
    if (!person) check.fail('personId', 'Deze persoon bestaat niet.');
    else if (memberships.length === 0) check.fail('personId', `${person.name} hoort niet bij deze regio; voeg haar of hem eerst toe aan een school of de regio.`);
    let schoolId = input.schoolId ?? null;
    if (schoolId) {
      const [school] = isUuid(schoolId) ? await this.regions.schoolsByIds([schoolId]) : [];
      if (!school || school.regionId !== werkgroep.regionId) check.fail('schoolId', 'Kies een school uit deze regio.');
    } else {
      schoolId = memberships.find((m) => m.schoolId)?.schoolId ?? null;
    }
    check.done();
    return this.kernel.uow.run(async () => {
      const existing = await this.repo.findMember(werkgroep.id, input.personId);
      if (existing?.role === 'VOORZITTER' && role !== 'VOORZITTER') await this.assertAnotherVoorzitter(werkgroep.id, input.personId);
      const member = await this.repo.upsertMember({
        werkgroepId: werkgroep.id,
        personId: input.personId,
        schoolId,
        layer: (layer ?? existing?.layer ?? memberships[0]?.layer ?? 'PROFESSIONEEL') as WerkgroepMember['layer'],
        role,
      });
      if (!existing && person && person.id !== actor.personId) {
        await this.notifications.notify([person.id], {
          kind: 'werkgroep.member-added',
          title: `Je bent toegevoegd aan ${werkgroep.name}`,
          body: `${actor.name} heeft je toegevoegd aan de werkgroep ${werkgroep.name}.`,
          link: `/werkgroep/${werkgroep.id}`,
        });
      }
      if (!existing) this.kernel.uow.afterCommit(() => this.kernel.events.emit('werkgroep.member-added', { regionId: werkgroep.regionId, werkgroepId: werkgroep.id, personId: input.personId }));
      this.changed(werkgroep, 'members', input.personId);
      return member;
    });
  }

  /**
   * Removes a member. Access ends at once: the event makes every node take the person's
   * sockets out of the group's room, and every read checks membership again.
   */
  async removeMember(actor: Actor, werkgroepId: string, personId: string): Promise<boolean> {
    const self = personId === actor.personId;
    const access = self ? await this.access(actor, werkgroepId) : await this.manageable(actor, werkgroepId);
    return this.kernel.uow.run(async () => {
      const existing = isUuid(personId) ? await this.repo.findMember(werkgroepId, personId) : null;
      if (!existing) throw DomainError.notFound('Dit lid');
      if (existing.role === 'VOORZITTER') await this.assertAnotherVoorzitter(werkgroepId, personId);
      await this.repo.deleteMember(werkgroepId, personId);
      this.kernel.uow.afterCommit(() => this.kernel.events.emit('werkgroep.member-removed', { regionId: access.werkgroep.regionId, werkgroepId, personId }));
      this.changed(access.werkgroep, 'members', personId);
      return true;
    });
  }

  private async assertAnotherVoorzitter(werkgroepId: string, leavingPersonId: string): Promise<void> {
    const others = (await this.repo.listMembers(werkgroepId)).filter((m) => m.role === 'VOORZITTER' && m.personId !== leavingPersonId);
    if (others.length === 0) throw DomainError.conflict('Een werkgroep heeft altijd een voorzitter: maak eerst iemand anders voorzitter.', 'role');
  }

  private layerOf(actor: Actor, regionId: string): WerkgroepMember['layer'] {
    if (isPlatformAdmin(actor)) return 'MANAGEMENT';
    const roles = actor.memberships.filter((m) => m.regionId === regionId).map((m) => m.role);
    if (roles.includes('BESTUURDER')) return 'BESTUURLIJK';
    if (roles.some((r) => r === 'VERBINDER' || r === 'PROJECTLEIDER' || r === 'TEAMLEIDER' || r === 'BEHEERDER')) return 'MANAGEMENT';
    return 'PROFESSIONEEL';
  }

  private async check(input: WerkgroepInput): Promise<Omit<Werkgroep, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'>> {
    const check = new InputCheck();
    const kind = check.oneOf('kind', input.kind as Werkgroep['kind'], WERKGROEP_KINDS, 'Het soort werkgroep');
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 120 }) ?? '';
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 2000 });
    const sector = check.text('sector', input.sector, { label: 'De sector of het vak', max: 100 });
    const visibility = check.oneOf('visibility', (input.visibility ?? 'MEMBERS') as Werkgroep['visibility'], WERKGROEP_VISIBILITIES, 'De zichtbaarheid');
    const cadenceDays = check.int('cadenceDays', input.cadenceDays, { label: 'Het ritme (dagen)', min: 1, max: 120 });
    const cadenceNote = check.text('cadenceNote', input.cadenceNote, { label: 'De toelichting op het ritme', max: 200 });
    const actielijnIds = [...new Set(input.actielijnIds ?? [])];
    if (actielijnIds.length > 7) check.fail('actielijnIds', 'Koppel hoogstens zeven actielijnen.');
    if (actielijnIds.length) {
      const lines = await this.actieagenda.linesByIds(actielijnIds);
      const agendas = await this.actieagenda.agendasByIds([...new Set(lines.map((l) => l.agendaId))]);
      const inRegion = new Set(agendas.filter((a) => a.regionId === input.regionId).map((a) => a.id));
      if (lines.length !== actielijnIds.length || lines.some((l) => !inRegion.has(l.agendaId))) check.fail('actielijnIds', 'Kies actielijnen uit de actieagenda van deze regio.');
    }
    check.done();
    return { regionId: input.regionId, kind, name, description, sector, visibility, cadenceDays, cadenceNote, actielijnIds };
  }

  /** Emits `werkgroep.changed` after the current transaction commits. */
  changed(werkgroep: Pick<Werkgroep, 'id' | 'regionId'>, kind: WerkgroepChangeKind, entityId: string | null, action = 'changed'): void {
    this.kernel.uow.afterCommit(() =>
      this.kernel.events.emit('werkgroep.changed', { regionId: werkgroep.regionId, werkgroepId: werkgroep.id, kind, entityId, action, at: this.kernel.clock.now().toISOString() }),
    );
  }

  kindText(kind: Werkgroep['kind']): string {
    return WERKGROEP_KIND_TEXT[kind];
  }
}
