import { randomUUID } from 'node:crypto';
import { recordingNotifications } from '@verbinder/notifications/core/testing';
import type { AppConfig } from '@verbinder/platform/config';
import { inMemoryRegions } from '@verbinder/regions/core';
import { Actor, ActorMembership, Clock, DomainError, UnitOfWork } from '@verbinder/shared/kernel';
import { ManualClock, MemoryAttemptLog, MemoryOutbox, RecordingEvents, insertRow } from '@verbinder/shared/kernel/testing';
import { LoketAccessService } from '../loket-access.service';
import { LoketCannedRepliesService } from '../loket-canned-replies.service';
import { LoketCompanyService } from '../loket-company.service';
import { LoketInboxService } from '../loket-inbox.service';
import { LoketIntakeService } from '../loket-intake.service';
import { LoketLedgerService } from '../loket-ledger.service';
import { LoketPorts } from '../loket-ports';
import { LoketPrivacyService } from '../loket-privacy.service';
import type { LoketRepository, RequestWrite } from '../loket-repository.port';
import { LoketReportsService } from '../loket-reports.service';
import { LoketRoutingService } from '../loket-routing.service';
import { LoketSlaService } from '../loket-sla.service';
import type { AuditEntry, CannedReply, Company, CompanyContact, IntakeInput, LoketMessage, LoketRequest, RequestFilter, RoutingRule, SignInLink, SlaPolicy } from '../loket.types';
import { type HolidayRange, type RegionHolidays } from '@verbinder/shared/time';

// Fakes for the loket's unit specs: an in-memory repository that behaves like the drizzle one
// (filters, merge history, spent form tokens), a region with two schools and one outside it,
// recording outbox/notifications/events, a transaction that runs after-commit hooks, and a clock
// the spec moves. No database, no network.

export const REGION = '10000000-0000-4000-8000-000000000001';
export const OTHER_REGION = '10000000-0000-4000-8000-000000000002';
export const SCHOOL_A = '20000000-0000-4000-8000-00000000000a';
export const SCHOOL_B = '20000000-0000-4000-8000-00000000000b';
export const SCHOOL_ELSEWHERE = '20000000-0000-4000-8000-00000000000c';
export const ILSE = '30000000-0000-4000-8000-000000000001';
export const BRAM = '30000000-0000-4000-8000-000000000002';
export const DIRK = '30000000-0000-4000-8000-000000000003';
export const DOCENT = '30000000-0000-4000-8000-000000000004';
export const OUTSIDER = '30000000-0000-4000-8000-000000000005';

const PEOPLE: Record<string, { name: string; email: string; memberships: ActorMembership[] }> = {
  [ILSE]: { name: 'Ilse (loket)', email: 'ilse@example.org', memberships: [{ regionId: REGION, schoolId: null, role: 'LOKET_MEDEWERKER' }] },
  [BRAM]: { name: 'Bram (beheerder)', email: 'bram@example.org', memberships: [{ regionId: REGION, schoolId: null, role: 'BEHEERDER' }] },
  [DIRK]: { name: 'Dirk (decaan A)', email: 'dirk@example.org', memberships: [{ regionId: REGION, schoolId: SCHOOL_A, role: 'DECAAN' }] },
  [DOCENT]: { name: 'Dana (docent B)', email: 'dana@example.org', memberships: [{ regionId: REGION, schoolId: SCHOOL_B, role: 'DOCENT' }] },
  [OUTSIDER]: { name: 'Olaf (andere regio)', email: 'olaf@example.org', memberships: [{ regionId: OTHER_REGION, schoolId: null, role: 'LOKET_MEDEWERKER' }] },
};

export const actor = (personId: string): Actor => ({ personId, name: PEOPLE[personId].name, email: PEOPLE[personId].email, systemRole: null, memberships: PEOPLE[personId].memberships });

const match = (r: LoketRequest, f: RequestFilter | null): boolean =>
  !f ||
  ((!f.statuses || f.statuses.includes(r.status)) &&
    (!f.types || f.types.includes(r.type)) &&
    (!f.schoolId || r.schoolIds.includes(f.schoolId)) &&
    (!f.anySchoolIds || r.schoolIds.some((id) => (f.anySchoolIds as string[]).includes(id))) &&
    (!f.ownerId || r.ownerId === f.ownerId) &&
    (!f.search || `${r.reference} ${r.contactName}`.toLowerCase().includes(f.search.toLowerCase())) &&
    (f.includeClosed || r.status !== 'AFGEROND'));

