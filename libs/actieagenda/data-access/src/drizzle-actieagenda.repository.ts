import { Injectable } from '@nestjs/common';
import type {
  Actie,
  Actieagenda,
  ActieagendaRepository,
  Actielijn,
  ActieClosure,
  ActieStatus,
  ActieWrite,
  ActivityRow,
  AgendaData,
  Bijstelling,
  CheckIn,
  Decision,
  Review,
  ReviewOutcome,
} from '@verbinder/actieagenda/core';
import { conflictOnUnique, DrizzleRepository } from '@verbinder/platform/db';
import { DomainError } from '@verbinder/shared/kernel';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import { actieagendas, actieOwners, actiePartners, acties, actielijnen, bijstellingen, checkInReminders, checkIns, decisions, reviews } from './actieagenda.tables';

type ActieRow = typeof acties.$inferSelect & { agendaId: string };

const actieColumns = { ...getTableColumns(acties), agendaId: actielijnen.agendaId };

const TITLE_TAKEN = 'Deze actielijn heeft al een actie met deze titel.';

@Injectable()
export class DrizzleActieagendaRepository extends DrizzleRepository implements ActieagendaRepository {
  async findAgendaByRegion(regionId: string): Promise<Actieagenda | null> {
    const [row] = await this.db.select().from(actieagendas).where(eq(actieagendas.regionId, regionId));
    return row ? toAgenda(row) : null;
  }

  async findAgendasByIds(ids: readonly string[]): Promise<Actieagenda[]> {
    return (await this.findIn(actieagendas, actieagendas.id, ids)).map(toAgenda);
  }

  async insertAgenda(data: Omit<Actieagenda, 'id'>): Promise<Actieagenda> {
    const [row] = await conflictOnUnique(this.db.insert(actieagendas).values(data).returning(), 'Deze regio heeft al een actieagenda.', 'regionId');
    return toAgenda(row);
  }

  findLinesByIds(ids: readonly string[]): Promise<Actielijn[]> {
    return this.findIn(actielijnen, actielijnen.id, ids);
  }

  async upsertLine(data: Omit<Actielijn, 'id'>): Promise<Actielijn> {
    const [row] = await this.db
      .insert(actielijnen)
      .values(data)
      .onConflictDoUpdate({
        target: [actielijnen.agendaId, actielijnen.number],
        set: { title: data.title, description: data.description, focusYears: data.focusYears },
      })
      .returning();
    return row;
  }

  private async withLinks(rows: ActieRow[]): Promise<Actie[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [owners, partners] = await Promise.all([
      this.db.select().from(actieOwners).where(inArray(actieOwners.actieId, ids)),
      this.db.select().from(actiePartners).where(inArray(actiePartners.actieId, ids)),
    ]);
    return rows.map((r) => toActie(r, owners, partners));
  }

  async findActiesByIds(ids: readonly string[]): Promise<Actie[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select(actieColumns)
      .from(acties)
      .innerJoin(actielijnen, eq(actielijnen.id, acties.actielijnId))
      .where(inArray(acties.id, [...ids]));
    return this.withLinks(rows);
  }

  private async writeLinks(actieId: string, data: ActieWrite): Promise<void> {
    await this.db.delete(actieOwners).where(eq(actieOwners.actieId, actieId));
    await this.db.delete(actiePartners).where(eq(actiePartners.actieId, actieId));
    if (data.ownerIds.length) await this.db.insert(actieOwners).values(data.ownerIds.map((personId) => ({ actieId, personId })));
    if (data.partnerSchoolIds.length) await this.db.insert(actiePartners).values(data.partnerSchoolIds.map((schoolId) => ({ actieId, schoolId })));
  }

  async insertActie(data: ActieWrite & { nextCheckInDue: string | null }): Promise<Actie> {
    const { ownerIds: _o, partnerSchoolIds: _p, ...values } = data;
    return this.database.transaction(async () => {
      const [{ id }] = await conflictOnUnique(this.db.insert(acties).values(values).returning({ id: acties.id }), TITLE_TAKEN, 'title');
      await this.writeLinks(id, data);
      return (await this.findActiesByIds([id]))[0];
    });
  }

