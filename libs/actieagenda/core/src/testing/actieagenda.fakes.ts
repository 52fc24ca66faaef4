import { SPEC_REGIONS } from '@verbinder/regions/core';
import type { Clock } from '@verbinder/shared/kernel';
import { ManualClock, insertRow } from '@verbinder/shared/kernel/testing';
import type { ActieagendaRepository, ActieWrite, ActivityRow } from '../actieagenda-repository.port';
import type { Actie, Actieagenda, Actielijn, ActieClosure, ActieStatus, AgendaData, Bijstelling, CheckIn, Decision, Review, ReviewOutcome } from '../actieagenda.types';

/** Fakes for the actieagenda unit specs: an in-memory repository and a settable clock. */

export const { noord: REGION, zuid: OTHER_REGION, landstede: SCHOOL, morgenCollege: SCHOOL_B, zuiderschool: SCHOOL_ELSEWHERE } = SPEC_REGIONS;
export { specActor as actorIn } from '@verbinder/regions/core';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Tuesday 1 December 2026, 12:00 UTC (13:00 in Amsterdam) unless a spec moves it. */
export const newClock = () => new ManualClock('2026-12-01T12:00:00Z');

const newestFirst =
  <T>(by: (item: T) => string | number) =>
  (a: T, b: T) =>
    by(a) < by(b) ? 1 : by(a) > by(b) ? -1 : 0;

export class InMemoryActieagendaRepository implements ActieagendaRepository {
  private next = 100;
  agendas: Actieagenda[] = [];
  lines: Actielijn[] = [];
  acties: Actie[] = [];
  checkInRows: CheckIn[] = [];
  bijstellingRows: Bijstelling[] = [];
  reviewRows: Review[] = [];
  decisionRows: Decision[] = [];
  reminded = new Set<string>();

  constructor(private readonly clock: Clock) {}

  /** A new id; created rows are one second apart so that their order is stable. */
  private id = () => uuid(this.next++);
  private stamp = () => new Date(this.clock.now().getTime() + this.next * 1000);

