import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion, isPlatformAdmin, isUuid, mayViewContact, regionIdsOf, InputCheck } from '@verbinder/shared/kernel';
import { canManageRegion, findOne, RegionWriter } from './region-writes';
import { REGIONS_REPOSITORY, RegionsRepository } from './regions-repository.port';
import { CreateRegionInput, Leerlab, Leerroute, Membership, Person, Region, RegionCounts, School, UpdateRegionInput } from './regions.types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Regions and the reads of the regions domain. Every method that answers a person takes the
 * acting person and decides authorization itself (the tenant rule, docs/security.md): a region's
 * bare facts (id, slug, name, description) are public, its contents (schools, leerlabs,
 * leerroutes, memberships, counts) are for its members and platform beheerders; managing a region
 * is for its beheerders and verbinders (and platform beheerders). The actor-less getters below are
 * for other core services, which check their own rules. Writes of a region's contents live in
 * SchoolsService, LeerlabsService, PeopleService, MembershipsService and LeerroutesService.
 */
@Injectable()
export class RegionsService {
  constructor(
    @Inject(REGIONS_REPOSITORY) private readonly repo: RegionsRepository,
    private readonly writer: RegionWriter,
  ) {}

  // ---------- authorization ----------

  canManageRegion(actor: Actor, regionId: string): boolean {
    return canManageRegion(actor, regionId);
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
    return this.writer.write(actor, 'region', 'created', async () => {
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
    return this.writer.write(actor, 'region', 'updated', async () => ({
      result: await this.repo.updateRegion(region.id, { name: name as string, description }),
      regionId: region.id,
      entityId: region.id,
    }));
  }

  // ---------- helpers ----------

  private one<T>(finder: (ids: readonly string[]) => Promise<T[]>, id: string, what: string): Promise<T> {
    return findOne(this.repo, finder, id, what);
  }
}
