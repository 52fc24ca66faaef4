import type { Actie, Actieagenda, Actielijn, ActieClosure, ActieStatus, AgendaData, Bijstelling, CheckIn, Decision, Review, ReviewOutcome } from './actieagenda.types';

export const ACTIEAGENDA_REPOSITORY = Symbol('ACTIEAGENDA_REPOSITORY');

/** What a service writes of an actie; the rest (id, agenda, status, progress, closure, timestamps) the repository and the check-ins keep. */
export type ActieWrite = Pick<
  Actie,
  'actielijnId' | 'parentId' | 'title' | 'description' | 'target' | 'leadSchoolId' | 'partnerSchoolIds' | 'ownerIds' | 'periodStart' | 'periodEnd' | 'progressMode' | 'cadenceDays'
>;

export interface ActivityRow {
  personId: string;
  at: Date;
}

export interface ActieagendaRepository {
  findAgendaByRegion(regionId: string): Promise<Actieagenda | null>;
  findAgendasByIds(ids: readonly string[]): Promise<Actieagenda[]>;
  insertAgenda(data: Omit<Actieagenda, 'id'>): Promise<Actieagenda>;

  findLinesByIds(ids: readonly string[]): Promise<Actielijn[]>;
  upsertLine(data: Omit<Actielijn, 'id'>): Promise<Actielijn>;

  findActiesByIds(ids: readonly string[]): Promise<Actie[]>;
  insertActie(data: ActieWrite & { nextCheckInDue: string | null }): Promise<Actie>;
  updateActie(id: string, data: ActieWrite): Promise<Actie>;
  setActieReport(id: string, report: { status: ActieStatus; progress: number; nextCheckInDue: string }): Promise<void>;
  setClosure(id: string, closure: ActieClosure | null, at: Date | null): Promise<Actie>;
  setPublic(id: string, isPublic: boolean, summary: string | null): Promise<Actie>;

  /** The whole agenda in a constant number of statements (see AgendaData). */
  loadAgendaData(agendaIds: readonly string[], trendReferenceDate: string): Promise<AgendaData[]>;

  insertCheckIn(data: Omit<CheckIn, 'id' | 'createdAt'>): Promise<CheckIn>;
  listCheckIns(actieId: string): Promise<CheckIn[]>;
  insertBijstelling(data: Omit<Bijstelling, 'id' | 'createdAt'>): Promise<Bijstelling>;
  listBijstellingen(actieId: string): Promise<Bijstelling[]>;
  insertReview(data: { actieId: string; requestedById: string; question: string | null }): Promise<Review>;
  findReview(id: string): Promise<Review | null>;
  decideReview(id: string, decision: { outcome: ReviewOutcome; decidedById: string; note: string | null; at: Date }): Promise<Review>;
  listReviews(actieId: string): Promise<Review[]>;
  insertDecision(data: Omit<Decision, 'id' | 'createdAt'>): Promise<Decision>;
  listDecisions(actieId: string): Promise<Decision[]>;

  /** Open, unpaused acties whose check-in was due before `today` and that had no reminder for that due date yet; marks them reminded. */
  claimOverdueReminders(today: string): Promise<Array<{ actie: Actie; regionId: string; dueDate: string }>>;

  /** Latest activity in the agenda per person since `since` (check-ins, bijstellingen, reviews, decisions). */
  activitySince(agendaId: string, since: Date): Promise<ActivityRow[]>;
}
