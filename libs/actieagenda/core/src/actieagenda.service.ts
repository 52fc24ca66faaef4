import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import {
  Actor,
  CLOCK,
  Clock,
  DOMAIN_EVENTS,
  DomainError,
  DomainEvents,
  EMAIL_JOB,
  EmailMessage,
  hasRegionRole,
  isMemberOfRegion,
  isUuid,
  OUTBOX,
  Outbox,
  UNIT_OF_WORK,
  UnitOfWork,
  mailText,
  InputCheck,
} from '@verbinder/shared/kernel';
import { ACTIEAGENDA_REPOSITORY, ActieagendaRepository, ActieWrite } from './actieagenda-repository.port';
import {
  ACTIE_CLOSURES,
  ACTIE_STATUSES,
  Actie,
  Actieagenda,
  ActieClosure,
  ActieInput,
  Actielijn,
  AgendaData,
  Bijstelling,
  BijstellingInput,
  CheckIn,
  CheckInInput,
  Decision,
  HistoryEntry,
  PROGRESS_MODES,
  Review,
  REVIEW_OUTCOMES,
  ReviewOutcome,
} from './actieagenda.types';
import { addDays, amsterdamDate } from '@verbinder/shared/time';
import { AgendaFigures, computeFigures, MEETING_WEEKDAY, nextDue } from './rollup';

const EDITOR_ROLES = ['VERBINDER', 'PROJECTLEIDER', 'BEHEERDER'] as const;
const TREND_DAYS = 28;
const ACHTJE_DAYS = 60;

export interface AgendaView {
  data: AgendaData;
  figures: AgendaFigures;
  today: string;
}

/**
 * The actieagenda: lines, acties, check-ins, bijstellingen, reviews and decisions, with
 * progress and status rolled up (rollup.ts). Reading is for members of the agenda's region;
 * editing for its verbinders, projectleiders and beheerders; owners may check in on their acties.
 */