  async updateActie(id: string, data: ActieWrite): Promise<Actie> {
    const { ownerIds: _o, partnerSchoolIds: _p, ...values } = data;
    return this.database.transaction(async () => {
      await conflictOnUnique(
        this.db
          .update(acties)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(acties.id, id)),
        TITLE_TAKEN,
        'title',
      );
      await this.writeLinks(id, data);
      return (await this.findActiesByIds([id]))[0];
    });
  }

  async setActieReport(id: string, report: { status: ActieStatus; progress: number; nextCheckInDue: string }): Promise<void> {
    await this.db
      .update(acties)
      .set({ ...report, updatedAt: new Date() })
      .where(eq(acties.id, id));
  }

  async setClosure(id: string, closure: ActieClosure | null, at: Date | null): Promise<Actie> {
    await this.db.update(acties).set({ closure, closedAt: at, updatedAt: new Date() }).where(eq(acties.id, id));
    return (await this.findActiesByIds([id]))[0];
  }

  async setPublic(id: string, isPublic: boolean, summary: string | null): Promise<Actie> {
    await this.db.update(acties).set({ isPublic, publicSummary: summary, updatedAt: new Date() }).where(eq(acties.id, id));
    return (await this.findActiesByIds([id]))[0];
  }

  /** Seven statements whatever the number of acties (agendas, lines, acties, owners, partners, latest and earlier check-ins). */
  async loadAgendaData(agendaIds: readonly string[], trendReferenceDate: string): Promise<AgendaData[]> {
    if (agendaIds.length === 0) return [];
    const ids = [...agendaIds];
    const inAgendas = inArray(actielijnen.agendaId, ids);
    const actieIdsInAgendas = this.db.select({ id: acties.id }).from(acties).innerJoin(actielijnen, eq(actielijnen.id, acties.actielijnId)).where(inAgendas);
    const [agendaRows, lineRows, actieRows, owners, partners, latest, then] = await Promise.all([
      this.db.select().from(actieagendas).where(inArray(actieagendas.id, ids)),
      this.db.select().from(actielijnen).where(inAgendas).orderBy(asc(actielijnen.number)),
      this.db.select(actieColumns).from(acties).innerJoin(actielijnen, eq(actielijnen.id, acties.actielijnId)).where(inAgendas).orderBy(asc(acties.createdAt), asc(acties.title)),
      this.db.select().from(actieOwners).where(inArray(actieOwners.actieId, actieIdsInAgendas)),
      this.db.select().from(actiePartners).where(inArray(actiePartners.actieId, actieIdsInAgendas)),
      this.db.selectDistinctOn([checkIns.actieId]).from(checkIns).where(inArray(checkIns.actieId, actieIdsInAgendas)).orderBy(checkIns.actieId, desc(checkIns.date), desc(checkIns.createdAt)),
      this.db
        .selectDistinctOn([checkIns.actieId], { actieId: checkIns.actieId, progress: checkIns.progress })
        .from(checkIns)
        .where(and(inArray(checkIns.actieId, actieIdsInAgendas), lte(checkIns.date, trendReferenceDate)))
        .orderBy(checkIns.actieId, desc(checkIns.date), desc(checkIns.createdAt)),
    ]);
    const allActies = actieRows.map((r) => toActie(r, owners, partners));
    const progressThen = new Map(then.map((t) => [t.actieId, t.progress]));
    return agendaRows.map((agenda) => {
      const actiesOf = allActies.filter((a) => a.agendaId === agenda.id);
      const actieIds = new Set(actiesOf.map((a) => a.id));
      return {
        agenda: toAgenda(agenda),
        lines: lineRows.filter((l) => l.agendaId === agenda.id),
        acties: actiesOf,
        latestCheckIns: latest.filter((c) => actieIds.has(c.actieId)),
        progressThen,
      };
    });
  }

  insertCheckIn(data: Omit<CheckIn, 'id' | 'createdAt'>): Promise<CheckIn> {
    return this.insertOne(checkIns, data);
  }

  listCheckIns(actieId: string): Promise<CheckIn[]> {
    return this.db.select().from(checkIns).where(eq(checkIns.actieId, actieId)).orderBy(desc(checkIns.date), desc(checkIns.createdAt));
  }

  insertBijstelling(data: Omit<Bijstelling, 'id' | 'createdAt'>): Promise<Bijstelling> {
    return this.insertOne(bijstellingen, data);
  }

  listBijstellingen(actieId: string): Promise<Bijstelling[]> {
    return this.db.select().from(bijstellingen).where(eq(bijstellingen.actieId, actieId)).orderBy(desc(bijstellingen.createdAt));
  }

  insertReview(data: { actieId: string; requestedById: string; question: string | null }): Promise<Review> {
    return this.insertOne(reviews, data);
  }

  findReview(id: string): Promise<Review | null> {
    return this.findOne(reviews, eq(reviews.id, id));
  }

  async decideReview(id: string, d: { outcome: ReviewOutcome; decidedById: string; note: string | null; at: Date }): Promise<Review> {
    const [row] = await this.db
      .update(reviews)
      .set({ outcome: d.outcome, decidedById: d.decidedById, note: d.note, decidedAt: d.at })
      .where(and(eq(reviews.id, id), isNull(reviews.outcome)))
      .returning();
    if (!row) throw DomainError.conflict('Over deze review is al besloten.', 'reviewId');
    return row;
  }

  listReviews(actieId: string): Promise<Review[]> {
    return this.db.select().from(reviews).where(eq(reviews.actieId, actieId)).orderBy(desc(reviews.requestedAt));
  }

  insertDecision(data: Omit<Decision, 'id' | 'createdAt'>): Promise<Decision> {
    return this.insertOne(decisions, data);
  }

  listDecisions(actieId: string): Promise<Decision[]> {
    return this.db.select().from(decisions).where(eq(decisions.actieId, actieId)).orderBy(desc(decisions.createdAt));
  }

  async claimOverdueReminders(today: string): Promise<Array<{ actie: Actie; regionId: string; dueDate: string }>> {
    const due = await this.db
      .select({ id: acties.id, dueDate: acties.nextCheckInDue, regionId: actieagendas.regionId })
      .from(acties)
      .innerJoin(actielijnen, eq(actielijnen.id, acties.actielijnId))
      .innerJoin(actieagendas, eq(actieagendas.id, actielijnen.agendaId))
      .where(and(isNull(acties.closure), ne(acties.status, 'GEPAUZEERD'), lt(acties.nextCheckInDue, today)));
    if (due.length === 0) return [];
    const claimed = await this.db
      .insert(checkInReminders)
      .values(due.map((d) => ({ actieId: d.id, dueDate: d.dueDate as string })))
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) return [];
    const found = await this.findActiesByIds(claimed.map((c) => c.actieId));
    return claimed.map((c) => ({
      actie: found.find((a) => a.id === c.actieId) as Actie,
      dueDate: c.dueDate,
      regionId: due.find((d) => d.id === c.actieId)?.regionId as string,
    }));
  }

  async activitySince(agendaId: string, since: Date): Promise<ActivityRow[]> {
    const result = await this.db.execute(sql`
      with agenda_acties as (
        select a.id from ${acties} a join ${actielijnen} l on l.id = a.actielijn_id where l.agenda_id = ${agendaId}
      ), activity as (
        select author_id as person_id, created_at as at from ${checkIns} where actie_id in (select id from agenda_acties)
        union all select author_id, created_at from ${bijstellingen} where actie_id in (select id from agenda_acties)
        union all select requested_by, requested_at from ${reviews} where actie_id in (select id from agenda_acties)
        union all select decided_by, decided_at from ${reviews} where decided_by is not null and actie_id in (select id from agenda_acties)
        union all select author_id, created_at from ${decisions} where actie_id in (select id from agenda_acties)
      )
      select person_id, max(at) as at from activity where at >= ${since.toISOString()} group by person_id`);
    const rows = (result as unknown as { rows: Array<{ person_id: string; at: string | Date }> }).rows;
    return rows.map((r) => ({ personId: r.person_id, at: new Date(r.at) }));
  }
}

function toAgenda(row: typeof actieagendas.$inferSelect): Actieagenda {
  return { id: row.id, regionId: row.regionId, title: row.title, periodStart: row.periodStart, periodEnd: row.periodEnd };
}

function toActie(row: ActieRow, owners: Array<typeof actieOwners.$inferSelect>, partners: Array<typeof actiePartners.$inferSelect>): Actie {
  return {
    ...row,
    ownerIds: owners.filter((o) => o.actieId === row.id).map((o) => o.personId),
    partnerSchoolIds: partners.filter((p) => p.actieId === row.id).map((p) => p.schoolId),
  };
}
