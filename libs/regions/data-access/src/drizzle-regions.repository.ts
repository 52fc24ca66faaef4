import { Injectable } from '@nestjs/common';
import { conflictOnUnique, DrizzleRepository } from '@verbinder/platform/db';
import type { Leerlab, Leerroute, Membership, Person, Region, RegionCounts, RegionInvitation, RegionsRepository, School } from '@verbinder/regions/core';
import { MembershipLayer, MembershipRole } from '@verbinder/shared/kernel';
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { leerlabSchools, leerlabs, leerroutes, memberships, persons, regionInvitations, regions, schools } from './regions.tables';

type LeerlabRow = typeof leerlabs.$inferSelect;
type MembershipRow = typeof memberships.$inferSelect;
type PersonRow = typeof persons.$inferSelect;

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  email: row.email,
  jobTitle: row.jobTitle,
  systemRole: row.systemRole ?? null,
  ...(row.erasedAt || row.erasureRequestedAt ? { erased: true } : {}),
});

const toMembership = (row: MembershipRow): Membership => ({
  id: row.id,
  personId: row.personId,
  regionId: row.regionId,
  schoolId: row.schoolId,
  role: row.role as MembershipRole,
  layer: row.layer as MembershipLayer,
});

const toInvitation = (row: typeof regionInvitations.$inferSelect): RegionInvitation => ({
  ...row,
  role: row.role as MembershipRole,
  layer: row.layer as MembershipLayer,
});

const toLeerroute = (row: typeof leerroutes.$inferSelect): Leerroute => {
  const { createdAt: _created, ...rest } = row;
  return rest;
};

@Injectable()
export class DrizzleRegionsRepository extends DrizzleRepository implements RegionsRepository {
  // ---------- regions ----------

  listRegions(): Promise<Region[]> {
    return this.db.select().from(regions).orderBy(asc(regions.name));
  }

  findRegionsByIds(ids: readonly string[]): Promise<Region[]> {
    return this.findIn(regions, regions.id, ids);
  }

  findRegionBySlug(slug: string): Promise<Region | null> {
    return this.findOne(regions, eq(regions.slug, slug.toLowerCase()));
  }

  insertRegion(data: { slug: string; name: string; description: string | null }): Promise<Region> {
    return conflictOnUnique(this.insertOne(regions, data), 'Er is al een regio met deze slug.', 'slug');
  }

  updateRegion(id: string, patch: Partial<Region>): Promise<Region> {
    return this.updateOne(regions, eq(regions.id, id), { name: patch.name, description: patch.description, updatedAt: new Date() });
  }

  async countsForRegions(ids: readonly string[]): Promise<Map<string, RegionCounts>> {
    const result = new Map<string, RegionCounts>();
    if (ids.length === 0) return result;
    const list = [...ids];
    const count = sql<number>`count(*)::int`;
    const [s, l, p, r] = await Promise.all([
      this.db.select({ id: schools.regionId, n: count }).from(schools).where(inArray(schools.regionId, list)).groupBy(schools.regionId),
      this.db.select({ id: leerlabs.regionId, n: count }).from(leerlabs).where(inArray(leerlabs.regionId, list)).groupBy(leerlabs.regionId),
      this.db
        .select({ id: memberships.regionId, n: sql<number>`count(distinct ${memberships.personId})::int` })
        .from(memberships)
        .where(inArray(memberships.regionId, list))
        .groupBy(memberships.regionId),
      this.db.select({ id: leerroutes.regionId, n: count }).from(leerroutes).where(inArray(leerroutes.regionId, list)).groupBy(leerroutes.regionId),
    ]);
    for (const id of list) result.set(id, { schools: 0, leerlabs: 0, people: 0, leerroutes: 0 });
    const put = (rows: Array<{ id: string; n: number }>, key: keyof RegionCounts) => {
      for (const row of rows) (result.get(row.id) as RegionCounts)[key] = Number(row.n);
    };
    put(s, 'schools');
    put(l, 'leerlabs');
    put(p, 'people');
    put(r, 'leerroutes');
    return result;
  }

  // ---------- schools ----------

  findSchoolsByIds(ids: readonly string[]): Promise<School[]> {
    return this.findIn(schools, schools.id, ids);
  }

  findSchoolsByRegionIds(regionIds: readonly string[]): Promise<School[]> {
    return this.findIn(schools, schools.regionId, regionIds, asc(schools.name));
  }

  insertSchool(data: Omit<School, 'id' | 'createdAt' | 'updatedAt'>): Promise<School> {
    return conflictOnUnique(this.insertOne(schools, data), 'Er is al een school met deze naam in de regio.', 'name');
  }

