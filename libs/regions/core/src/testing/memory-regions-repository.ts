// A stateful in-memory RegionsRepository for unit specs (no database). Ids are UUIDs so the
// services' id checks apply as in production.
import { randomUUID } from 'node:crypto';
import type { Clock } from '@verbinder/shared/kernel';
import type { RegionsRepository } from '../regions-repository.port';
import type { Leerlab, Leerroute, Membership, Person, Region, RegionCounts, RegionInvitation, School } from '../regions.types';
import { insertRow, removeRow } from '@verbinder/shared/kernel/testing';

const byIds = <T extends { id: string }>(rows: T[], ids: readonly string[]) => rows.filter((r) => ids.includes(r.id));
const byRegion = <T extends { regionId: string }>(rows: T[], ids: readonly string[]) => rows.filter((r) => ids.includes(r.regionId));

export class MemoryRegionsRepository implements RegionsRepository {
  readonly regions: Region[] = [];
  readonly schools: School[] = [];
  readonly leerlabs: Leerlab[] = [];
  readonly persons: Person[] = [];
  readonly memberships: Membership[] = [];
  readonly invitations: RegionInvitation[] = [];
  readonly leerroutes: Leerroute[] = [];

  constructor(private readonly clock: Clock) {}

  private patch<T extends { id: string }>(rows: T[], id: string, patch: Partial<T>): T {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`no row ${id}`);
    return { ...Object.assign(row, patch) };
  }

  async listRegions() {
    return [...this.regions];
  }
  async findRegionsByIds(ids: readonly string[]) {
    return byIds(this.regions, ids);
  }
  async findRegionBySlug(slug: string) {
    return this.regions.find((r) => r.slug === slug) ?? null;
  }
  async insertRegion(data: { slug: string; name: string; description: string | null }) {
    if (this.regions.some((r) => r.slug === data.slug)) throw new Error('duplicate slug');
    return { ...insertRow(this.regions, { ...data, id: randomUUID(), createdAt: this.clock.now(), updatedAt: this.clock.now() }) };
  }
  async updateRegion(id: string, patch: Partial<Region>) {
    return this.patch(this.regions, id, { ...patch, updatedAt: this.clock.now() });
  }
  async countsForRegions(ids: readonly string[]) {
    const counts = new Map<string, RegionCounts>();
    for (const id of ids) {
      const people = new Set(this.memberships.filter((m) => m.regionId === id).map((m) => m.personId)).size;
      counts.set(id, { schools: byRegion(this.schools, [id]).length, leerlabs: byRegion(this.leerlabs, [id]).length, people, leerroutes: byRegion(this.leerroutes, [id]).length });
    }
    return counts;
  }

  async findSchoolsByIds(ids: readonly string[]) {
    return byIds(this.schools, ids);
  }
  async findSchoolsByRegionIds(ids: readonly string[]) {
    return byRegion(this.schools, ids);
  }
  async insertSchool(data: Omit<School, 'id' | 'createdAt' | 'updatedAt'>) {
    return { ...insertRow(this.schools, { ...data, id: randomUUID(), createdAt: this.clock.now(), updatedAt: this.clock.now() }) };
  }
  async updateSchool(id: string, patch: Partial<School>) {
    return this.patch(this.schools, id, { ...patch, updatedAt: this.clock.now() });
  }

  async findLeerlabsByIds(ids: readonly string[]) {
    return byIds(this.leerlabs, ids);
  }
  async findLeerlabsByRegionIds(ids: readonly string[]) {
    return byRegion(this.leerlabs, ids);
  }
  async insertLeerlab(data: Omit<Leerlab, 'id'>) {
    return { ...insertRow(this.leerlabs, { ...data, id: randomUUID() }) };
  }
  async updateLeerlab(id: string, patch: Partial<Leerlab>) {
    return this.patch(this.leerlabs, id, patch);
  }

  async findPersonsByIds(ids: readonly string[]) {
    return byIds(this.persons, ids);
  }
  async findPersonByEmail(email: string) {
    return this.persons.find((p) => p.email.toLowerCase() === email.toLowerCase()) ?? null;
  }
  async searchPersons(query: { regionId?: string | null; search?: string | null; limit: number; emailVisibleIn: { regionIds: string[]; selfId: string } | null }) {
    const regionsOf = (p: Person) => this.memberships.filter((m) => m.personId === p.id).map((m) => m.regionId);
    const s = query.search?.toLowerCase() ?? null;
    return this.persons
      .filter((p) => !query.regionId || regionsOf(p).includes(query.regionId))
      .filter((p) => !query.emailVisibleIn || regionsOf(p).length > 0)
      .filter((p) => {
        if (!s) return true;
        const emailVisible = !query.emailVisibleIn || p.id === query.emailVisibleIn.selfId || regionsOf(p).some((r) => query.emailVisibleIn?.regionIds.includes(r));
        return p.name.toLowerCase().includes(s) || (emailVisible && p.email.toLowerCase().includes(s));
      })
      .slice(0, query.limit);
  }
  async insertPerson(data: Omit<Person, 'id'>) {
    return { ...insertRow(this.persons, { ...data, id: randomUUID() }) };
  }
  async updatePerson(id: string, patch: Partial<Person>) {
    return this.patch(this.persons, id, patch);
  }

  async findMembershipsByIds(ids: readonly string[]) {
    return byIds(this.memberships, ids);
  }
  async findMembershipsByPersonIds(ids: readonly string[]) {
    return this.memberships.filter((m) => ids.includes(m.personId));
  }
  async findMembershipsByRegionIds(ids: readonly string[]) {
    return byRegion(this.memberships, ids);
  }
  async findMembershipsBySchoolIds(ids: readonly string[]) {
    return this.memberships.filter((m) => m.schoolId && ids.includes(m.schoolId));
  }
  async insertMembership(data: Omit<Membership, 'id'>) {
    return { ...insertRow(this.memberships, { ...data, id: randomUUID() }) };
  }
  async deleteMembership(id: string) {
    removeRow(this.memberships, id);
  }

  async insertInvitation(data: Omit<RegionInvitation, 'id' | 'createdAt' | 'respondedAt' | 'status'>) {
    return { ...insertRow<RegionInvitation>(this.invitations, { ...data, id: randomUUID(), status: 'OPEN', createdAt: this.clock.now(), respondedAt: null }) };
  }
  async findInvitationsByIds(ids: readonly string[]) {
    return byIds(this.invitations, ids).map((i) => ({ ...i }));
  }
  async findOpenInvitations(by: { personId: string } | { regionId: string }) {
    const open = this.invitations.filter((i) => i.status === 'OPEN' && ('personId' in by ? i.personId === by.personId : i.regionId === by.regionId));
    return open.reverse().map((i) => ({ ...i }));
  }
  async answerInvitation(id: string, status: 'ACCEPTED' | 'DECLINED', at: Date) {
    const invitation = this.invitations.find((i) => i.id === id && i.status === 'OPEN');
    if (!invitation) return false;
    Object.assign(invitation, { status, respondedAt: at });
    return true;
  }

  async findLeerroutesByIds(ids: readonly string[]) {
    return byIds(this.leerroutes, ids);
  }
  async findLeerroutesByRegionIds(ids: readonly string[]) {
    return byRegion(this.leerroutes, ids);
  }
  async insertLeerroute(data: Omit<Leerroute, 'id' | 'updatedAt'>) {
    return { ...insertRow(this.leerroutes, { ...data, id: randomUUID(), updatedAt: this.clock.now() }) };
  }
  async updateLeerroute(id: string, data: Omit<Leerroute, 'id' | 'updatedAt'>) {
    return this.patch(this.leerroutes, id, { ...data, updatedAt: this.clock.now() });
  }
  async deleteLeerroute(id: string) {
    removeRow(this.leerroutes, id);
  }
}
