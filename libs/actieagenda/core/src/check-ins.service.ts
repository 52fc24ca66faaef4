import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, EMAIL_JOB, EmailMessage, isUuid, mailText, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { amsterdamDate } from '@verbinder/shared/time';
import { assertEdit, assertOpen } from './actieagenda-access';
import { ActieagendaChanges } from './actieagenda-changes';
import { ACTIEAGENDA_REPOSITORY, ActieagendaRepository } from './actieagenda-repository.port';
import { ActieagendaService } from './actieagenda.service';
import { ACTIE_STATUSES, Actie, Bijstelling, BijstellingInput, CheckIn, CheckInInput, Decision, HistoryEntry, Review, REVIEW_OUTCOMES, ReviewOutcome } from './actieagenda.types';
import { closureLabel, dutchDate, outcomeLabel, statusLabel } from './labels';
import { nextDue } from './rollup';

/**
 * An actie's history: check-ins (by owners and editors; the latest sets the reported status and
 * the next due date), bijstellingen, "relevant en haalbaar?" reviews, decisions, and reminders
 * to owners whose check-in is overdue. Nothing is added to a closed actie.
 */
@Injectable()
export class CheckInsService {
  constructor(
    @Inject(ACTIEAGENDA_REPOSITORY) private readonly repo: ActieagendaRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly agendas: ActieagendaService,
    private readonly changes: ActieagendaChanges,
  ) {}

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
      { kind: 'CREATED', at: actie.createdAt, date: null, actorId: null, summary: `Actie aangemaakt: ${actie.title}` },
      ...checkIns.map((c): HistoryEntry => ({ kind: 'CHECK_IN', at: c.createdAt, date: c.date, actorId: c.authorId, summary: `${statusLabel(c.status)}, ${c.progress}% — ${c.text}` })),
      ...bijstellingen.map((b): HistoryEntry => ({
        kind: 'BIJSTELLING',
        at: b.createdAt,
        date: null,
        actorId: b.authorId,
        summary: `${b.what}${b.before || b.after ? `: ${b.before ?? '—'} → ${b.after ?? '—'}` : ''} (${b.why})`,
      })),
      ...reviews.flatMap((r): HistoryEntry[] => [
        { kind: 'REVIEW_REQUESTED', at: r.requestedAt, date: null, actorId: r.requestedById, summary: `Relevant en haalbaar? ${r.question ?? ''}`.trim() },
        ...(r.outcome && r.decidedAt
          ? [{ kind: 'REVIEW_DECIDED' as const, at: r.decidedAt, date: null, actorId: r.decidedById, summary: `${outcomeLabel(r.outcome)}${r.note ? ` — ${r.note}` : ''}` }]
          : []),
      ]),
      ...decisions.map((d): HistoryEntry => ({ kind: 'DECISION', at: d.createdAt, date: null, actorId: d.authorId, summary: `Besluit (overleg ${d.meetingDate}): ${d.text}` })),
      ...(actie.closure && actie.closedAt ? [{ kind: 'CLOSED' as const, at: actie.closedAt, date: null, actorId: null, summary: `Afgesloten: ${closureLabel(actie.closure)}` }] : []),
    ];
    // Newest first by the day each entry is about (a check-in dated 2 December among that day's
    // entries, not at the moment it was typed in), then by when it was recorded.
    const day = (e: HistoryEntry) => e.date ?? amsterdamDate(e.at);
    return entries.sort((a, b) => day(b).localeCompare(day(a)) || b.at.getTime() - a.at.getTime());
  }

  async addCheckIn(actor: Actor, input: CheckInInput): Promise<CheckIn> {
    const { actie, agenda } = await this.agendas.getActie(actor, input.actieId);
    if (!this.agendas.canCheckIn(actor, agenda, actie)) throw DomainError.forbidden('Alleen eigenaren van de actie en verbinders van de regio mogen inchecken.');
    const check = new InputCheck();
    const status = check.oneOf('status', input.status, ACTIE_STATUSES, 'De status');
    const progress = check.int('progress', input.progress, { label: 'De voortgang', min: 0, max: 100, required: true });
    const text = check.text('text', input.text, { label: 'De toelichting', required: true, max: 4000 });
    const today = this.agendas.today();
    const date = check.date('date', input.date, 'De datum') ?? today;
    if (date > today) check.fail('date', 'Een check-in kan niet in de toekomst liggen.');
    const links = (input.evidenceLinks ?? []).map((l) => l.trim()).filter(Boolean);
    if (links.length > 10) check.fail('evidenceLinks', 'Voeg hoogstens 10 links toe.');
    links.forEach((link, i) => check.url(`evidenceLinks.${i}`, link, 'Een bewijslink'));
    check.done();
    assertOpen(actie);
    return this.changes.toActie(actor, agenda, actie.id, 'checkin.added', async () => {
      const checkIn = await this.repo.insertCheckIn({ actieId: actie.id, authorId: actor.personId, date, status, progress: progress as number, text: text as string, evidenceLinks: links });
      const latest = (await this.repo.listCheckIns(actie.id))[0];
      if (latest.id === checkIn.id) {
        await this.repo.setActieReport(actie.id, { status, progress: progress as number, nextCheckInDue: nextDue(date, actie.cadenceDays) });
      }
      return checkIn;
    });
  }

  async addBijstelling(actor: Actor, input: BijstellingInput): Promise<Bijstelling> {
    const { actie, agenda } = await this.agendas.getActie(actor, input.actieId);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    const what = check.text('what', input.what, { label: 'Wat er verandert', required: true, max: 300 });
    const why = check.text('why', input.why, { label: 'Waarom', required: true, max: 2000 });
    const before = check.text('before', input.before, { label: 'Hoe het was', max: 300 });
    const after = check.text('after', input.after, { label: 'Hoe het wordt', max: 300 });
    check.done();
    assertOpen(actie);
    return this.changes.toActie(actor, agenda, actie.id, 'bijstelling.added', () =>
      this.repo.insertBijstelling({ actieId: actie.id, authorId: actor.personId, what: what as string, why: why as string, before, after }),
    );
  }

  async requestReview(actor: Actor, actieId: string, question?: string | null): Promise<Review> {
    const { actie, agenda } = await this.agendas.getActie(actor, actieId);
    if (!this.agendas.canCheckIn(actor, agenda, actie)) throw DomainError.forbidden('Alleen eigenaren van de actie en verbinders van de regio mogen een review vragen.');
    const check = new InputCheck();
    const text = check.text('question', question, { label: 'De vraag', max: 1000 });
    check.done();
    assertOpen(actie);
    const open = (await this.repo.listReviews(actie.id)).find((r) => r.outcome === null);
    if (open) throw DomainError.conflict('Er staat al een review open voor deze actie.', 'actieId');
    return this.changes.toActie(actor, agenda, actie.id, 'review.requested', () => this.repo.insertReview({ actieId: actie.id, requestedById: actor.personId, question: text }));
  }

  async decideReview(actor: Actor, reviewId: string, outcome: ReviewOutcome, note?: string | null): Promise<Review> {
    const review = isUuid(reviewId) ? await this.repo.findReview(reviewId) : null;
    if (!review) throw DomainError.notFound('Deze review');
    const { actie, agenda } = await this.agendas.getActie(actor, review.actieId);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    check.oneOf('outcome', outcome, REVIEW_OUTCOMES, 'De uitkomst');
    const text = check.text('note', note, { label: 'De toelichting', max: 2000 });
    if (outcome !== 'RELEVANT_EN_HAALBAAR' && !text) check.fail('note', 'Leg uit wat er verandert of waarom de actie stopt.');
    check.done();
    if (review.outcome) throw DomainError.conflict('Over deze review is al besloten.', 'reviewId');
    return this.changes.toActie(actor, agenda, actie.id, 'review.decided', async () => {
      const decided = await this.repo.decideReview(review.id, { outcome, decidedById: actor.personId, note: text, at: this.kernel.clock.now() });
      if (outcome === 'STOPPEN' && !actie.closure) await this.repo.setClosure(actie.id, 'GESTOPT', this.kernel.clock.now());
      return decided;
    });
  }

  async recordDecision(actor: Actor, actieId: string, text: string, meetingDate?: string | null): Promise<Decision> {
    const { actie, agenda } = await this.agendas.getActie(actor, actieId);
    assertEdit(actor, agenda);
    const check = new InputCheck();
    const body = check.text('text', text, { label: 'Het besluit', required: true, max: 2000 });
    const date = check.date('meetingDate', meetingDate, 'De datum van het overleg') ?? this.agendas.today();
    check.done();
    assertOpen(actie);
    return this.changes.toActie(actor, agenda, actie.id, 'decision.recorded', () => this.repo.insertDecision({ actieId: actie.id, authorId: actor.personId, text: body as string, meetingDate: date }));
  }

  /**
   * Sends one reminder per overdue check-in (per actie and due date) to the actie's owners:
   * a notification now and an e-mail through the outbox. Safe to run on every node.
   */
  async sendCheckInReminders(): Promise<number> {
    return this.kernel.uow.run(async () => {
      const overdue = await this.repo.claimOverdueReminders(this.agendas.today());
      let sent = 0;
      for (const { actie, dueDate } of overdue) {
        const owners = await this.regions.personsByIds(actie.ownerIds);
        if (owners.length === 0) continue;
        const link = `/actie/${actie.id}`;
        await this.notifications.notify(
          owners.map((o) => o.id),
          {
            kind: 'actie.checkin-overdue',
            title: `Check-in te laat: ${actie.title}`,
            body: `De check-in was gepland vóór ${dutchDate(dueDate)}.`,
            link,
          },
        );
        for (const owner of owners) {
          const message: EmailMessage = {
            to: owner.email,
            subject: mailText`Check-in te laat: ${actie.title}`,
            text: mailText`Beste ${owner.name},\n\nDe check-in voor de actie "${actie.title}" stond gepland vóór ${dutchDate(dueDate)} en is nog niet gedaan. Laat in Verbinder weten hoe het ervoor staat, zodat het verbindersoverleg er woensdag over kan praten.\n\n${link}\n\nMet vriendelijke groet,\nVerbinder`,
          };
          await this.kernel.outbox.enqueue({ kind: EMAIL_JOB, payload: message, key: `checkin-reminder:${actie.id}:${dueDate}:${owner.id}` });
          sent++;
        }
      }
      return sent;
    });
  }
}