@Injectable()
export class ActieagendaService {
  constructor(
    @Inject(ACTIEAGENDA_REPOSITORY) private readonly repo: ActieagendaRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  today(): string {
    return amsterdamDate(this.clock.now());
  }

  // ---------- authorization ----------

  canRead(actor: Actor, agenda: Actieagenda): boolean {
    return isMemberOfRegion(actor, agenda.regionId);
  }

  canEdit(actor: Actor, agenda: Actieagenda): boolean {
    return hasRegionRole(actor, agenda.regionId, [...EDITOR_ROLES]);
  }

  canCheckIn(actor: Actor, agenda: Actieagenda, actie: Actie): boolean {
    return this.canEdit(actor, agenda) || (actie.ownerIds.includes(actor.personId) && isMemberOfRegion(actor, agenda.regionId));
  }

  private assertRead(actor: Actor, agenda: Actieagenda): void {
    if (!this.canRead(actor, agenda)) throw DomainError.forbidden('Alleen leden van deze regio zien de actieagenda.');
  }

  private assertEdit(actor: Actor, agenda: Actieagenda): void {
    if (!this.canEdit(actor, agenda)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen de actieagenda wijzigen.');
  }

  // ---------- reads ----------

  async agendaForRegion(actor: Actor, regionId: string): Promise<Actieagenda | null> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de actieagenda.');
    return this.repo.findAgendaByRegion(regionId);
  }

  async getAgenda(actor: Actor, id: string): Promise<Actieagenda> {
    const [agenda] = isUuid(id) ? await this.repo.findAgendasByIds([id]) : [];
    if (!agenda) throw DomainError.notFound('Deze actieagenda');
    this.assertRead(actor, agenda);
    return agenda;
  }

  async getActie(actor: Actor, id: string): Promise<{ actie: Actie; agenda: Actieagenda }> {
    const [actie] = isUuid(id) ? await this.repo.findActiesByIds([id]) : [];
    if (!actie) throw DomainError.notFound('Deze actie');
    const agenda = await this.getAgenda(actor, actie.agendaId);
    return { actie, agenda };
  }

  /** Loads agendas with their figures; batch for DataLoaders (constant number of statements). */
  async views(agendaIds: readonly string[]): Promise<AgendaView[]> {
    const today = this.today();
    const data = await this.repo.loadAgendaData(agendaIds, addDays(today, -TREND_DAYS));
    const byId = new Map(data.map((d) => [d.agenda.id, d]));
    return agendaIds.map((id) => {
      const d = byId.get(id);
      if (!d) throw DomainError.notFound('Deze actieagenda');
      return { data: d, figures: computeFigures(d, today), today };
    });
  }

  linesByIds = (ids: readonly string[]) => this.repo.findLinesByIds(ids.filter(isUuid));
  agendasByIds = (ids: readonly string[]) => this.repo.findAgendasByIds(ids.filter(isUuid));

  async checkIns(actieId: string): Promise<CheckIn[]> {
    return this.repo.listCheckIns(actieId);
  }
  bijstellingen = (actieId: string) => this.repo.listBijstellingen(actieId);
  reviews = (actieId: string) => this.repo.listReviews(actieId);
  decisions = (actieId: string) => this.repo.listDecisions(actieId);

  async history(actie: Actie): Promise<HistoryEntry[]> {
    const [checkIns, bijstellingen, reviews, decisions] = await Promise.all([
      this.repo.listCheckIns(actie.id),
      this.repo.listBijstellingen(actie.id),
      this.repo.listReviews(actie.id),
      this.repo.listDecisions(actie.id),
    ]);
    const entries: HistoryEntry[] = [
      { kind: 'CREATED', at: actie.createdAt, actorId: null, summary: `Actie aangemaakt: ${actie.title}` },
      ...checkIns.map((c): HistoryEntry => ({ kind: 'CHECK_IN', at: c.createdAt, actorId: c.authorId, summary: `${statusLabel(c.status)}, ${c.progress}% — ${c.text}` })),
      ...bijstellingen.map((b): HistoryEntry => ({
        kind: 'BIJSTELLING',
        at: b.createdAt,
        actorId: b.authorId,
        summary: `${b.what}${b.before || b.after ? `: ${b.before ?? '—'} → ${b.after ?? '—'}` : ''} (${b.why})`,
      })),
      ...reviews.flatMap((r): HistoryEntry[] => [
        { kind: 'REVIEW_REQUESTED', at: r.requestedAt, actorId: r.requestedById, summary: `Relevant en haalbaar? ${r.question ?? ''}`.trim() },
        ...(r.outcome && r.decidedAt
          ? [{ kind: 'REVIEW_DECIDED' as const, at: r.decidedAt, actorId: r.decidedById, summary: `${outcomeLabel(r.outcome)}${r.note ? ` — ${r.note}` : ''}` }]
          : []),
      ]),
      ...decisions.map((d): HistoryEntry => ({ kind: 'DECISION', at: d.createdAt, actorId: d.authorId, summary: `Besluit (overleg ${d.meetingDate}): ${d.text}` })),
      ...(actie.closure && actie.closedAt ? [{ kind: 'CLOSED' as const, at: actie.closedAt, actorId: null, summary: `Afgesloten: ${closureLabel(actie.closure)}` }] : []),
    ];
    return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  /** Open acties to discuss at the meeting on `date` (default: the next Wednesday): check-in due by then, or an open review. */
  async meetingAgenda(actor: Actor, agendaId: string, date?: string | null): Promise<Actie[]> {
    await this.getAgenda(actor, agendaId);
    const check = new InputCheck();
    const meeting = check.date('date', date, 'De datum van het overleg') ?? this.nextMeetingDate();
    check.done();
    const [view] = await this.views([agendaId]);
    const open = view.data.acties.filter((a) => a.closure === null);
    const withOpenReview = new Set<string>();
    for (const actie of open) {
      const reviews = await this.repo.listReviews(actie.id);
      if (reviews.some((r) => r.outcome === null)) withOpenReview.add(actie.id);
    }
    return open
      .filter((a) => withOpenReview.has(a.id) || (a.status !== 'GEPAUZEERD' && a.nextCheckInDue !== null && a.nextCheckInDue <= meeting))
      .sort((a, b) => (a.nextCheckInDue ?? '').localeCompare(b.nextCheckInDue ?? ''));
  }

  nextMeetingDate(): string {
    const today = this.today();
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    return addDays(today, (MEETING_WEEKDAY - weekday + 7) % 7);
  }

  /** Per school and layer: is someone of that layer active in the agenda in the last 60 days? */
  async achtje(actor: Actor, regionId: string) {
    const agenda = await this.agendaForRegion(actor, regionId);
    const [schools, memberships] = await Promise.all([this.regions.schoolsByRegionIds([regionId]), this.regions.membershipsByRegionIds([regionId])]);
    const since = new Date(this.clock.now().getTime() - ACHTJE_DAYS * 24 * 3600 * 1000);
    const activity = agenda ? await this.repo.activitySince(agenda.id, since) : [];
    const lastActive = new Map(activity.map((a) => [a.personId, a.at]));
    const layers = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] as const;
    return schools.map((school) => ({
      school,
      layers: layers.map((layer) => {
        const active = memberships
          .filter((m) => m.schoolId === school.id && m.layer === layer && lastActive.has(m.personId))
          .map((m) => ({ personId: m.personId, at: lastActive.get(m.personId) as Date }));
        const unique = [...new Map(active.map((a) => [a.personId, a])).values()];
        return {
          layer,
          engaged: unique.length > 0,
          personIds: unique.map((a) => a.personId),
          lastActiveAt: unique.length ? new Date(Math.max(...unique.map((a) => a.at.getTime()))) : null,
        };
      }),
    }));
  }

  /**
   * What the public progress page shows: only acties a verbinder published (with their public
   * summary), their status and progress, grouped by line. No internal notes, no people.
   */
  async publicProgress(regionSlug: string) {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const agenda = await this.repo.findAgendaByRegion(region.id);
    if (!agenda) return { region, agenda: null, lines: [] };
    const [view] = await this.views([agenda.id]);
    const lines = view.data.lines
      .map((line) => ({
        number: line.number,
        title: line.title,
        description: line.description,
        inFocus: line.focusYears.includes(Number(view.today.slice(0, 4))),
        acties: view.data.acties
          .filter((a) => a.actielijnId === line.id && a.isPublic)
          .map((a) => {
            const f = view.figures.acties.get(a.id);
            return {
              title: a.title,
              summary: a.publicSummary ?? '',
              status: f?.status ?? a.status,
              progress: f?.progress ?? a.progress,
              closure: a.closure,
              periodEnd: a.periodEnd,
              updatedAt: a.updatedAt,
            };
          }),
      }))
      .filter((line) => line.acties.length > 0);
    return { region, agenda, lines };
  }

  // ---------- agenda structure ----------

  async createAgenda(actor: Actor, input: { regionId: string; title: string; periodStart: string; periodEnd: string }): Promise<Actieagenda> {
    const region = await this.regions.getRegion({ id: input.regionId });
    if (!hasRegionRole(actor, region.id, [...EDITOR_ROLES])) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen een actieagenda maken.');
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const periodStart = check.date('periodStart', input.periodStart, 'De startdatum');
    const periodEnd = check.date('periodEnd', input.periodEnd, 'De einddatum');
    if (!periodStart) check.fail('periodStart', 'De startdatum is verplicht.');
    if (!periodEnd) check.fail('periodEnd', 'De einddatum is verplicht.');
    if (periodStart && periodEnd && periodEnd <= periodStart) check.fail('periodEnd', 'De einddatum ligt na de startdatum.');
    check.done();
    return this.write(actor, region.id, null, 'agenda.created', null, async () => {
      if (await this.repo.findAgendaByRegion(region.id)) throw DomainError.conflict('Deze regio heeft al een actieagenda.', 'regionId');
      const agenda = await this.repo.insertAgenda({ regionId: region.id, title: title as string, periodStart: periodStart as string, periodEnd: periodEnd as string });
      return { result: agenda, agendaId: agenda.id };
    });
  }

  async upsertLine(actor: Actor, input: { agendaId: string; number: number; title: string; description?: string | null; focusYears?: number[] | null }): Promise<Actielijn> {
    const agenda = await this.getAgenda(actor, input.agendaId);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    const number = check.int('number', input.number, { label: 'Het nummer', min: 1, max: 99, required: true });
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De beschrijving', max: 4000 });
    const focusYears = [...new Set(input.focusYears ?? [])].sort();
    if (focusYears.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) check.fail('focusYears', 'Focusjaren zijn jaartallen, zoals 2022.');
    check.done();
    return this.write(actor, agenda.regionId, agenda.id, 'line.saved', null, async () => ({
      result: await this.repo.upsertLine({ agendaId: agenda.id, number: number as number, title: title as string, description, focusYears }),
      agendaId: agenda.id,
    }));
  }

  // ---------- acties ----------

  async createActie(actor: Actor, input: ActieInput): Promise<Actie> {
    const { agenda, write } = await this.checkActie(actor, input, null);
    const nextCheckInDue = nextDue(this.today(), write.cadenceDays);
    return this.write(actor, agenda.regionId, agenda.id, 'actie.created', (a: Actie) => a.id, async () => ({
      result: await this.repo.insertActie({ ...write, nextCheckInDue }),
      agendaId: agenda.id,
    }));
  }

  async updateActie(actor: Actor, id: string, input: ActieInput): Promise<Actie> {
    const { actie } = await this.getActie(actor, id);
    const { agenda, write } = await this.checkActie(actor, input, actie);
    return this.write(actor, agenda.regionId, agenda.id, 'actie.updated', () => actie.id, async () => ({
      result: await this.repo.updateActie(actie.id, write),
      agendaId: agenda.id,
    }));
  }

  private async checkActie(actor: Actor, input: ActieInput, current: Actie | null): Promise<{ agenda: Actieagenda; write: ActieWrite }> {
    const [line] = isUuid(input.actielijnId) ? await this.repo.findLinesByIds([input.actielijnId]) : [];
    if (!line) throw DomainError.badInput([{ field: 'actielijnId', message: 'Kies een bestaande actielijn.' }]);
    const agenda = await this.getAgenda(actor, line.agendaId);
    this.assertEdit(actor, agenda);
    if (current && current.agendaId !== agenda.id) {
      throw DomainError.badInput([{ field: 'actielijnId', message: 'Een actie kan niet naar een andere actieagenda verhuizen.' }]);
    }
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 4000 });
    const target = check.text('target', input.target, { label: 'Het doel', max: 1000 });
    const periodStart = check.date('periodStart', input.periodStart, 'De startdatum');
    const periodEnd = check.date('periodEnd', input.periodEnd, 'De einddatum');
    if (periodStart && periodEnd && periodEnd < periodStart) check.fail('periodEnd', 'De einddatum ligt niet vóór de startdatum.');
    const cadenceDays = check.int('cadenceDays', input.cadenceDays ?? 7, { label: 'De cadans (dagen)', min: 1, max: 366 }) ?? 7;
    const progressMode = check.oneOf('progressMode', input.progressMode ?? 'DIRECT', PROGRESS_MODES, 'De manier van voortgang');
    const ownerIds = [...new Set(input.ownerIds ?? [])];
    const partnerSchoolIds = [...new Set(input.partnerSchoolIds ?? [])].filter((id) => id !== input.leadSchoolId);
    const schoolIds = [...partnerSchoolIds, ...(input.leadSchoolId ? [input.leadSchoolId] : [])];
    const schools = await this.regions.schoolsByIds(schoolIds);
    for (const id of schoolIds) {
      const school = schools.find((s) => s.id === id);
      if (!school || school.regionId !== agenda.regionId) {
        check.fail(id === input.leadSchoolId ? 'leadSchoolId' : 'partnerSchoolIds', 'Kies alleen scholen uit deze regio.');
      }
    }
    const memberships = await this.regions.membershipsByPersonIds(ownerIds.filter(isUuid));
    for (const id of ownerIds) {
      if (!memberships.some((m) => m.personId === id && m.regionId === agenda.regionId)) {
        check.fail('ownerIds', 'Eigenaren zijn mensen uit deze regio.');
        break;
      }
    }
    let parentId: string | null = null;
    if (input.parentId) {
      const [parent] = isUuid(input.parentId) ? await this.repo.findActiesByIds([input.parentId]) : [];
      if (!parent || parent.agendaId !== agenda.id) check.fail('parentId', 'Kies een hoofdactie uit dezelfde actieagenda.');
      else if (current && (parent.id === current.id || parent.parentId === current.id)) check.fail('parentId', 'Een actie kan niet onder zichzelf hangen.');
      else if (parent.parentId) check.fail('parentId', 'Sub-acties hebben zelf geen sub-acties.');
      else parentId = parent.id;
    }
    check.done();
    return {
      agenda,
      write: {
        actielijnId: line.id,
        parentId,
        title: title as string,
        description,
        target,
        leadSchoolId: input.leadSchoolId ?? null,
        partnerSchoolIds,
        ownerIds,
        periodStart,
        periodEnd,
        progressMode,
        cadenceDays,
      },
    };
  }

  async closeActie(actor: Actor, id: string, closure: ActieClosure, note?: string | null): Promise<Actie> {
    const { actie, agenda } = await this.getActie(actor, id);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    check.oneOf('closure', closure, ACTIE_CLOSURES, 'De afsluiting');
    const text = check.text('note', note, { label: 'De toelichting', max: 2000 });
    check.done();
    if (actie.closure) throw new DomainError(ErrorCode.ACTIE_CLOSED, 'Deze actie is al afgesloten.');
    return this.write(actor, agenda.regionId, agenda.id, 'actie.closed', () => actie.id, async () => {
      const closed = await this.repo.setClosure(actie.id, closure, this.clock.now());
      if (text) {
        await this.repo.insertDecision({ actieId: actie.id, authorId: actor.personId, text: `Afgesloten (${closureLabel(closure)}): ${text}`, meetingDate: this.today() });
      }
      return { result: closed, agendaId: agenda.id };
    });
  }

  async reopenActie(actor: Actor, id: string): Promise<Actie> {
    const { actie, agenda } = await this.getActie(actor, id);
    this.assertEdit(actor, agenda);
    if (!actie.closure) throw DomainError.badInput([{ field: 'id', message: 'Deze actie is niet afgesloten.' }]);
    return this.write(actor, agenda.regionId, agenda.id, 'actie.updated', () => actie.id, async () => ({
      result: await this.repo.setClosure(actie.id, null, null),
      agendaId: agenda.id,
    }));
  }

  async setPublic(actor: Actor, id: string, isPublic: boolean, summary?: string | null): Promise<Actie> {
    const { actie, agenda } = await this.getActie(actor, id);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    const text = check.text('publicSummary', summary, { label: 'De publieke samenvatting', max: 1000 });
    if (isPublic && !text) check.fail('publicSummary', 'Schrijf een korte samenvatting voor ouders en bedrijven voordat je de actie openbaar maakt.');
    check.done();
    return this.write(actor, agenda.regionId, agenda.id, 'actie.updated', () => actie.id, async () => ({
      result: await this.repo.setPublic(actie.id, isPublic, text),
      agendaId: agenda.id,
    }));
  }

  /** Sets the reported status and progress directly (spreadsheet import); callers authorise. */
  async setReport(actieId: string, status: (typeof ACTIE_STATUSES)[number], progress: number, nextCheckInDue: string): Promise<void> {
    await this.repo.setActieReport(actieId, { status, progress, nextCheckInDue });
  }

  // ---------- check-ins, bijstellingen, reviews, decisions ----------

  async addCheckIn(actor: Actor, input: CheckInInput): Promise<CheckIn> {
    const { actie, agenda } = await this.getActie(actor, input.actieId);
    if (!this.canCheckIn(actor, agenda, actie)) throw DomainError.forbidden('Alleen eigenaren van de actie en verbinders van de regio mogen inchecken.');
    const check = new InputCheck();
    const status = check.oneOf('status', input.status, ACTIE_STATUSES, 'De status');
    const progress = check.int('progress', input.progress, { label: 'De voortgang', min: 0, max: 100, required: true });
    const text = check.text('text', input.text, { label: 'De toelichting', required: true, max: 4000 });
    const today = this.today();
    const date = check.date('date', input.date, 'De datum') ?? today;
    if (date > today) check.fail('date', 'Een check-in kan niet in de toekomst liggen.');
    const links = (input.evidenceLinks ?? []).map((l) => l.trim()).filter(Boolean);
    if (links.length > 10) check.fail('evidenceLinks', 'Voeg hoogstens 10 links toe.');
    links.forEach((link, i) => check.url(`evidenceLinks.${i}`, link, 'Een bewijslink'));
    check.done();
    this.assertOpen(actie);
    return this.write(actor, agenda.regionId, agenda.id, 'checkin.added', () => actie.id, async () => {
      const checkIn = await this.repo.insertCheckIn({ actieId: actie.id, authorId: actor.personId, date, status, progress: progress as number, text: text as string, evidenceLinks: links });
      const latest = (await this.repo.listCheckIns(actie.id))[0];
      if (latest.id === checkIn.id) {
        await this.repo.setActieReport(actie.id, { status, progress: progress as number, nextCheckInDue: nextDue(date, actie.cadenceDays) });
      }
      return { result: checkIn, agendaId: agenda.id };
    });
  }

  async addBijstelling(actor: Actor, input: BijstellingInput): Promise<Bijstelling> {
    const { actie, agenda } = await this.getActie(actor, input.actieId);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    const what = check.text('what', input.what, { label: 'Wat er verandert', required: true, max: 300 });
    const why = check.text('why', input.why, { label: 'Waarom', required: true, max: 2000 });
    const before = check.text('before', input.before, { label: 'Hoe het was', max: 300 });
    const after = check.text('after', input.after, { label: 'Hoe het wordt', max: 300 });
    check.done();
    this.assertOpen(actie);
    return this.write(actor, agenda.regionId, agenda.id, 'bijstelling.added', () => actie.id, async () => ({
      result: await this.repo.insertBijstelling({ actieId: actie.id, authorId: actor.personId, what: what as string, why: why as string, before, after }),
      agendaId: agenda.id,
    }));
  }

  async requestReview(actor: Actor, actieId: string, question?: string | null): Promise<Review> {
    const { actie, agenda } = await this.getActie(actor, actieId);
    if (!this.canCheckIn(actor, agenda, actie)) throw DomainError.forbidden('Alleen eigenaren van de actie en verbinders van de regio mogen een review vragen.');
    const check = new InputCheck();
    const text = check.text('question', question, { label: 'De vraag', max: 1000 });
    check.done();
    this.assertOpen(actie);
    const open = (await this.repo.listReviews(actie.id)).find((r) => r.outcome === null);
    if (open) throw DomainError.conflict('Er staat al een review open voor deze actie.', 'actieId');
    return this.write(actor, agenda.regionId, agenda.id, 'review.requested', () => actie.id, async () => ({
      result: await this.repo.insertReview({ actieId: actie.id, requestedById: actor.personId, question: text }),
      agendaId: agenda.id,
    }));
  }

  async decideReview(actor: Actor, reviewId: string, outcome: ReviewOutcome, note?: string | null): Promise<Review> {
    const review = isUuid(reviewId) ? await this.repo.findReview(reviewId) : null;
    if (!review) throw DomainError.notFound('Deze review');
    const { actie, agenda } = await this.getActie(actor, review.actieId);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    check.oneOf('outcome', outcome, REVIEW_OUTCOMES, 'De uitkomst');
    const text = check.text('note', note, { label: 'De toelichting', max: 2000 });
    if (outcome !== 'RELEVANT_EN_HAALBAAR' && !text) check.fail('note', 'Leg uit wat er verandert of waarom de actie stopt.');
    check.done();
    if (review.outcome) throw DomainError.conflict('Over deze review is al besloten.', 'reviewId');
    return this.write(actor, agenda.regionId, agenda.id, 'review.decided', () => actie.id, async () => {
      const decided = await this.repo.decideReview(review.id, { outcome, decidedById: actor.personId, note: text, at: this.clock.now() });
      if (outcome === 'STOPPEN' && !actie.closure) await this.repo.setClosure(actie.id, 'GESTOPT', this.clock.now());
      return { result: decided, agendaId: agenda.id };
    });
  }

  async recordDecision(actor: Actor, actieId: string, text: string, meetingDate?: string | null): Promise<Decision> {
    const { actie, agenda } = await this.getActie(actor, actieId);
    this.assertEdit(actor, agenda);
    const check = new InputCheck();
    const body = check.text('text', text, { label: 'Het besluit', required: true, max: 2000 });
    const date = check.date('meetingDate', meetingDate, 'De datum van het overleg') ?? this.today();
    check.done();
    this.assertOpen(actie);
    return this.write(actor, agenda.regionId, agenda.id, 'decision.recorded', () => actie.id, async () => ({
      result: await this.repo.insertDecision({ actieId: actie.id, authorId: actor.personId, text: body as string, meetingDate: date }),
      agendaId: agenda.id,
    }));
  }

  private assertOpen(actie: Actie): void {
    if (actie.closure) {
      throw new DomainError(ErrorCode.ACTIE_CLOSED, `Deze actie is afgesloten (${closureLabel(actie.closure).toLowerCase()}); heropen haar eerst.`);
    }
  }

  // ---------- reminders ----------

  /**
   * Sends one reminder per overdue check-in (per actie and due date) to the actie's owners:
   * a notification now and an e-mail through the outbox. Safe to run on every node.
   */
  async sendCheckInReminders(): Promise<number> {
    return this.uow.run(async () => {
      const overdue = await this.repo.claimOverdueReminders(this.today());
      let sent = 0;
      for (const { actie, dueDate } of overdue) {
        const owners = await this.regions.personsByIds(actie.ownerIds);
        if (owners.length === 0) continue;
        const link = `/actie/${actie.id}`;
        await this.notifications.notify(owners.map((o) => o.id), {
          kind: 'actie.checkin-overdue',
          title: `Check-in te laat: ${actie.title}`,
          body: `De check-in was gepland vóór ${dutchDate(dueDate)}.`,
          link,
        });
        for (const owner of owners) {
          const message: EmailMessage = {
            to: owner.email,
            subject: mailText`Check-in te laat: ${actie.title}`,
            text: mailText`Beste ${owner.name},\n\nDe check-in voor de actie "${actie.title}" stond gepland vóór ${dutchDate(dueDate)} en is nog niet gedaan. Laat in Verbinder weten hoe het ervoor staat, zodat het verbindersoverleg er woensdag over kan praten.\n\n${link}\n\nMet vriendelijke groet,\nVerbinder`,
          };
          await this.outbox.enqueue({ kind: EMAIL_JOB, payload: message, key: `checkin-reminder:${actie.id}:${dueDate}:${owner.id}` });
          sent++;
        }
      }
      return sent;
    });
  }

  // ---------- helpers ----------

  /** One transaction for the change; the change event goes out after commit. */
  write<T>(actor: Actor, regionId: string, agendaId: string | null, kind: string, actieIdOf: ((result: T) => string) | null, work: () => Promise<{ result: T; agendaId: string }>): Promise<T> {
    return this.uow.run(async () => {
      const { result, agendaId: id } = await work();
      this.uow.afterCommit(() =>
        this.events.emit('actieagenda.changed', {
          regionId,
          agendaId: agendaId ?? id,
          actieId: actieIdOf ? actieIdOf(result) : null,
          kind,
          actorName: actor.name,
          at: this.clock.now().toISOString(),
        }),
      );
      return result;
    });
  }
}

const STATUS_LABELS = { OP_KOERS: 'Op koers', RISICO: 'Risico', ACHTER: 'Achter', GEPAUZEERD: 'Gepauzeerd' } as const;
const CLOSURE_LABELS = { BEHAALD: 'Behaald', DEELS: 'Deels behaald', GEMIST: 'Gemist', GESTOPT: 'Gestopt' } as const;
const OUTCOME_LABELS = { RELEVANT_EN_HAALBAAR: 'Relevant en haalbaar', BIJSTELLEN: 'Bijstellen', STOPPEN: 'Stoppen' } as const;

export const statusLabel = (s: keyof typeof STATUS_LABELS) => STATUS_LABELS[s];
export const closureLabel = (c: keyof typeof CLOSURE_LABELS) => CLOSURE_LABELS[c];
export const outcomeLabel = (o: keyof typeof OUTCOME_LABELS) => OUTCOME_LABELS[o];

export function dutchDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