/** An in-memory LoketRepository over plain arrays (newest first where the port says so). */
export class InMemoryLoketRepository implements LoketRepository {
  companies: Company[] = [];
  requests: LoketRequest[] = [];
  messages: LoketMessage[] = [];
  rules: RoutingRule[] = [];
  policies: SlaPolicy[] = [];
  contacts: CompanyContact[] = [];
  canned: CannedReply[] = [];
  audit: AuditEntry[] = [];
  links: SignInLink[] = [];
  spent = new Map<string, Date>();

  constructor(private readonly clock: Clock) {}

  snapshot() {
    const { companies, requests, messages, rules, policies, contacts, canned, audit, links, spent } = this;
    return structuredClone({ companies, requests, messages, rules, policies, contacts, canned, audit, links, spent });
  }

  restore(rows: ReturnType<InMemoryLoketRepository['snapshot']>) {
    Object.assign(this, rows);
  }

  private newest = <T extends { createdAt: Date }>(rows: T[]) => [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

  async findCompanyByKvk(regionId: string, kvk: string) {
    return this.companies.find((c) => c.regionId === regionId && c.kvk === kvk) ?? null;
  }
  async insertCompany(data: Omit<Company, 'id' | 'createdAt'>) {
    return insertRow(this.companies, { ...data, id: randomUUID(), createdAt: this.clock.now() });
  }
  async updateCompany(id: string, data: Partial<Pick<Company, 'name' | 'sector' | 'location'>>) {
    const company = this.companies.find((c) => c.id === id) as Company;
    Object.assign(company, data);
    return company;
  }
  async findCompaniesByIds(ids: readonly string[]) {
    return this.companies.filter((c) => ids.includes(c.id));
  }
  async insertRequest(data: RequestWrite) {
    const id = randomUUID();
    return { ...insertRow<LoketRequest>(this.requests, { ...data, id, reference: `L-${id.slice(0, 8).toUpperCase()}`, createdAt: this.clock.now(), updatedAt: this.clock.now() }) };
  }
  async updateRequest(id: string, data: Partial<RequestWrite>) {
    const request = this.requests.find((r) => r.id === id) as LoketRequest;
    Object.assign(request, data, { updatedAt: this.clock.now() });
    return { ...request };
  }
  async findRequestById(id: string) {
    const found = this.requests.find((r) => r.id === id);
    return found ? { ...found } : null;
  }
  async findRequestByTokenHash(tokenHash: string) {
    const found = this.requests.find((r) => r.tokenHash === tokenHash);
    return found ? { ...found } : null;
  }
  async listRequests(regionId: string, filter: RequestFilter | null) {
    return this.newest(this.requests.filter((r) => r.regionId === regionId && match(r, filter))).slice(0, 500);
  }
  async listRequestsCreatedBetween(regionId: string, from: Date, to: Date) {
    return this.requests.filter((r) => r.regionId === regionId && r.createdAt >= from && r.createdAt < to && !r.mergedIntoId);
  }
  async listRequestsByContact(regionId: string, email: string) {
    return this.newest(this.requests.filter((r) => r.regionId === regionId && r.contactEmail === email && !r.anonymisedAt && !r.mergedIntoId));
  }
  async listOpenRequests(limit: number) {
    return this.requests.filter((r) => r.status !== 'AFGEROND').slice(0, limit);
  }
  async moveHistory(fromId: string, toId: string) {
    for (const m of this.messages.filter((x) => x.requestId === fromId)) Object.assign(m, { requestId: toId, originRequestId: m.originRequestId ?? fromId });
    for (const c of this.contacts.filter((x) => x.requestId === fromId)) c.requestId = toId;
  }
  async listRequestsByCompany(companyId: string) {
    return this.requests.filter((r) => r.companyId === companyId);
  }
  async listExpired(before: Date, limit: number) {
    return this.requests.filter((r) => r.status === 'AFGEROND' && r.closedAt && r.closedAt < before && !r.anonymisedAt).slice(0, limit);
  }
  async updateMessage(id: string, data: { body: string; authorName: string }) {
    Object.assign(this.messages.find((m) => m.id === id) as LoketMessage, data);
  }
  async clearContactNotes(companyId: string) {
    for (const c of this.contacts.filter((x) => x.companyId === companyId)) c.note = null;
  }
  async insertMessage(data: Omit<LoketMessage, 'id' | 'createdAt'>) {
    return insertRow(this.messages, { ...data, id: randomUUID(), createdAt: this.clock.now() });
  }
  async listMessages(requestId: string) {
    return this.messages.filter((m) => m.requestId === requestId);
  }
  async listOwnMessages(requestId: string) {
    return this.messages.filter((m) => (m.originRequestId ?? m.requestId) === requestId);
  }
  async listRules(regionId: string) {
    return this.rules.filter((r) => r.regionId === regionId);
  }
  async insertRule(data: Omit<RoutingRule, 'id' | 'createdAt'>) {
    return insertRow(this.rules, { ...data, id: randomUUID(), createdAt: this.clock.now() });
  }
  async deleteRule(id: string) {
    const rule = this.rules.find((r) => r.id === id) ?? null;
    this.rules = this.rules.filter((r) => r.id !== id);
    return rule;
  }
  async findSlaPolicy(regionId: string) {
    return this.policies.find((p) => p.regionId === regionId) ?? null;
  }
  async upsertSlaPolicy(policy: SlaPolicy) {
    this.policies = [...this.policies.filter((p) => p.regionId !== policy.regionId), policy];
    return policy;
  }
  async insertContacts(rows: Array<Omit<CompanyContact, 'id'>>) {
    const added = rows.map((row) => ({ ...row, id: randomUUID() }));
    this.contacts.push(...added);
    return added;
  }
  async listContacts(companyId: string, since: Date) {
    return this.contacts.filter((c) => c.companyId === companyId && c.contactedAt >= since).sort((a, b) => b.contactedAt.getTime() - a.contactedAt.getTime());
  }
  async listCompanies(regionId: string, search: string | null) {
    return this.companies.filter((c) => c.regionId === regionId && (!search || c.name.toLowerCase().includes(search.toLowerCase())));
  }
  async listCannedReplies(regionId: string) {
    return this.canned.filter((c) => c.regionId === regionId).sort((a, b) => a.title.localeCompare(b.title));
  }
  async findCannedReply(id: string) {
    return this.canned.find((c) => c.id === id) ?? null;
  }
  async findCannedReplyByTitle(regionId: string, title: string) {
    return this.canned.find((c) => c.regionId === regionId && c.title.toLowerCase() === title.toLowerCase()) ?? null;
  }
  async insertCannedReply(data: Omit<CannedReply, 'id' | 'updatedAt'>) {
    return insertRow(this.canned, { ...data, id: randomUUID(), updatedAt: this.clock.now() });
  }
  async updateCannedReply(id: string, data: Pick<CannedReply, 'title' | 'body'>) {
    const reply = this.canned.find((c) => c.id === id) as CannedReply;
    Object.assign(reply, data, { updatedAt: this.clock.now() });
    return reply;
  }
  async deleteCannedReply(id: string) {
    const before = this.canned.length;
    this.canned = this.canned.filter((c) => c.id !== id);
    return this.canned.length < before;
  }
  async insertAudit(rows: Array<Omit<AuditEntry, 'id'>>) {
    this.audit.push(...rows.map((row) => ({ ...row, id: randomUUID() })));
  }
  async listAudit(requestId: string) {
    return this.audit.filter((a) => a.requestId === requestId).reverse();
  }
  async hasViewedSince(requestId: string, personId: string, what: string, since: Date) {
    return this.audit.some((a) => a.requestId === requestId && a.personId === personId && a.action === 'VIEWED' && a.what === what && a.at >= since);
  }
  async insertSignInLink(data: Omit<SignInLink, 'id' | 'createdAt' | 'usedAt'>) {
    this.links.push({ ...data, id: randomUUID(), createdAt: this.clock.now(), usedAt: null });
  }
  async findSignInLink(tokenHash: string) {
    return this.links.find((l) => l.tokenHash === tokenHash) ?? null;
  }
  async useSignInLink(id: string, at: Date) {
    const link = this.links.find((l) => l.id === id && !l.usedAt);
    if (link) link.usedAt = at;
    return !!link;
  }
  async deleteSignInLinksBefore(before: Date) {
    const n = this.links.length;
    this.links = this.links.filter((l) => l.expiresAt >= before);
    return n - this.links.length;
  }
  async spendFormToken(tokenHash: string, expiresAt: Date, now: Date) {
    for (const [hash, expiry] of this.spent) if (expiry < now) this.spent.delete(hash);
    if (this.spent.has(tokenHash)) return false;
    this.spent.set(tokenHash, expiresAt);
    return true;
  }
}

/** Everything the loket services need, faked; `advance` moves the clock. */
export function loketWorld(start = '2027-01-04T08:00:00Z') {
  const clock = new ManualClock(start);
  const repo = new InMemoryLoketRepository(clock);
  const attempts = new MemoryAttemptLog();
  const events = new RecordingEvents();
  const outbox = new MemoryOutbox();
  const holidays: HolidayRange[] = [];
  const hooks: Array<Array<() => unknown>> = [];
  const uow: UnitOfWork = {
    // A transaction: the repository's rows and the attempts come back as they were when the outermost one fails.
    run: async (work) => {
      const before = hooks.length === 0 ? repo.snapshot() : null;
      const attemptsBefore = [...attempts.rows];
      hooks.push([]);
      try {
        const result = await work();
        for (const hook of hooks[hooks.length - 1]) hook();
        return result;
      } catch (error) {
        if (before) {
          repo.restore(before);
          attempts.rows.splice(0, attempts.rows.length, ...attemptsBefore);
        }
        throw error;
      } finally {
        hooks.pop();
      }
    },
    afterCommit: (hook) => hooks[hooks.length - 1].push(hook),
  };
  const config = {
    publicUrl: 'https://verbinder.test',
    session: { secret: 'unit-test-secret' },
    loginRateLimit: { max: 3, windowSeconds: 900 },
    loket: { contactLimitPerMonth: 2, contactLimitMode: 'warn', retentionMonths: 24, signInLinkMinutes: 30 },
  } as unknown as AppConfig & { loket: { contactLimitMode: 'warn' | 'block' } };
  const { service: regions, addPerson } = inMemoryRegions({
    regions: [
      { id: REGION, slug: 'noord', name: 'Noord' },
      { id: OTHER_REGION, slug: 'zuid', name: 'Zuid' },
    ],
    schools: [
      { id: SCHOOL_A, regionId: REGION, name: 'School A' },
      { id: SCHOOL_B, regionId: REGION, name: 'School B' },
      { id: SCHOOL_ELSEWHERE, regionId: OTHER_REGION, name: 'School Zuid' },
    ],
  });
  for (const personId of Object.keys(PEOPLE)) addPerson(actor(personId), PEOPLE[personId].memberships[0].schoolId);
  const { notifications, notified } = recordingNotifications();
  const regionHolidays: RegionHolidays = { forRegion: async () => holidays };

  const ports = new LoketPorts(repo, uow, events.asPort(), outbox, clock, config, attempts);
  const access = new LoketAccessService(repo);
  const sla = new LoketSlaService(ports, access, regions, notifications, regionHolidays);
  const inbox = new LoketInboxService(ports, access, sla, regions, notifications);
  const services = {
    access,
    sla,
    inbox,
    intake: new LoketIntakeService(ports, regions, notifications),
    company: new LoketCompanyService(ports, regions, notifications),
    routing: new LoketRoutingService(ports, access, regions, notifications),
    privacy: new LoketPrivacyService(ports, access),
    ledger: new LoketLedgerService(ports, access, regions),
    cannedReplies: new LoketCannedRepliesService(ports, access),
    reports: new LoketReportsService(ports, access, inbox, sla, regions),
  };
  return {
    ...services,
    repo,
    attempts,
    clock,
    config,
    events: events.emitted,
    jobs: outbox.jobs,
    notified,
    holidays,
    advance: (ms: number) => clock.advance(ms),
    setNow: (iso: string) => clock.set(iso),
  };
}

export type LoketWorld = ReturnType<typeof loketWorld>;

/** A valid intake for `seedRequest` (no form token, no rate limit). */
export const intakeInput = (over: Partial<IntakeInput> = {}): Omit<IntakeInput, 'formToken'> => ({
  regionSlug: 'noord',
  companyName: 'Bakkerij De Korrel',
  kvk: '12345678',
  sector: 'Food',
  location: 'Harderwijk',
  contactName: 'Anouk Brouwer',
  contactEmail: 'anouk@korrel.example',
  type: 'GASTLES',
  consent: true,
  ...over,
});

/** A request in the region (through the real intake), optionally split to schools and owned. */
export async function requestIn(world: LoketWorld, over: Partial<IntakeInput> = {}, patch: Partial<RequestWrite> = {}): Promise<LoketRequest> {
  const request = await world.intake.seedRequest(intakeInput(over));
  return Object.keys(patch).length ? world.repo.updateRequest(request.id, patch) : request;
}

/** The message of the DomainError a promise rejects with, with its code. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fields: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message, fields: (error.details.fields ?? []).map((f) => f.field) };
    throw error;
  }
  throw new Error('expected a DomainError, but the call succeeded');
}
