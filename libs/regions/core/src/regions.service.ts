import { Inject, Injectable } from '@nestjs/common';
import { ActivityAction, RegionEntity } from '@verbinder/shared/contracts';
import {
  Actor,
  assertMayChangeIdentity,
  DOMAIN_EVENTS,
  DomainError,
  DomainEvents,
  hasRegionRole,
  isMemberOfRegion,
  isPlatformAdmin,
  isUuid,
  mayViewContact,
  regionIdsOf,
  UNIT_OF_WORK,
  UnitOfWork,
  InputCheck,
} from '@verbinder/shared/kernel';
import { NotificationsService } from '@verbinder/notifications/core';
import { assertLeerrouteRules } from './leerroute-rules';
import { PERSON_CREDENTIALS, PersonCredentials, REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import {
  AddMembershipInput,
  CreateLeerlabInput,
  InviteToRegionInput,
  CreatePersonInput,
  CreateRegionInput,
  CreateSchoolInput,
  Leerlab,
  Leerroute,
  LeerrouteInput,
  MBO_LEERWEGEN,
  MEMBERSHIP_LAYERS,
  MEMBERSHIP_ROLES,
  Membership,
  Person,
  Region,
  RegionCounts,
  RegionInvitation,
  ROUTE_PHASES,
  ROUTE_TYPES,
  School,
  SCHOOL_KINDS,
  SchoolLocation,
  SchoolLocationInput,
  UpdateLeerlabInput,
  UpdatePersonInput,
  UpdateRegionInput,
  UpdateSchoolInput,
  VMBO_EXAM_SCOPES,
  VMBO_LEERWEGEN,
} from './regions.types';

/** An input where every field may be missing or null (create and update share their checks). */
type Loose<T> = { [K in keyof T]?: T[K] | null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MANAGER_ROLES = ['BEHEERDER', 'VERBINDER'] as const;

/**
 * Regions, leerlabs, schools, people, memberships and leerroutes. Every method that answers a
 * person takes the acting person and decides authorization itself (the tenant rule,
 * docs/security.md): a region's bare facts (id, slug, name, description) are public, its
 * contents (schools, leerlabs, leerroutes, memberships, counts) are for its members and platform
 * beheerders; managing a region is for its beheerders and verbinders (and platform beheerders).
 * The actor-less getters below are for other core services, which check their own rules.
 */
@Injectable()
export class RegionsService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(PERSON_CREDENTIALS) private readonly credentials: PersonCredentials,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------- authorization ----------

  canManageRegion(actor: Actor, regionId: string): boolean {
    return hasRegionRole(actor, regionId, [...MANAGER_ROLES]);
  }

  private assertCanManage(actor: Actor, regionId: string): void {
    if (!this.canManageRegion(actor, regionId)) {
      throw DomainError.forbidden('Alleen beheerders en verbinders van deze regio mogen dit wijzigen.');
    }
  }

  /**
   * The region-read rule (one place): a region's contents — its schools, leerlabs, leerroutes,
   * memberships and counts — are readable by its members and by platform beheerders only.
   */
  mayReadRegion(actor: Actor, regionId: string): boolean {
    return isMemberOfRegion(actor, regionId);
  }

  /** For a region's contents reached through a region object (a field of a region, school or leerlab). */
  assertMayReadRegion(actor: Actor, regionId: string): void {
    if (!this.mayReadRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien dit.');
  }

  /** An object of a region by id: out of the actor's reach it is not confirmed to exist. */
  private readable<T extends { regionId: string }>(actor: Actor, found: T, what: string): T {
    if (!this.mayReadRegion(actor, found.regionId)) throw DomainError.notFound(what);
    return found;
  }

  // ---------- reads for people (the tenant rule applied) ----------

  /** The regions the actor may read: their own, every region for a platform beheerder. */
  async regionsFor(actor: Actor): Promise<Region[]> {
    return (await this.repo.listRegions()).filter((region) => this.mayReadRegion(actor, region.id));
  }

  /** One region by id or slug, for its members and platform beheerders; anyone else: NOT_FOUND. */
  async regionFor(actor: Actor, ref: { id?: string | null; slug?: string | null }): Promise<Region> {
    const region = await this.getRegion(ref);
    if (!this.mayReadRegion(actor, region.id)) throw DomainError.notFound('Deze regio');
    return region;
  }

  async schoolFor(actor: Actor, id: string): Promise<School> {
    return this.readable(actor, await this.getSchool(id), 'Deze school');
  }

  async leerlabFor(actor: Actor, id: string): Promise<Leerlab> {
    return this.readable(actor, await this.getLeerlab(id), 'Dit leerlab');
  }

  async leerrouteFor(actor: Actor, id: string): Promise<Leerroute> {
    return this.readable(actor, await this.getLeerroute(id), 'Deze leerroute');
  }

  /**
   * A person as the directory shows them: to themselves and platform beheerders always; to anyone
   * else signed in only when the person has a membership somewhere (as `searchPeople` lists them),
   * so a person made for an invited unknown address is not confirmed to exist. Contact details
   * follow the contact rule (`mayViewContactOf`), memberships `visibleMemberships`.
   */
  async personFor(actor: Actor, id: string): Promise<Person> {
    const person = await this.getPerson(id);
    if (actor.personId === person.id || isPlatformAdmin(actor)) return person;
    if (!(await this.repo.findMembershipsByPersonIds([person.id])).length) throw DomainError.notFound('Deze persoon');
    return person;
  }

  /** A person's memberships as the actor may see them: all for the person and platform beheerders, otherwise those in regions the actor may read. */
  visibleMemberships(actor: Actor, personId: string, memberships: readonly Membership[]): Membership[] {
    if (actor.personId === personId || isPlatformAdmin(actor)) return [...memberships];
    return memberships.filter((m) => this.mayReadRegion(actor, m.regionId));
  }

  // ---------- reads for other core services (no actor: they check their own rules) ----------

  listRegions(): Promise<Region[]> {
    return this.repo.listRegions();
  }

  async getRegion(ref: { id?: string | null; slug?: string | null }): Promise<Region> {
    if (ref.id) return this.one(this.repo.findRegionsByIds, ref.id, 'Deze regio');
    if (ref.slug) {
      const region = await this.repo.findRegionBySlug(ref.slug);
      if (!region) throw DomainError.notFound('Deze regio');
      return region;
    }
    throw DomainError.badInput([{ field: 'id', message: 'Geef het id of de slug van de regio.' }]);
  }

  getSchool(id: string): Promise<School> {
    return this.one(this.repo.findSchoolsByIds, id, 'Deze school');
  }

  getLeerlab(id: string): Promise<Leerlab> {
    return this.one(this.repo.findLeerlabsByIds, id, 'Dit leerlab');
  }

  getPerson(id: string): Promise<Person> {
    return this.one(this.repo.findPersonsByIds, id, 'Deze persoon');
  }

  getLeerroute(id: string): Promise<Leerroute> {
    return this.one(this.repo.findLeerroutesByIds, id, 'Deze leerroute');
  }

  /** Names behind e-mail addresses the caller already knows (the demo personas' sign-in list). */
  async namesByEmail(emails: readonly string[]): Promise<Map<string, string>> {
    const found = await Promise.all(emails.map((email) => this.repo.findPersonByEmail(email)));
    return new Map(found.filter((p): p is Person => p !== null).map((p) => [p.email.toLowerCase(), p.name]));
  }

  /** The people directory: names for everyone signed in; an address matches only where the actor may see it. */
  async searchPeople(actor: Actor, query: { regionId?: string | null; search?: string | null }): Promise<Person[]> {
    // A region's member list is its own (the tenant rule): filtering on another region is refused as unknown.
    if (query.regionId && (!isUuid(query.regionId) || !this.mayReadRegion(actor, query.regionId))) throw DomainError.notFound('Deze regio');
    const search = query.search?.trim().slice(0, 100) || null;
    const emailVisibleIn = isPlatformAdmin(actor) ? null : { regionIds: regionIdsOf(actor), selfId: actor.personId };
    return this.repo.searchPersons({ regionId: query.regionId ?? null, search, limit: 200, emailVisibleIn });
  }

  // Batch reads for DataLoaders (results in any order; loaders put them in key order).
  regionsByIds = (ids: readonly string[]) => this.repo.findRegionsByIds(ids.filter(isUuid));
  schoolsByIds = (ids: readonly string[]) => this.repo.findSchoolsByIds(ids.filter(isUuid));
  schoolsByRegionIds = (ids: readonly string[]) => this.repo.findSchoolsByRegionIds(ids);
  leerlabsByIds = (ids: readonly string[]) => this.repo.findLeerlabsByIds(ids.filter(isUuid));
  leerlabsByRegionIds = (ids: readonly string[]) => this.repo.findLeerlabsByRegionIds(ids);
  personsByIds = (ids: readonly string[]) => this.repo.findPersonsByIds(ids.filter(isUuid));
  membershipsByPersonIds = (ids: readonly string[]) => this.repo.findMembershipsByPersonIds(ids);
  membershipsByRegionIds = (ids: readonly string[]) => this.repo.findMembershipsByRegionIds(ids);
  membershipsBySchoolIds = (ids: readonly string[]) => this.repo.findMembershipsBySchoolIds(ids);
  leerroutesByRegionIds = (ids: readonly string[]) => this.repo.findLeerroutesByRegionIds(ids);
  countsByRegionIds = async (ids: readonly string[]): Promise<RegionCounts[]> => {
    const counts = await this.repo.countsForRegions(ids);
    return ids.map((id) => counts.get(id) ?? { schools: 0, leerlabs: 0, people: 0, leerroutes: 0 });
  };

  // ---------- regions ----------

  async createRegion(actor: Actor, input: CreateRegionInput): Promise<Region> {
    if (!isPlatformAdmin(actor)) throw DomainError.forbidden('Alleen platformbeheerders mogen regio’s aanmaken.');
    const check = new InputCheck();
    const slug = check.text('slug', input.slug, { label: 'De korte naam (slug)', required: true, max: 60 });
    if (slug && !SLUG.test(slug)) check.fail('slug', 'De slug bestaat uit kleine letters, cijfers en streepjes, zoals noord-west-veluwe.');
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 120 });
    const description = check.text('description', input.description, { label: 'De beschrijving', max: 2000 });
    check.done();
    return this.write(actor, 'region', 'created', async () => {
      const region = await this.repo.insertRegion({ slug: slug as string, name: name as string, description });
      return { result: region, regionId: region.id, entityId: region.id };
    });
  }

  async updateRegion(actor: Actor, input: UpdateRegionInput): Promise<Region> {
    const region = await this.getRegion({ id: input.id });
    if (!hasRegionRole(actor, region.id, ['BEHEERDER'])) throw DomainError.forbidden('Alleen beheerders mogen de regio wijzigen.');
    const check = new InputCheck();
    const name = input.name === undefined || input.name === null ? region.name : check.text('name', input.name, { label: 'De naam', required: true, max: 120 });
    const description = input.description === undefined ? region.description : check.text('description', input.description, { label: 'De beschrijving', max: 2000 });
    check.done();
    return this.write(actor, 'region', 'updated', async () => ({
      result: await this.repo.updateRegion(region.id, { name: name as string, description }),
      regionId: region.id,
      entityId: region.id,
    }));
  }

  // ---------- schools ----------

  async createSchool(actor: Actor, input: CreateSchoolInput): Promise<School> {
    const region = await this.getRegion({ id: input.regionId });
    this.assertCanManage(actor, region.id);
    const data = this.checkSchool(input, null);
    return this.write(actor, 'school', 'created', async () => {
      const school = await this.repo.insertSchool({ regionId: region.id, ...data });
      return { result: school, regionId: region.id, entityId: school.id };
    });
  }

  async updateSchool(actor: Actor, input: UpdateSchoolInput): Promise<School> {
    const school = await this.getSchool(input.id);
    this.assertCanManage(actor, school.regionId);
    const data = this.checkSchool(input, school);
    return this.write(actor, 'school', 'updated', async () => ({
      result: await this.repo.updateSchool(school.id, data),
      regionId: school.regionId,
      entityId: school.id,
    }));
  }

  private checkSchool(input: Loose<CreateSchoolInput>, current: School | null): Omit<School, 'id' | 'regionId' | 'createdAt' | 'updatedAt'> {
    const check = new InputCheck();
    const keep = <T>(value: T | null | undefined, fallback: T) => (value === undefined ? fallback : value);
    const name = check.text('name', keep(input.name, current?.name), { label: 'De naam', required: true, max: 160 });
    const kind = check.oneOf('kind', keep(input.kind, current?.kind), SCHOOL_KINDS, 'Het soort school');
    const koepel = check.text('koepel', keep(input.koepel, current?.koepel), { label: 'De koepel', max: 160 });
    const brin = check.text('brin', keep(input.brin, current?.brin), { label: 'De BRIN-code', max: 6 });
    if (brin && !/^[0-9]{2}[A-Z]{2}$/i.test(brin)) check.fail('brin', 'Een BRIN-code bestaat uit twee cijfers en twee letters, zoals 02VR.');
    const website = check.url('website', keep(input.website, current?.website), 'De website');
    const locations: SchoolLocationInput[] = keep(input.locations, current?.locations) ?? [];
    if (locations.length > 50) check.fail('locations', 'Een school heeft hoogstens 50 locaties.');
    const cleanLocations: SchoolLocation[] = locations.map((loc, i) => ({
      name: check.text(`locations.${i}.name`, loc.name, { label: 'De naam van de locatie', required: true, max: 160 }) ?? '',
      address: check.text(`locations.${i}.address`, loc.address, { label: 'Het adres', max: 200 }),
      city: check.text(`locations.${i}.city`, loc.city, { label: 'De plaats', required: true, max: 100 }) ?? '',
    }));
    check.done();
    return { name: name as string, kind, koepel, brin: brin?.toUpperCase() ?? null, website, locations: cleanLocations };
  }

  // ---------- leerlabs ----------

  async createLeerlab(actor: Actor, input: CreateLeerlabInput): Promise<Leerlab> {
    const region = await this.getRegion({ id: input.regionId });
    this.assertCanManage(actor, region.id);
    const data = await this.checkLeerlab(input, region.id, null);
    return this.write(actor, 'leerlab', 'created', async () => {
      const leerlab = await this.repo.insertLeerlab({ regionId: region.id, ...data });
      return { result: leerlab, regionId: region.id, entityId: leerlab.id };
    });
  }

  async updateLeerlab(actor: Actor, input: UpdateLeerlabInput): Promise<Leerlab> {
    const leerlab = await this.getLeerlab(input.id);
    this.assertCanManage(actor, leerlab.regionId);
    const data = await this.checkLeerlab(input, leerlab.regionId, leerlab);
    return this.write(actor, 'leerlab', 'updated', async () => ({
      result: await this.repo.updateLeerlab(leerlab.id, data),
      regionId: leerlab.regionId,
      entityId: leerlab.id,
    }));
  }

  private async checkLeerlab(
    input: Loose<CreateLeerlabInput>,
    regionId: string,
    current: Leerlab | null,
  ): Promise<Omit<Leerlab, 'id' | 'regionId'>> {
    const check = new InputCheck();
    const keep = <T>(value: T | null | undefined, fallback: T) => (value === undefined || value === null ? fallback : value);
    const name = check.text('name', keep(input.name, current?.name), { label: 'De naam', required: true, max: 160 });
    const round = check.int('round', keep(input.round, current?.round), { label: 'De ronde', min: 2018, max: 2100, required: true });
    const startYear = check.int('startYear', keep(input.startYear, current?.startYear), { label: 'Het startjaar', min: 2000, max: 2100, required: true });
    const theme = check.text('theme', input.theme === undefined ? current?.theme : input.theme, { label: 'Het thema', max: 200 });
    const description = check.text('description', input.description === undefined ? current?.description : input.description, { label: 'De beschrijving', max: 4000 });
    const schoolIds = [...new Set(input.schoolIds ?? current?.schoolIds ?? [])];
    const schools = await this.repo.findSchoolsByIds(schoolIds.filter(isUuid));
    if (schools.length !== schoolIds.length || schools.some((s) => s.regionId !== regionId)) {
      check.fail('schoolIds', 'Kies alleen scholen uit deze regio.');
    }
    check.done();
    return { name: name as string, round: round as number, startYear: startYear as number, theme, description, schoolIds };
  }

  // ---------- people & memberships ----------

  /**
   * A new person record. Only platform beheerders create people directly (with a password if
   * they like); a region's managers bring people in with an invitation (`inviteToRegion`).
   */
  async createPerson(actor: Actor, input: CreatePersonInput): Promise<Person> {
    if (!isPlatformAdmin(actor)) throw DomainError.forbidden('Alleen platformbeheerders maken mensen direct aan; nodig iemand uit voor je regio.');
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 160 });
    const email = check.email('email', input.email);
    const jobTitle = check.text('jobTitle', input.jobTitle, { label: 'De functie', max: 160 });
    check.done();
    return this.uow.run(async () => {
      if (email && (await this.repo.findPersonByEmail(email))) {
        throw DomainError.conflict('Er is al iemand met dit e-mailadres.', 'email');
      }
      const person = await this.repo.insertPerson({ name: name as string, email: email as string, jobTitle, systemRole: null });
      if (input.password) await this.credentials.setPassword(person.id, input.password);
      return person;
    });
  }

  /**
   * A person's own record (name, e-mail address, function): the identity rule decides who may
   * change it (the person or a platform beheerder). A changed address by someone else ends the
   * person's sessions everywhere; the person's own change re-checks their live connections.
   */
  async updatePerson(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    const person = await this.getPerson(input.id);
    assertMayChangeIdentity(actor, person.id);
    const check = new InputCheck();
    const name = input.name == null ? person.name : check.text('name', input.name, { label: 'De naam', required: true, max: 160 });
    const email = input.email == null ? person.email : check.email('email', input.email);
    const jobTitle = input.jobTitle === undefined ? person.jobTitle : check.text('jobTitle', input.jobTitle, { label: 'De functie', max: 160 });
    check.done();
    return this.uow.run(async () => {
      const emailChanged = (email as string).toLowerCase() !== person.email.toLowerCase();
      if (emailChanged) {
        const other = await this.repo.findPersonByEmail(email as string);
        if (other && other.id !== person.id) throw DomainError.conflict('Er is al iemand met dit e-mailadres.', 'email');
      }
      const updated = await this.repo.updatePerson(person.id, { name: name as string, email: email as string, jobTitle });
      // The name shows in every region the person belongs to (e.g. as an owner on the dashboard):
      // tell those regions after commit, so cached answers and sessions there are refreshed at once.
      const regionIds = [...new Set((await this.repo.findMembershipsByPersonIds([person.id])).map((m) => m.regionId))];
      const at = new Date().toISOString();
      this.uow.afterCommit(async () => {
        for (const regionId of regionIds) {
          await this.events.emit('region.activity', { regionId, entity: 'person', entityId: person.id, action: 'updated', actorId: actor.personId, actorName: actor.name, at });
        }
        if (emailChanged && actor.personId !== person.id) await this.credentials.endSessionsOf(person.id);
        else if (emailChanged) await this.events.emit('identity.sessions-changed', { sessionIdHash: null, personId: person.id });
      });
      return updated;
    });
  }

  /** The contact rule (one place): may the actor see this person's e-mail address? */
  async mayViewContactOf(actor: Actor, personId: string, memberships?: readonly Membership[]): Promise<boolean> {
    if (actor.personId === personId || isPlatformAdmin(actor)) return true;
    const of = memberships ?? (await this.repo.findMembershipsByPersonIds([personId]));
    return mayViewContact(actor, { id: personId, regionIds: of.filter((m) => m.personId === personId).map((m) => m.regionId) });
  }

  /** The actor a person would be now (their memberships from storage): for access without a session, e.g. a calendar feed. */
  async actorOf(personId: string): Promise<Actor | null> {
    const [person] = isUuid(personId) ? await this.repo.findPersonsByIds([personId]) : [];
    if (!person) return null;
    const memberships = await this.repo.findMembershipsByPersonIds([person.id]);
    return {
      personId: person.id,
      name: person.name,
      email: person.email,
      systemRole: person.systemRole,
      memberships: memberships.map((m) => ({ regionId: m.regionId, schoolId: m.schoolId, role: m.role })),
    };
  }

  /**
   * A membership written directly: a platform beheerder's act (and the demo seed). A region's
   * beheerders and verbinders invite instead; the membership exists once the person accepts.
   */
  async addMembership(actor: Actor, input: AddMembershipInput): Promise<Membership> {
    const { role, layer, school, region } = await this.checkMembershipTarget(actor, input);
    if (!isPlatformAdmin(actor)) {
      throw DomainError.forbidden('Iemand aan een regio toevoegen gaat met een uitnodiging die de persoon zelf accepteert.');
    }
    const person = await this.getPerson(input.personId);
    return this.write(actor, 'membership', 'created', async () => {
      const membership = await this.repo.insertMembership({ personId: person.id, regionId: region.id, schoolId: school?.id ?? null, role, layer });
      await this.notifications.notify([person.id], {
        kind: 'membership.added',
        title: `Je bent toegevoegd aan ${school?.name ?? region.name}`,
        body: `Rol: ${role.toLowerCase().replace('_', '-')}.`,
        link: `/regio/${region.slug}`,
      });
      this.rightsChanged(person.id);
      return { result: membership, regionId: region.id, entityId: membership.id };
    });
  }

  /** Role, layer and place (a school or the region) of a membership or invitation, and whether the actor may give that role there. */
  private async checkMembershipTarget(
    actor: Actor,
    input: { regionId?: string | null; schoolId?: string | null; role: string; layer: string },
  ): Promise<{ role: Membership['role']; layer: Membership['layer']; school: School | null; region: Region }> {
    const check = new InputCheck();
    const role = check.oneOf('role', input.role as Membership['role'], MEMBERSHIP_ROLES, 'De rol');
    const layer = check.oneOf('layer', input.layer as Membership['layer'], MEMBERSHIP_LAYERS, 'De laag');
    if (Boolean(input.regionId) === Boolean(input.schoolId)) {
      check.fail('schoolId', 'Kies een school óf een regio voor dit lidmaatschap.');
    }
    check.done();
    const school = input.schoolId ? await this.getSchool(input.schoolId) : null;
    const region = await this.getRegion({ id: school ? school.regionId : input.regionId });
    this.assertCanManage(actor, region.id);
    if (role === 'BEHEERDER' && !hasRegionRole(actor, region.id, ['BEHEERDER'])) {
      throw DomainError.forbidden('Alleen beheerders mogen iemand beheerder maken.');
    }
    return { role, layer, school, region };
  }

  async removeMembership(actor: Actor, id: string): Promise<boolean> {
    const membership = await this.one(this.repo.findMembershipsByIds, id, 'Dit lidmaatschap');
    this.assertCanManage(actor, membership.regionId);
    if (membership.role === 'BEHEERDER' && !hasRegionRole(actor, membership.regionId, ['BEHEERDER'])) {
      throw DomainError.forbidden('Alleen beheerders mogen een beheerder verwijderen.');
    }
    return this.write(actor, 'membership', 'deleted', async () => {
      await this.repo.deleteMembership(membership.id);
      this.rightsChanged(membership.personId);
      return { result: true, regionId: membership.regionId, entityId: membership.id };
    });
  }

  /** After commit: the person's live connections on every node are re-checked (rooms and subscriptions they lost end). */
  private rightsChanged(personId: string): void {
    this.uow.afterCommit(() => this.events.emit('identity.sessions-changed', { sessionIdHash: null, personId }));
  }

  // ---------- invitations ----------

  /**
   * Invites a person into the region (or one of its schools) with a role. The answer is the same
   * whether or not the address is known on the platform: an unknown address gets a person record
   * without a password (they sign in later, e.g. with a reset link or their school account).
   */
  async inviteToRegion(actor: Actor, input: InviteToRegionInput): Promise<RegionInvitation> {
    const check = new InputCheck();
    const byId = input.personId ?? null;
    const email = byId ? null : check.email('email', input.email);
    const invitedName = check.text('name', input.name, { label: 'De naam', max: 160 });
    if (byId && !isUuid(byId)) check.fail('personId', 'Kies een bestaande persoon.');
    check.done();
    const { role, layer, school, region } = await this.checkMembershipTarget(actor, input);
    return this.uow.run(async () => {
      let person = byId ? (await this.repo.findPersonsByIds([byId]))[0] : await this.repo.findPersonByEmail(email as string);
      if (!person && byId) throw DomainError.notFound('Deze persoon');
      if (!person) {
        const fallbackName = (email as string).split('@')[0];
        person = await this.repo.insertPerson({ name: invitedName ?? fallbackName, email: email as string, jobTitle: null, systemRole: null });
      }
      const open = (await this.repo.findOpenInvitations({ personId: person.id })).find(
        (i) => i.regionId === region.id && i.schoolId === (school?.id ?? null) && i.role === role,
      );
      if (open) return open;
      const invitation = await this.repo.insertInvitation({
        regionId: region.id,
        schoolId: school?.id ?? null,
        personId: person.id,
        email: email ?? '',
        invitedName,
        role,
        layer,
        invitedById: actor.personId,
      });
      await this.notifications.notify([person.id], {
        kind: 'membership.invited',
        title: `Uitnodiging voor ${school?.name ?? region.name}`,
        body: `${actor.name} nodigt je uit als ${role.toLowerCase().replace('_', '-')}. Accepteer of weiger de uitnodiging.`,
        link: '/uitnodigingen',
      });
      return invitation;
    });
  }

  /** The actor's own open invitations. */
  myInvitations(actor: Actor): Promise<RegionInvitation[]> {
    return this.repo.findOpenInvitations({ personId: actor.personId });
  }

  /** A region's open invitations (its managers only). */
  async regionInvitations(actor: Actor, regionId: string): Promise<RegionInvitation[]> {
    const region = await this.getRegion({ id: regionId });
    this.assertCanManage(actor, region.id);
    return this.repo.findOpenInvitations({ regionId: region.id });
  }

  /** Accepting makes the membership; only the invited person can (anyone else: NOT_FOUND). */
  async acceptInvitation(actor: Actor, id: string): Promise<Membership> {
    const invitation = await this.ownOpenInvitation(actor, id);
    const region = await this.getRegion({ id: invitation.regionId });
    return this.write(actor, 'membership', 'created', async () => {
      if (!(await this.repo.answerInvitation(invitation.id, 'ACCEPTED', new Date()))) throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
      const existing = (await this.repo.findMembershipsByPersonIds([actor.personId])).find(
        (m) => m.regionId === invitation.regionId && m.schoolId === invitation.schoolId && m.role === invitation.role,
      );
      const membership =
        existing ??
        (await this.repo.insertMembership({ personId: actor.personId, regionId: invitation.regionId, schoolId: invitation.schoolId, role: invitation.role, layer: invitation.layer }));
      if (invitation.invitedById && invitation.invitedById !== actor.personId) {
        await this.notifications.notify([invitation.invitedById], {
          kind: 'membership.accepted',
          title: `${actor.name} heeft je uitnodiging geaccepteerd`,
          body: `${actor.name} is nu lid van ${region.name}.`,
          link: `/regio/${region.slug}`,
        });
      }
      this.rightsChanged(actor.personId);
      return { result: membership, regionId: invitation.regionId, entityId: membership.id };
    });
  }

  async declineInvitation(actor: Actor, id: string): Promise<RegionInvitation> {
    const invitation = await this.ownOpenInvitation(actor, id);
    const at = new Date();
    if (!(await this.uow.run(() => this.repo.answerInvitation(invitation.id, 'DECLINED', at)))) throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
    return { ...invitation, status: 'DECLINED', respondedAt: at };
  }

  private async ownOpenInvitation(actor: Actor, id: string): Promise<RegionInvitation> {
    const [invitation] = isUuid(id) ? await this.repo.findInvitationsByIds([id]) : [];
    // Someone else's invitation is not confirmed to exist.
    if (!invitation || invitation.personId !== actor.personId) throw DomainError.notFound('Deze uitnodiging');
    if (invitation.status !== 'OPEN') throw DomainError.conflict('Deze uitnodiging is al beantwoord.');
    return invitation;
  }

  // ---------- leerroutes ----------

  async createLeerroute(actor: Actor, input: LeerrouteInput): Promise<Leerroute> {
    const data = await this.checkLeerroute(actor, input);
    return this.write(actor, 'leerroute', 'created', async () => {
      const route = await this.repo.insertLeerroute(data);
      await this.notifyRegionManagers(actor, route, 'toegevoegd');
      return { result: route, regionId: route.regionId, entityId: route.id };
    });
  }

  async updateLeerroute(actor: Actor, id: string, input: LeerrouteInput): Promise<Leerroute> {
    const current = await this.getLeerroute(id);
    this.assertCanManage(actor, current.regionId);
    if (input.regionId !== current.regionId) {
      throw DomainError.badInput([{ field: 'regionId', message: 'Een leerroute kan niet naar een andere regio verhuizen.' }]);
    }
    const data = await this.checkLeerroute(actor, input);
    return this.write(actor, 'leerroute', 'updated', async () => {
      const route = await this.repo.updateLeerroute(id, data);
      await this.notifyRegionManagers(actor, route, 'gewijzigd');
      return { result: route, regionId: route.regionId, entityId: route.id };
    });
  }

  async deleteLeerroute(actor: Actor, id: string): Promise<boolean> {
    const route = await this.getLeerroute(id);
    this.assertCanManage(actor, route.regionId);
    return this.write(actor, 'leerroute', 'deleted', async () => {
      await this.repo.deleteLeerroute(id);
      return { result: true, regionId: route.regionId, entityId: id };
    });
  }

  private async checkLeerroute(actor: Actor, input: LeerrouteInput): Promise<Omit<Leerroute, 'id' | 'updatedAt'>> {
    const region = await this.getRegion({ id: input.regionId });
    this.assertCanManage(actor, region.id);
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 200 });
    const routeType = check.oneOf('routeType', input.routeType, ROUTE_TYPES, 'Het soort leerroute');
    const phase = check.oneOf('phase', input.phase, ROUTE_PHASES, 'De fase');
    const vmboLeerweg = check.oneOf('vmboLeerweg', input.vmboLeerweg, VMBO_LEERWEGEN, 'De vmbo-leerweg');
    const vmboProfiel = check.text('vmboProfiel', input.vmboProfiel, { label: 'Het vmbo-profiel', required: true, max: 120 });
    const mboOpleiding = check.text('mboOpleiding', input.mboOpleiding, { label: 'De mbo-opleiding', required: true, max: 160 });
    const mboNiveau = check.int('mboNiveau', input.mboNiveau, { label: 'Het mbo-niveau', min: 1, max: 4, required: true });
    const mboLeerweg = check.oneOf('mboLeerweg', input.mboLeerweg, MBO_LEERWEGEN, 'De mbo-leerweg (BOL of BBL)');
    const vmboExamScope = check.oneOf('vmboExamScope', input.vmboExamScope, VMBO_EXAM_SCOPES, 'De omvang van het vmbo-examen');
    if (!Number.isInteger(input.shorteningMonths)) check.fail('shorteningMonths', 'De verkorting is een heel aantal maanden.');
    const startYear = check.int('startYear', input.startYear, { label: 'Het startjaar', min: 2000, max: 2100 });
    const vmboExamLastRouteYear = check.int('vmboExamLastRouteYear', input.vmboExamLastRouteYear, { label: 'Het routejaar', min: -10, max: 10 });
    const bpvStartRouteYear = check.int('bpvStartRouteYear', input.bpvStartRouteYear, { label: 'Het routejaar van de BPV', min: -10, max: 10 });
    const agreementSignedOn = check.date('agreementSignedOn', input.agreementSignedOn, 'De datum van de samenwerkingsovereenkomst');
    const duoVoRegisteredOn = check.date('duoVoRegisteredOn', input.duoVoRegisteredOn, 'De datum van de DUO-melding (vo)');
    const duoMboRegisteredOn = check.date('duoMboRegisteredOn', input.duoMboRegisteredOn, 'De datum van de DUO-melding (mbo)');
    const targetGroup = check.text('targetGroup', input.targetGroup, { label: 'De doelgroep', max: 500 });
    const description = check.text('description', input.description, { label: 'De beschrijving', max: 4000 });
    if (input.leerlabId && !isUuid(input.leerlabId)) check.fail('leerlabId', 'Kies een bestaand leerlab.');
    if (input.voSchoolId && !isUuid(input.voSchoolId)) check.fail('voSchoolId', 'Kies een bestaande vo-school.');
    if (input.mboSchoolId && !isUuid(input.mboSchoolId)) check.fail('mboSchoolId', 'Kies een bestaande mbo-instelling.');
    check.done();

    const [leerlab] = input.leerlabId ? await this.repo.findLeerlabsByIds([input.leerlabId]) : [null];
    const [voSchool] = input.voSchoolId ? await this.repo.findSchoolsByIds([input.voSchoolId]) : [null];
    const [mboSchool] = input.mboSchoolId ? await this.repo.findSchoolsByIds([input.mboSchoolId]) : [null];
    const refs = new InputCheck();
    if (input.leerlabId && (!leerlab || leerlab.regionId !== region.id)) refs.fail('leerlabId', 'Kies een leerlab uit deze regio.');
    if (input.voSchoolId && !voSchool) refs.fail('voSchoolId', 'Kies een bestaande vo-school.');
    if (input.mboSchoolId && !mboSchool) refs.fail('mboSchoolId', 'Kies een bestaande mbo-instelling.');
    refs.done();

    const data: Omit<Leerroute, 'id' | 'updatedAt'> = {
      regionId: region.id,
      leerlabId: leerlab?.id ?? null,
      name: name as string,
      routeType,
      phase,
      vmboLeerweg,
      vmboProfiel: vmboProfiel as string,
      mboOpleiding: mboOpleiding as string,
      mboNiveau: mboNiveau as number,
      mboLeerweg,
      shorteningMonths: input.shorteningMonths,
      vmboExamScope,
      vmboExamLastRouteYear,
      bpvStartRouteYear,
      voSchoolId: voSchool?.id ?? null,
      mboSchoolId: mboSchool?.id ?? null,
      agreementSignedOn,
      duoVoRegisteredOn,
      duoMboRegisteredOn,
      fundingTransferAgreed: Boolean(input.fundingTransferAgreed),
      startYear,
      targetGroup,
      description,
    };
    assertLeerrouteRules(data, { voSchool: voSchool ?? null, mboSchool: mboSchool ?? null });
    return data;
  }

  private async notifyRegionManagers(actor: Actor, route: Leerroute, verb: string): Promise<void> {
    const memberships = await this.repo.findMembershipsByRegionIds([route.regionId]);
    const recipients = memberships
      .filter((m) => m.role === 'VERBINDER' || m.role === 'BEHEERDER')
      .map((m) => m.personId)
      .filter((id) => id !== actor.personId);
    await this.notifications.notify(recipients, {
      kind: `leerroute.${verb}`,
      title: `Leerroute ${verb}: ${route.name}`,
      body: `${actor.name} heeft de leerroute ${verb}.`,
      link: `/leerroute/${route.id}`,
    });
  }

  // ---------- helpers ----------

  private async one<T>(finder: (ids: readonly string[]) => Promise<T[]>, id: string, what: string): Promise<T> {
    if (!isUuid(id)) throw DomainError.notFound(what);
    const [found] = await finder.call(this.repo, [id]);
    if (!found) throw DomainError.notFound(what);
    return found;
  }

  /** One transaction for the write and its notifications; the activity event goes out after commit. */
  private write<T>(
    actor: Actor,
    entity: RegionEntity,
    action: ActivityAction,
    work: () => Promise<{ result: T; regionId: string; entityId: string }>,
  ): Promise<T> {
    return this.uow.run(async () => {
      const { result, regionId, entityId } = await work();
      this.uow.afterCommit(() =>
        this.events.emit('region.activity', {
          regionId,
          entity,
          entityId,
          action,
          actorId: actor.personId,
          actorName: actor.name,
          at: new Date().toISOString(),
        }),
      );
      return result;
    });
  }
}
