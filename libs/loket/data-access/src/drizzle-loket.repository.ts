import { Injectable } from '@nestjs/common';
import type {
  AuditEntry,
  CannedReply,
  Company,
  CompanyContact,
  LoketMessage,
  LoketRepository,
  LoketRequest,
  RequestFilter,
  RequestWrite,
  RoutingRule,
  SignInLink,
  SlaPolicy,
} from '@verbinder/loket/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, ne, or, SQL, sql } from 'drizzle-orm';
import {
  loketSpentFormTokens,
  loketAudit,
  loketCannedReplies,
  loketCompanies,
  loketContacts,
  loketMessages,
  loketRequests,
  loketRoutingRules,
  loketSignInLinks,
  loketSlaPolicies,
} from './loket.tables';

type RequestRow = typeof loketRequests.$inferSelect;
const toRequest = (r: RequestRow): LoketRequest => ({ ...r, reference: `L-${r.id.slice(0, 8).toUpperCase()}` });
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class DrizzleLoketRepository extends DrizzleRepository implements LoketRepository {
  findCompanyByKvk(regionId: string, kvk: string): Promise<Company | null> {
    return this.findOne(loketCompanies, and(eq(loketCompanies.regionId, regionId), eq(loketCompanies.kvk, kvk)));
  }

  insertCompany(data: Omit<Company, 'id' | 'createdAt'>): Promise<Company> {
    return this.insertOne(loketCompanies, data);
  }

  updateCompany(id: string, data: Partial<Pick<Company, 'name' | 'sector' | 'location'>>): Promise<Company> {
    return this.updateOne(loketCompanies, eq(loketCompanies.id, id), data);
  }

  findCompaniesByIds(ids: readonly string[]): Promise<Company[]> {
    return this.findIn(loketCompanies, loketCompanies.id, ids);
  }

  async insertRequest(data: RequestWrite): Promise<LoketRequest> {
    const [row] = await this.db.insert(loketRequests).values(data).returning();
    return toRequest(row);
  }

  async updateRequest(id: string, data: Partial<RequestWrite>): Promise<LoketRequest> {
    return toRequest(await this.updateOne(loketRequests, eq(loketRequests.id, id), { ...data, updatedAt: new Date() }));
  }

  async findRequestById(id: string): Promise<LoketRequest | null> {
    const [row] = await this.db.select().from(loketRequests).where(eq(loketRequests.id, id));
    return row ? toRequest(row) : null;
  }

  async findRequestByTokenHash(tokenHash: string): Promise<LoketRequest | null> {
    const [row] = await this.db.select().from(loketRequests).where(eq(loketRequests.tokenHash, tokenHash));
    return row ? toRequest(row) : null;
  }

  async listRequests(regionId: string, filter: RequestFilter | null): Promise<LoketRequest[]> {
    const f = filter ?? { includeClosed: true };
    const conditions: Array<SQL | undefined> = [eq(loketRequests.regionId, regionId)];
    if (f.statuses?.length) conditions.push(inArray(loketRequests.status, f.statuses));
    if (!f.includeClosed && !f.statuses?.includes('AFGEROND')) conditions.push(ne(loketRequests.status, 'AFGEROND'));
    if (f.types?.length) conditions.push(inArray(loketRequests.type, f.types));
    if (f.ownerId) conditions.push(eq(loketRequests.ownerId, f.ownerId));
    if (f.schoolId) conditions.push(sql`${loketRequests.schoolIds} @> ${JSON.stringify([f.schoolId])}::jsonb`);
    if (f.anySchoolIds) {
      if (f.anySchoolIds.length === 0) return [];
      conditions.push(or(...f.anySchoolIds.map((id) => sql`${loketRequests.schoolIds} @> ${JSON.stringify([id])}::jsonb`)));
    }
    if (f.search) {
      const pattern = likePattern(f.search);
      conditions.push(
        or(
          ilike(loketCompanies.name, pattern),
          ilike(loketCompanies.kvk, pattern),
          ilike(loketRequests.contactName, pattern),
          sql`('L-' || upper(left(${loketRequests.id}::text, 8))) ilike ${pattern}`,
        ),
      );
    }
    const rows = await this.db
      .select({ request: loketRequests })
      .from(loketRequests)
      .innerJoin(loketCompanies, eq(loketCompanies.id, loketRequests.companyId))
      .where(and(...conditions))
      .orderBy(desc(loketRequests.createdAt), desc(loketRequests.id))
      .limit(500);
    return rows.map((r) => toRequest(r.request));
  }

  async listRequestsCreatedBetween(regionId: string, from: Date, to: Date): Promise<LoketRequest[]> {
    const rows = await this.db
      .select()
      .from(loketRequests)
      .where(and(eq(loketRequests.regionId, regionId), gte(loketRequests.createdAt, from), lt(loketRequests.createdAt, to), isNull(loketRequests.mergedIntoId)))
      .orderBy(asc(loketRequests.createdAt))
      .limit(20000);
    return rows.map(toRequest);
  }

  async listRequestsByContact(regionId: string, email: string): Promise<LoketRequest[]> {
    const rows = await this.db
      .select()
      .from(loketRequests)
      .where(and(eq(loketRequests.regionId, regionId), eq(loketRequests.contactEmail, email), isNull(loketRequests.anonymisedAt), isNull(loketRequests.mergedIntoId)))
      .orderBy(desc(loketRequests.createdAt))
      .limit(200);
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
    // Each message remembers the request it was written on, so each status link keeps showing only its own conversation.
    await this.db
      .update(loketMessages)
      .set({ requestId: toId, originRequestId: sql`coalesce(${loketMessages.originRequestId}, ${loketMessages.requestId})` })
      .where(eq(loketMessages.requestId, fromId));
    await this.db.update(loketContacts).set({ requestId: toId }).where(eq(loketContacts.requestId, fromId));
  }

  insertMessage(data: Omit<LoketMessage, 'id' | 'createdAt'>): Promise<LoketMessage> {
    return this.insertOne(loketMessages, data);
  }

  listMessages(requestId: string): Promise<LoketMessage[]> {
    return this.db.select().from(loketMessages).where(eq(loketMessages.requestId, requestId)).orderBy(asc(loketMessages.createdAt), asc(loketMessages.id));
  }

  listOwnMessages(requestId: string): Promise<LoketMessage[]> {
    return this.db
      .select()
      .from(loketMessages)
      .where(or(eq(loketMessages.originRequestId, requestId), and(eq(loketMessages.requestId, requestId), isNull(loketMessages.originRequestId))))
      .orderBy(asc(loketMessages.createdAt), asc(loketMessages.id));
  }

  listRules(regionId: string): Promise<RoutingRule[]> {
    return this.db.select().from(loketRoutingRules).where(eq(loketRoutingRules.regionId, regionId)).orderBy(asc(loketRoutingRules.createdAt));
  }

  insertRule(data: Omit<RoutingRule, 'id' | 'createdAt'>): Promise<RoutingRule> {
    return this.insertOne(loketRoutingRules, data);
  }

  async deleteRule(id: string): Promise<RoutingRule | null> {
    const [row] = await this.db.delete(loketRoutingRules).where(eq(loketRoutingRules.id, id)).returning();
    return row ?? null;
  }

  findSlaPolicy(regionId: string): Promise<SlaPolicy | null> {
    return this.findOne(loketSlaPolicies, eq(loketSlaPolicies.regionId, regionId));
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
    const pattern = search ? likePattern(search) : null;
    return this.db
      .select()
      .from(loketCompanies)
      .where(and(eq(loketCompanies.regionId, regionId), pattern ? ilike(loketCompanies.name, pattern) : undefined))
      .orderBy(asc(loketCompanies.name))
      .limit(200);
  }

  async spendFormToken(tokenHash: string, expiresAt: Date, now: Date): Promise<boolean> {
    await this.db.delete(loketSpentFormTokens).where(lt(loketSpentFormTokens.expiresAt, now));
    const inserted = await this.db.insert(loketSpentFormTokens).values({ tokenHash, expiresAt }).onConflictDoNothing().returning({ tokenHash: loketSpentFormTokens.tokenHash });
    return inserted.length === 1;
  }

  listCannedReplies(regionId: string): Promise<CannedReply[]> {
    return this.db.select().from(loketCannedReplies).where(eq(loketCannedReplies.regionId, regionId)).orderBy(asc(loketCannedReplies.title));
  }

  findCannedReply(id: string): Promise<CannedReply | null> {
    return this.findOne(loketCannedReplies, eq(loketCannedReplies.id, id));
  }

  findCannedReplyByTitle(regionId: string, title: string): Promise<CannedReply | null> {
    return this.findOne(loketCannedReplies, and(eq(loketCannedReplies.regionId, regionId), sql`lower(${loketCannedReplies.title}) = lower(${title})`));
  }

  insertCannedReply(data: Omit<CannedReply, 'id' | 'updatedAt'>): Promise<CannedReply> {
    return this.insertOne(loketCannedReplies, data);
  }

  updateCannedReply(id: string, data: Pick<CannedReply, 'title' | 'body'>): Promise<CannedReply> {
    return this.updateOne(loketCannedReplies, eq(loketCannedReplies.id, id), { ...data, updatedAt: new Date() });
  }

  deleteCannedReply(id: string): Promise<boolean> {
    return this.deleteWhere(loketCannedReplies, eq(loketCannedReplies.id, id), loketCannedReplies.id);
  }

  async insertAudit(rows: Array<Omit<AuditEntry, 'id'>>): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insert(loketAudit).values(rows);
  }

  listAudit(requestId: string): Promise<AuditEntry[]> {
    return this.db.select().from(loketAudit).where(eq(loketAudit.requestId, requestId)).orderBy(desc(loketAudit.at), desc(loketAudit.id)).limit(1000);
  }

  async hasViewedSince(requestId: string, personId: string, what: string, since: Date): Promise<boolean> {
    const [row] = await this.db
      .select({ id: loketAudit.id })
      .from(loketAudit)
      .where(and(eq(loketAudit.requestId, requestId), eq(loketAudit.personId, personId), eq(loketAudit.action, 'VIEWED'), eq(loketAudit.what, what), gte(loketAudit.at, since)))
      .limit(1);
    return !!row;
  }

  async insertSignInLink(data: Omit<SignInLink, 'id' | 'createdAt' | 'usedAt'>): Promise<void> {
    await this.db.insert(loketSignInLinks).values(data);
  }

  findSignInLink(tokenHash: string): Promise<SignInLink | null> {
    return this.findOne(loketSignInLinks, eq(loketSignInLinks.tokenHash, tokenHash));
  }

  async useSignInLink(id: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(loketSignInLinks)
      .set({ usedAt: at })
      .where(and(eq(loketSignInLinks.id, id), isNull(loketSignInLinks.usedAt)))
      .returning({ id: loketSignInLinks.id });
    return rows.length > 0;
  }

  async deleteSignInLinksBefore(before: Date): Promise<number> {
    const rows = await this.db.delete(loketSignInLinks).where(lt(loketSignInLinks.expiresAt, before)).returning({ id: loketSignInLinks.id });
    return rows.length;
  }
}