  async findAgendaByRegion(regionId: string) {
    return this.agendas.find((a) => a.regionId === regionId) ?? null;
  }
  async findAgendasByIds(ids: readonly string[]) {
    return this.agendas.filter((a) => ids.includes(a.id));
  }
  async insertAgenda(data: Omit<Actieagenda, 'id'>) {
    return insertRow(this.agendas, { ...data, id: this.id() });
  }
  async findLinesByIds(ids: readonly string[]) {
    return this.lines.filter((l) => ids.includes(l.id));
  }
  async upsertLine(data: Omit<Actielijn, 'id'>) {
    const existing = this.lines.find((l) => l.agendaId === data.agendaId && l.number === data.number);
    if (existing) return Object.assign(existing, data);
    return insertRow(this.lines, { ...data, id: this.id() });
  }
  async findActiesByIds(ids: readonly string[]) {
    return this.acties.filter((a) => ids.includes(a.id));
  }
  async insertActie(data: ActieWrite & { nextCheckInDue: string | null }) {
    const agendaId = (this.lines.find((l) => l.id === data.actielijnId) as Actielijn).agendaId;
    const actie: Actie = {
      ...data,
      id: this.id(),
      agendaId,
      status: 'OP_KOERS',
      closure: null,
      closedAt: null,
      progress: 0,
      isPublic: false,
      publicSummary: null,
      createdAt: this.stamp(),
      updatedAt: this.stamp(),
    };
    this.acties.push(actie);
    return actie;
  }
  private patch(id: string, data: Partial<Actie>) {
    return Object.assign(this.acties.find((a) => a.id === id) as Actie, data, { updatedAt: this.stamp() });
  }
  async updateActie(id: string, data: ActieWrite) {
    return this.patch(id, data);
  }
  async setActieReport(id: string, report: { status: ActieStatus; progress: number; nextCheckInDue: string }) {
    this.patch(id, report);
  }
  async setClosure(id: string, closure: ActieClosure | null, at: Date | null) {
    return this.patch(id, { closure, closedAt: at });
  }
  async setPublic(id: string, isPublic: boolean, summary: string | null) {
    return this.patch(id, { isPublic, publicSummary: summary });
  }
  async loadAgendaData(agendaIds: readonly string[], trendReferenceDate: string): Promise<AgendaData[]> {
    return this.agendas
      .filter((a) => agendaIds.includes(a.id))
      .map((agenda) => {
        const acties = this.acties.filter((a) => a.agendaId === agenda.id);
        const ofActie = (id: string) => this.checkInRows.filter((c) => c.actieId === id).sort(newestFirst((c) => `${c.date}|${c.createdAt.toISOString()}`));
        const latestCheckIns = acties.flatMap((a) => ofActie(a.id).slice(0, 1));
        const progressThen = new Map(
          acties.flatMap((a) =>
            ofActie(a.id)
              .filter((c) => c.date <= trendReferenceDate)
              .slice(0, 1)
              .map((c) => [a.id, c.progress] as const),
          ),
        );
        return { agenda, lines: this.lines.filter((l) => l.agendaId === agenda.id).sort((a, b) => a.number - b.number), acties, latestCheckIns, progressThen };
      });
  }
  async insertCheckIn(data: Omit<CheckIn, 'id' | 'createdAt'>) {
    return insertRow(this.checkInRows, { ...data, id: this.id(), createdAt: this.stamp() });
  }
  async listCheckIns(actieId: string) {
    return this.checkInRows.filter((c) => c.actieId === actieId).sort(newestFirst((c) => `${c.date}|${c.createdAt.toISOString()}`));
  }
  async insertBijstelling(data: Omit<Bijstelling, 'id' | 'createdAt'>) {
    return insertRow(this.bijstellingRows, { ...data, id: this.id(), createdAt: this.stamp() });
  }
  async listBijstellingen(actieId: string) {
    return this.bijstellingRows.filter((b) => b.actieId === actieId).sort(newestFirst((b) => b.createdAt.getTime()));
  }
  async insertReview(data: { actieId: string; requestedById: string; question: string | null }) {
    return insertRow<Review>(this.reviewRows, { ...data, id: this.id(), requestedAt: this.stamp(), outcome: null, decidedById: null, decidedAt: null, note: null });
  }
  async findReview(id: string) {
    return this.reviewRows.find((r) => r.id === id) ?? null;
  }
  async decideReview(id: string, decision: { outcome: ReviewOutcome; decidedById: string; note: string | null; at: Date }) {
    return Object.assign(this.reviewRows.find((r) => r.id === id) as Review, { outcome: decision.outcome, decidedById: decision.decidedById, note: decision.note, decidedAt: decision.at });
  }
  async listReviews(actieId: string) {
    return this.reviewRows.filter((r) => r.actieId === actieId).sort(newestFirst((r) => r.requestedAt.getTime()));
  }
  async insertDecision(data: Omit<Decision, 'id' | 'createdAt'>) {
    return insertRow(this.decisionRows, { ...data, id: this.id(), createdAt: this.stamp() });
  }
  async listDecisions(actieId: string) {
    return this.decisionRows.filter((d) => d.actieId === actieId).sort(newestFirst((d) => d.createdAt.getTime()));
  }
  async claimOverdueReminders(today: string) {
    const due = this.acties.filter(
      (a) => a.closure === null && a.status !== 'GEPAUZEERD' && a.nextCheckInDue !== null && a.nextCheckInDue < today && !this.reminded.has(`${a.id}:${a.nextCheckInDue}`),
    );
    due.forEach((a) => this.reminded.add(`${a.id}:${a.nextCheckInDue}`));
    return due.map((actie) => ({ actie, regionId: (this.agendas.find((g) => g.id === actie.agendaId) as Actieagenda).regionId, dueDate: actie.nextCheckInDue as string }));
  }
  async activitySince(agendaId: string, since: Date): Promise<ActivityRow[]> {
    const ids = this.acties.filter((a) => a.agendaId === agendaId).map((a) => a.id);
    const rows = [
      ...this.checkInRows.map((c) => ({ actieId: c.actieId, personId: c.authorId, at: c.createdAt })),
      ...this.bijstellingRows.map((b) => ({ actieId: b.actieId, personId: b.authorId, at: b.createdAt })),
      ...this.reviewRows.map((r) => ({ actieId: r.actieId, personId: r.requestedById, at: r.requestedAt })),
      ...this.decisionRows.map((d) => ({ actieId: d.actieId, personId: d.authorId, at: d.createdAt })),
    ].filter((r) => ids.includes(r.actieId) && r.at >= since);
    const latest = new Map<string, Date>();
    for (const r of rows) if (!latest.has(r.personId) || (latest.get(r.personId) as Date) < r.at) latest.set(r.personId, r.at);
    return [...latest].map(([personId, at]) => ({ personId, at }));
  }
}