  async updateSchool(id: string, patch: Partial<School>): Promise<School> {
    const { id: _id, regionId: _region, createdAt: _c, updatedAt: _u, ...values } = patch;
    return conflictOnUnique(this.updateOne(schools, eq(schools.id, id), { ...values, updatedAt: new Date() }), 'Er is al een school met deze naam in de regio.', 'name');
  }

  // ---------- leerlabs ----------

  private async withSchools(rows: LeerlabRow[]): Promise<Leerlab[]> {
    if (rows.length === 0) return [];
    const links = await this.findIn(
      leerlabSchools,
      leerlabSchools.leerlabId,
      rows.map((r) => r.id),
    );
    return rows.map(({ createdAt: _c, updatedAt: _u, ...row }) => ({
      ...row,
      schoolIds: links.filter((l) => l.leerlabId === row.id).map((l) => l.schoolId),
    }));
  }

  async findLeerlabsByIds(ids: readonly string[]): Promise<Leerlab[]> {
    return this.withSchools(await this.findIn(leerlabs, leerlabs.id, ids));
  }

  async findLeerlabsByRegionIds(regionIds: readonly string[]): Promise<Leerlab[]> {
    return this.withSchools(await this.findIn(leerlabs, leerlabs.regionId, regionIds, asc(leerlabs.startYear), asc(leerlabs.name)));
  }

  async insertLeerlab(data: Omit<Leerlab, 'id'>): Promise<Leerlab> {
    const { schoolIds, ...values } = data;
    return this.database.transaction(async () => {
      const row = await conflictOnUnique(this.insertOne(leerlabs, values), 'Er is al een leerlab met deze naam in de regio.', 'name');
      if (schoolIds.length) await this.db.insert(leerlabSchools).values(schoolIds.map((schoolId) => ({ leerlabId: row.id, schoolId })));
      return { ...(await this.withSchools([row]))[0] };
    });
  }

  async updateLeerlab(id: string, patch: Partial<Leerlab>): Promise<Leerlab> {
    const { schoolIds, id: _id, regionId: _r, ...values } = patch;
    return this.database.transaction(async () => {
      const row = await conflictOnUnique(this.updateOne(leerlabs, eq(leerlabs.id, id), { ...values, updatedAt: new Date() }), 'Er is al een leerlab met deze naam in de regio.', 'name');
      if (schoolIds) {
        await this.db.delete(leerlabSchools).where(eq(leerlabSchools.leerlabId, id));
        if (schoolIds.length) await this.db.insert(leerlabSchools).values(schoolIds.map((schoolId) => ({ leerlabId: id, schoolId })));
      }
      return (await this.withSchools([row]))[0];
    });
  }

  // ---------- people ----------

  async findPersonsByIds(ids: readonly string[]): Promise<Person[]> {
    return (await this.findIn(persons, persons.id, ids)).map(toPerson);
  }

  async findPersonByEmail(email: string): Promise<Person | null> {
    const [row] = await this.db
      .select()
      .from(persons)
      .where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
    return row ? toPerson(row) : null;
  }

