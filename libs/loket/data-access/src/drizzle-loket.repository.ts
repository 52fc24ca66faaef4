import { Injectable } from '@nestjs/common';
import type { Company, CompanyContact, LoketMessage, LoketRepository, LoketRequest, RequestStatus, RequestWrite, RoutingRule, SlaPolicy } from '@verbinder/loket/core';
import { Database } from '@verbinder/platform/db';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, ne } from 'drizzle-orm';
import { loketAttempts, loketCompanies, loketContacts, loketMessages, loketRequests, loketRoutingRules, loketSlaPolicies } from './loket.tables';

type RequestRow = typeof loketRequests.$inferSelect;
const toRequest = (r: RequestRow): LoketRequest => ({ ...r, reference: `L-${r.id.slice(0, 8).toUpperCase()}` });

@Injectable()
export class DrizzleLoketRepository implements LoketRepository {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  async findCompanyByKvk(regionId: string, kvk: string): Promise<Company | null> {
    const [row] = await this.db.select().from(loketCompanies).where(and(eq(loketCompanies.regionId, regionId), eq(loketCompanies.kvk, kvk)));
    return row ?? null;
  }

  async insertCompany(data: Omit<Company, 'id' | 'createdAt'>): Promise<Company> {
    const [row] = await this.db.insert(loketCompanies).values(data).returning();
    return row;
  }

  async updateCompany(id: string, data: Partial<Pick<Company, 'name' | 'sector' | 'location'>>): Promise<Company> {
    const [row] = await this.db.update(loketCompanies).set(data).where(eq(loketCompanies.id, id)).returning();
    return row;
  }

  async findCompaniesByIds(ids: readonly string[]): Promise<Company[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(loketCompanies).where(inArray(loketCompanies.id, [...ids]));
  }

  async insertRequest(data: RequestWrite): Promise<LoketRequest> {
    const [row] = await this.db.insert(loketRequests).values(data).returning();
    return toRequest(row);
  }

  async updateRequest(id: string, data: Partial<RequestWrite>): Promise<LoketRequest> {
    const [row] = await this.db.update(loketRequests).set({ ...data, updatedAt: new Date() }).where(eq(loketRequests.id, id)).returning();
    return toRequest(row);
  }

  async findRequestById(id: string): Promise<LoketRequest | null> {
    const [row] = await this.db.select().from(loketRequests).where(eq(loketRequests.id, id));
    return row ? toRequest(row) : null;
  }

  async findRequestByTokenHash(tokenHash: string): Promise<LoketRequest | null> {
    const [row] = await this.db.select().from(loketRequests).where(eq(loketRequests.tokenHash, tokenHash));
    return row ? toRequest(row) : null;
  }

  async listRequests(regionId: string, status: RequestStatus | null): Promise<LoketRequest[]> {
    const rows = await this.db
      .select()
      .from(loketRequests)
      .where(and(eq(loketRequests.regionId, regionId), status ? eq(loketRequests.status, status) : undefined))
      .orderBy(desc(loketRequests.createdAt))
      .limit(500);
    return rows.map(toRequest);
  }

  async listOpenRequests(limit: number): Promise<LoketRequest[]> {
    const rows = await this.db.select().from(loketRequests).where(ne(loketRequests.status, 'AFGEROND')).orderBy(asc(loketRequests.createdAt)).limit(limit);
    return rows.map(toRequest);
  }

  async listRequestsByCompany(companyId: string): Promise<LoketRequest[]> {
    const rows = await this.db.select().from(loketRequests).where(eq(loketRequests.companyId, companyId)).orderBy(asc(loketRequests.createdAt));
    return rows.map(toRequest);
  }

  async listExpired(before: Date, limit: number): Promise<LoketRequest[]> {
    const rows = await this.db
      .select()
      .from(loketRequests)
      .where(and(eq(loketRequests.status, 'AFGEROND'), lt(loketRequests.closedAt, before), isNull(loketRequests.anonymisedAt)))
      .limit(limit);
    return rows.map(toRequest);
  }

  async updateMessage(id: string, data: { body: string; authorName: string }): Promise<void> {
    await this.db.update(loketMessages).set(data).where(eq(loketMessages.id, id));
  }

  async clearContactNotes(companyId: string): Promise<void> {
    await this.db.update(loketContacts).set({ note: null }).where(eq(loketContacts.companyId, companyId));
  }

  async moveHistory(fromId: string, toId: string): Promise<void> {
    await this.db.update(loketMessages).set({ requestId: toId }).where(eq(loketMessages.requestId, fromId));
    await this.db.update(loketContacts).set({ requestId: toId }).where(eq(loketContacts.requestId, fromId));
  }

  async insertMessage(data: Omit<LoketMessage, 'id' | 'createdAt'>): Promise<LoketMessage> {
    const [row] = await this.db.insert(loketMessages).values(data).returning();
    return row;
  }

  listMessages(requestId: string): Promise<LoketMessage[]> {
    return this.db.select().from(loketMessages).where(eq(loketMessages.requestId, requestId)).orderBy(asc(loketMessages.createdAt), asc(loketMessages.id));
  }

  listRules(regionId: string): Promise<RoutingRule[]> {
    return this.db.select().from(loketRoutingRules).where(eq(loketRoutingRules.regionId, regionId)).orderBy(asc(loketRoutingRules.createdAt));
  }

  async insertRule(data: Omit<RoutingRule, 'id' | 'createdAt'>): Promise<RoutingRule> {
    const [row] = await this.db.insert(loketRoutingRules).values(data).returning();
    return row;
  }

  async deleteRule(id: string): Promise<RoutingRule | null> {
    const [row] = await this.db.delete(loketRoutingRules).where(eq(loketRoutingRules.id, id)).returning();
    return row ?? null;
  }

  async findSlaPolicy(regionId: string): Promise<SlaPolicy | null> {
    const [row] = await this.db.select().from(loketSlaPolicies).where(eq(loketSlaPolicies.regionId, regionId));
    return row ?? null;
  }

  async upsertSlaPolicy(policy: SlaPolicy): Promise<SlaPolicy> {
    const { regionId: _regionId, ...rest } = policy;
    const [row] = await this.db.insert(loketSlaPolicies).values(policy).onConflictDoUpdate({ target: loketSlaPolicies.regionId, set: rest }).returning();
    return row;
  }

  async insertContacts(rows: Array<Omit<CompanyContact, 'id'>>): Promise<CompanyContact[]> {
    if (rows.length === 0) return [];
    return this.db.insert(loketContacts).values(rows).returning();
  }

  listContacts(companyId: string, since: Date): Promise<CompanyContact[]> {
    return this.db
      .select()
      .from(loketContacts)
      .where(and(eq(loketContacts.companyId, companyId), gte(loketContacts.contactedAt, since)))
      .orderBy(desc(loketContacts.contactedAt))
      .limit(500);
  }

  listCompanies(regionId: string, search: string | null): Promise<Company[]> {
    const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.db
      .select()
      .from(loketCompanies)
      .where(and(eq(loketCompanies.regionId, regionId), pattern ? ilike(loketCompanies.name, pattern) : undefined))
      .orderBy(asc(loketCompanies.name))
      .limit(200);
  }

  async recordAttempt(key: string, at: Date): Promise<void> {
    await this.db.insert(loketAttempts).values({ key, attemptedAt: at });
  }

  async countAttempts(key: string, since: Date): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(loketAttempts).where(and(eq(loketAttempts.key, key), gte(loketAttempts.attemptedAt, since)));
    return Number(row?.n ?? 0);
  }
}
