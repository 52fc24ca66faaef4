import type { AuditEntry, CannedReply, Company, CompanyContact, LoketMessage, LoketRequest, RequestFilter, RoutingRule, SignInLink, SlaPolicy } from './loket.types';

export const LOKET_REPOSITORY = Symbol('LOKET_REPOSITORY');

export type RequestWrite = Omit<LoketRequest, 'id' | 'createdAt' | 'updatedAt' | 'reference'>;

export interface LoketRepository {
  findCompanyByKvk(regionId: string, kvk: string): Promise<Company | null>;
  insertCompany(data: Omit<Company, 'id' | 'createdAt'>): Promise<Company>;
  updateCompany(id: string, data: Partial<Pick<Company, 'name' | 'sector' | 'location'>>): Promise<Company>;
  findCompaniesByIds(ids: readonly string[]): Promise<Company[]>;

  insertRequest(data: RequestWrite): Promise<LoketRequest>;
  updateRequest(id: string, data: Partial<RequestWrite>): Promise<LoketRequest>;
  findRequestById(id: string): Promise<LoketRequest | null>;
  findRequestByTokenHash(tokenHash: string): Promise<LoketRequest | null>;
  /** Newest first, at most 500. */
  listRequests(regionId: string, filter: RequestFilter | null): Promise<LoketRequest[]>;
  /** Requests of the region created in [from, to), not merged into another. */
  listRequestsCreatedBetween(regionId: string, from: Date, to: Date): Promise<LoketRequest[]>;
  /** A contact e-mail's requests in a region that are neither anonymised nor merged, newest first. */
  listRequestsByContact(regionId: string, email: string): Promise<LoketRequest[]>;
  /** Requests not AFGEROND, in every region (for the SLA sweep). */
  listOpenRequests(limit: number): Promise<LoketRequest[]>;

  /** Moves the messages and ledger entries of one request to another (merge). */
  moveHistory(fromId: string, toId: string): Promise<void>;
  listRequestsByCompany(companyId: string): Promise<LoketRequest[]>;
  /** Closed, not yet anonymised requests closed before `before`. */
  listExpired(before: Date, limit: number): Promise<LoketRequest[]>;
  updateMessage(id: string, data: { body: string; authorName: string }): Promise<void>;
  clearContactNotes(companyId: string): Promise<void>;
  insertMessage(data: Omit<LoketMessage, 'id' | 'createdAt'>): Promise<LoketMessage>;
  listMessages(requestId: string): Promise<LoketMessage[]>;
  /** The messages written on this request (and its status link), also after a merge moved them. */
  listOwnMessages(requestId: string): Promise<LoketMessage[]>;

  listRules(regionId: string): Promise<RoutingRule[]>;
  insertRule(data: Omit<RoutingRule, 'id' | 'createdAt'>): Promise<RoutingRule>;
  deleteRule(id: string): Promise<RoutingRule | null>;

  findSlaPolicy(regionId: string): Promise<SlaPolicy | null>;
  upsertSlaPolicy(policy: SlaPolicy): Promise<SlaPolicy>;

  insertContacts(rows: Array<Omit<CompanyContact, 'id'>>): Promise<CompanyContact[]>;
  /** Approaches of the company at or after `since`, newest first. */
  listContacts(companyId: string, since: Date): Promise<CompanyContact[]>;
  listCompanies(regionId: string, search: string | null): Promise<Company[]>;

  listCannedReplies(regionId: string): Promise<CannedReply[]>;
  findCannedReply(id: string): Promise<CannedReply | null>;
  /** The region's reply with this title (case-insensitive), if any. */
  findCannedReplyByTitle(regionId: string, title: string): Promise<CannedReply | null>;
  insertCannedReply(data: Omit<CannedReply, 'id' | 'updatedAt'>): Promise<CannedReply>;
  updateCannedReply(id: string, data: Pick<CannedReply, 'title' | 'body'>): Promise<CannedReply>;
  deleteCannedReply(id: string): Promise<boolean>;

  insertAudit(rows: Array<Omit<AuditEntry, 'id'>>): Promise<void>;
  listAudit(requestId: string): Promise<AuditEntry[]>;
  /** Whether the person has a VIEWED entry with this `what` for the request at or after `since`. */
  hasViewedSince(requestId: string, personId: string, what: string, since: Date): Promise<boolean>;

  insertSignInLink(data: Omit<SignInLink, 'id' | 'createdAt' | 'usedAt'>): Promise<void>;
  findSignInLink(tokenHash: string): Promise<SignInLink | null>;
  /** Marks the link used if it was not; false when another request used it first. */
  useSignInLink(id: string, at: Date): Promise<boolean>;
  deleteSignInLinksBefore(before: Date): Promise<number>;

  /**
   * Marks an intake form token as used until `expiresAt` (and forgets tokens that expired
   * before `now`); false when it was used before. Runs in the intake's transaction.
   */
  spendFormToken(tokenHash: string, expiresAt: Date, now: Date): Promise<boolean>;
}
