import type { Company, CompanyContact, LoketMessage, LoketRequest, RequestStatus, RoutingRule, SlaPolicy } from './loket.types';

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
  listRequests(regionId: string, status: RequestStatus | null): Promise<LoketRequest[]>;
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

  listRules(regionId: string): Promise<RoutingRule[]>;
  insertRule(data: Omit<RoutingRule, 'id' | 'createdAt'>): Promise<RoutingRule>;
  deleteRule(id: string): Promise<RoutingRule | null>;

  findSlaPolicy(regionId: string): Promise<SlaPolicy | null>;
  upsertSlaPolicy(policy: SlaPolicy): Promise<SlaPolicy>;

  insertContacts(rows: Array<Omit<CompanyContact, 'id'>>): Promise<CompanyContact[]>;
  /** Approaches of the company at or after `since`, newest first. */
  listContacts(companyId: string, since: Date): Promise<CompanyContact[]>;
  listCompanies(regionId: string, search: string | null): Promise<Company[]>;

  recordAttempt(key: string, at: Date): Promise<void>;
  countAttempts(key: string, since: Date): Promise<number>;
}