  async searchPersons(query: { regionId?: string | null; search?: string | null; limit: number; emailVisibleIn: { regionIds: string[]; selfId: string } | null }): Promise<Person[]> {
    const conditions = [];
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // An address matches only where the searcher may see it (the contact rule): no finding out
      // who is behind an address of another region.
      const visible = query.emailVisibleIn;
      const emailMatch = visible
        ? and(
            ilike(persons.email, pattern),
            or(
              eq(persons.id, visible.selfId),
              visible.regionIds.length ? inArray(persons.id, this.db.select({ id: memberships.personId }).from(memberships).where(inArray(memberships.regionId, visible.regionIds))) : undefined,
            ),
          )
        : ilike(persons.email, pattern);
      conditions.push(or(ilike(persons.name, pattern), emailMatch, ilike(persons.jobTitle, pattern)));
    }
    if (query.regionId) {
      conditions.push(inArray(persons.id, this.db.select({ id: memberships.personId }).from(memberships).where(eq(memberships.regionId, query.regionId))));
    }
    // Outside a platform beheerder's view only people with a membership are listed: a person made by
    // an invitation to an unknown address stays out of sight until they accept, so the directory
    // does not tell an inviter whether the address was known.
    if (query.emailVisibleIn) conditions.push(inArray(persons.id, this.db.select({ id: memberships.personId }).from(memberships)));
    const rows = await this.db
      .select()
      .from(persons)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(persons.name))
      .limit(query.limit);
    return rows.map(toPerson);
  }

  async insertPerson(data: Omit<Person, 'id'>): Promise<Person> {
    const row = await conflictOnUnique(this.insertOne(persons, data), 'Er is al iemand met dit e-mailadres.', 'email');
    return toPerson(row);
  }

  async updatePerson(id: string, patch: Partial<Person>): Promise<Person> {
    const { id: _id, ...values } = patch;
    const row = await conflictOnUnique(this.updateOne(persons, eq(persons.id, id), { ...values, updatedAt: new Date() }), 'Er is al iemand met dit e-mailadres.', 'email');
    return toPerson(row);
  }

  // ---------- memberships ----------

  private async membershipsWhere(condition: ReturnType<typeof eq>): Promise<Membership[]> {
    return (await this.db.select().from(memberships).where(condition).orderBy(asc(memberships.createdAt))).map(toMembership);
  }

  async findMembershipsByIds(ids: readonly string[]): Promise<Membership[]> {
    return ids.length ? this.membershipsWhere(inArray(memberships.id, [...ids])) : [];
  }

  async findMembershipsByPersonIds(personIds: readonly string[]): Promise<Membership[]> {
    return personIds.length ? this.membershipsWhere(inArray(memberships.personId, [...personIds])) : [];
  }

  async findMembershipsByRegionIds(regionIds: readonly string[]): Promise<Membership[]> {
    return regionIds.length ? this.membershipsWhere(inArray(memberships.regionId, [...regionIds])) : [];
  }

  async findMembershipsBySchoolIds(schoolIds: readonly string[]): Promise<Membership[]> {
    return schoolIds.length ? this.membershipsWhere(inArray(memberships.schoolId, [...schoolIds])) : [];
  }

  async insertMembership(data: Omit<Membership, 'id'>): Promise<Membership> {
    const row = await conflictOnUnique(this.insertOne(memberships, data), 'Deze persoon heeft deze rol hier al.', 'role');
    return toMembership(row);
  }

  async deleteMembership(id: string): Promise<void> {
    await this.db.delete(memberships).where(eq(memberships.id, id));
  }

  // ---------- invitations ----------

  async insertInvitation(data: Omit<RegionInvitation, 'id' | 'createdAt' | 'respondedAt' | 'status'>): Promise<RegionInvitation> {
    const [row] = await this.db.insert(regionInvitations).values(data).returning();
    return toInvitation(row);
  }

  async findInvitationsByIds(ids: readonly string[]): Promise<RegionInvitation[]> {
    return (await this.findIn(regionInvitations, regionInvitations.id, ids)).map(toInvitation);
  }

  async findOpenInvitations(by: { personId: string } | { regionId: string }): Promise<RegionInvitation[]> {
    const owner = 'personId' in by ? eq(regionInvitations.personId, by.personId) : eq(regionInvitations.regionId, by.regionId);
    const rows = await this.db
      .select()
      .from(regionInvitations)
      .where(and(owner, eq(regionInvitations.status, 'OPEN')))
      .orderBy(desc(regionInvitations.createdAt));
    return rows.map(toInvitation);
  }

  async answerInvitation(id: string, status: 'ACCEPTED' | 'DECLINED', at: Date): Promise<boolean> {
    const rows = await this.db
      .update(regionInvitations)
      .set({ status, respondedAt: at })
      .where(and(eq(regionInvitations.id, id), eq(regionInvitations.status, 'OPEN')))
      .returning({ id: regionInvitations.id });
    return rows.length === 1;
  }

  // ---------- leerroutes ----------

  async findLeerroutesByIds(ids: readonly string[]): Promise<Leerroute[]> {
    return (await this.findIn(leerroutes, leerroutes.id, ids)).map(toLeerroute);
  }

  async findLeerroutesByRegionIds(regionIds: readonly string[]): Promise<Leerroute[]> {
    return (await this.findIn(leerroutes, leerroutes.regionId, regionIds, asc(leerroutes.name))).map(toLeerroute);
  }

  async insertLeerroute(data: Omit<Leerroute, 'id' | 'updatedAt'>): Promise<Leerroute> {
    const [row] = await this.db.insert(leerroutes).values(data).returning();
    return toLeerroute(row);
  }

  async updateLeerroute(id: string, data: Omit<Leerroute, 'id' | 'updatedAt'>): Promise<Leerroute> {
    return toLeerroute(await this.updateOne(leerroutes, eq(leerroutes.id, id), { ...data, updatedAt: new Date() }));
  }

  async deleteLeerroute(id: string): Promise<void> {
    await this.db.delete(leerroutes).where(eq(leerroutes.id, id));
  }
}
