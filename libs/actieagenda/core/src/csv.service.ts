import { Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { ACTIEAGENDA_CSV_COLUMNS, ErrorCode } from '@verbinder/shared/contracts';
import { Actor, DomainError, isCalendarDate, parseCsv, toCsv } from '@verbinder/shared/kernel';
import { ActieagendaChanges } from './actieagenda-changes';
import { ActieagendaService } from './actieagenda.service';
import { ActiesService } from './acties.service';
import { ACTIE_STATUSES, ActieStatus } from './actieagenda.types';
import { statusLabel } from './labels';
import { nextDue } from './rollup';
import { RollupService } from './rollup.service';

export const CSV_COLUMNS = ACTIEAGENDA_CSV_COLUMNS;

type Column = (typeof CSV_COLUMNS)[number];
const MAX_ROWS = 2000;
const MAX_BYTES = 2 * 1024 * 1024;
const STATUS_BY_LABEL = new Map<string, ActieStatus>(ACTIE_STATUSES.map((s) => [statusLabel(s).toLowerCase(), s]));

interface RowError {
  row: number;
  column: string;
  message: string;
}

/** CSV export and all-or-nothing import of an agenda, for the spreadsheet the verbinders have today. */
@Injectable()
export class CsvService {
  constructor(
    private readonly agenda: ActieagendaService,
    private readonly acties: ActiesService,
    private readonly rollup: RollupService,
    private readonly changes: ActieagendaChanges,
    private readonly regions: RegionsService,
  ) {}

  async export(actor: Actor, agendaId: string): Promise<string> {
    const agenda = await this.agenda.getAgenda(actor, agendaId);
    const [view] = await this.rollup.views([agenda.id]);
    const schools = new Map((await this.regions.schoolsByRegionIds([agenda.regionId])).map((s) => [s.id, s.name]));
    const people = new Map((await this.regions.personsByIds([...new Set(view.data.acties.flatMap((a) => a.ownerIds))])).map((p) => [p.id, p.email]));
    const rows: string[][] = [[...CSV_COLUMNS]];
    for (const line of view.data.lines) {
      const acties = view.data.acties.filter((a) => a.actielijnId === line.id && a.parentId === null);
      for (const a of acties) {
        const f = view.figures.acties.get(a.id);
        rows.push([
          String(line.number),
          line.title,
          a.title,
          a.description ?? '',
          a.target ?? '',
          a.leadSchoolId ? (schools.get(a.leadSchoolId) ?? '') : '',
          a.partnerSchoolIds.map((id) => schools.get(id) ?? '').join('|'),
          a.ownerIds.map((id) => people.get(id) ?? '').join('|'),
          a.periodStart ?? '',
          a.periodEnd ?? '',
          String(a.cadenceDays),
          statusLabel(f?.status ?? a.status).toLowerCase(),
          String(f?.progress ?? a.progress),
          a.isPublic ? 'ja' : 'nee',
        ]);
      }
      if (acties.length === 0) rows.push([String(line.number), line.title, ...Array(CSV_COLUMNS.length - 2).fill('')]);
    }
    return toCsv(rows);
  }

  async import(actor: Actor, agendaId: string, csv: string): Promise<{ created: number; updated: number; lines: number }> {
    const agenda = await this.agenda.getAgenda(actor, agendaId);
    if (!this.agenda.canEdit(actor, agenda)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen de actieagenda inlezen.');
    const invalid = (rows: RowError[], message = 'Het CSV-bestand bevat fouten; er is niets ingelezen.') => new DomainError(ErrorCode.CSV_INVALID, message, { rows });
    if (!csv || !csv.trim()) throw invalid([{ row: 0, column: '', message: 'Het bestand is leeg.' }], 'Het CSV-bestand is leeg.');
    if (Buffer.byteLength(csv) > MAX_BYTES) throw invalid([{ row: 0, column: '', message: 'Het bestand is groter dan 2 MB.' }], 'Het CSV-bestand is te groot.');
    let table: string[][];
    try {
      table = parseCsv(csv);
    } catch {
      throw invalid([{ row: 0, column: '', message: 'Een aanhalingsteken wordt niet afgesloten.' }]);
    }
    const [header, ...body] = table;
    const columns = (header ?? []).map((h) => h.trim().toLowerCase());
    const missing = CSV_COLUMNS.filter((c) => !columns.includes(c));
    if (missing.length) {
      throw invalid(
        missing.map((c) => ({ row: 1, column: c, message: `De kolom "${c}" ontbreekt in de kopregel.` })),
        'De kopregel van het CSV-bestand klopt niet.',
      );
    }
    if (body.length === 0) throw invalid([{ row: 2, column: '', message: 'Er staan geen rijen onder de kopregel.' }]);
    if (body.length > MAX_ROWS) throw invalid([{ row: MAX_ROWS + 2, column: '', message: `Lees hoogstens ${MAX_ROWS} rijen tegelijk in.` }]);

    const [view] = await this.rollup.views([agenda.id]);
    const schools = await this.regions.schoolsByRegionIds([agenda.regionId]);
    const members = await this.regions.membershipsByRegionIds([agenda.regionId]);
    const people = await this.regions.personsByIds([...new Set(members.map((m) => m.personId))]);
    const schoolByName = new Map(schools.map((s) => [s.name.toLowerCase(), s.id]));
    const personByEmail = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));

    const errors: RowError[] = [];
    const parsed = body.map((cells, index) => {
      const rowNumber = index + 2;
      const get = (c: Column) => (cells[columns.indexOf(c)] ?? '').trim();
      const fail = (column: Column, message: string) => errors.push({ row: rowNumber, column, message: `Rij ${rowNumber}: ${message}` });
      const number = Number(get('actielijn'));
      if (!Number.isInteger(number) || number < 1 || number > 99) fail('actielijn', 'het nummer van de actielijn is een heel getal van 1 tot en met 99.');
      const title = get('actie');
      if (!title) fail('actie', 'de titel van de actie ontbreekt.');
      if (title.length > 200) fail('actie', 'de titel is langer dan 200 tekens.');
      const lineTitle = get('actielijn_titel');
      if (!lineTitle && !view.data.lines.some((l) => l.number === number)) fail('actielijn_titel', 'een nieuwe actielijn heeft een titel nodig.');
      const lead = get('trekker');
      const leadSchoolId = lead ? schoolByName.get(lead.toLowerCase()) : undefined;
      if (lead && !leadSchoolId) fail('trekker', `"${lead}" is geen school in deze regio.`);
      const partnerSchoolIds = splitList(get('partners')).map((name) => {
        const id = schoolByName.get(name.toLowerCase());
        if (!id) fail('partners', `"${name}" is geen school in deze regio.`);
        return id ?? '';
      });
      const ownerIds = splitList(get('eigenaren')).map((email) => {
        const id = personByEmail.get(email.toLowerCase());
        if (!id) fail('eigenaren', `${email} is geen lid van deze regio.`);
        return id ?? '';
      });
      const periodStart = get('start') || null;
      const periodEnd = get('eind') || null;
      for (const [column, value] of [
        ['start', periodStart],
        ['eind', periodEnd],
      ] as const) {
        if (value && !isCalendarDate(value)) fail(column, `"${value}" is geen datum in de vorm jjjj-mm-dd.`);
      }
      const cadence = get('cadans_dagen') ? Number(get('cadans_dagen')) : 7;
      if (!Number.isInteger(cadence) || cadence < 1 || cadence > 366) fail('cadans_dagen', 'de cadans is een aantal dagen van 1 tot en met 366.');
      const statusText = get('status').toLowerCase();
      const status = statusText ? STATUS_BY_LABEL.get(statusText) : 'OP_KOERS';
      if (!status) fail('status', `"${get('status')}" is geen status (op koers, risico, achter of gepauzeerd).`);
      const progressText = get('voortgang').replace('%', '');
      const progress = progressText ? Number(progressText) : 0;
      if (!Number.isInteger(progress) || progress < 0 || progress > 100) fail('voortgang', 'de voortgang is een heel getal van 0 tot en met 100.');
      const publicText = get('publiek').toLowerCase();
      if (publicText && !['ja', 'nee'].includes(publicText)) fail('publiek', 'vul ja of nee in.');
      return {
        number,
        lineTitle,
        title,
        description: get('omschrijving') || null,
        target: get('doel') || null,
        leadSchoolId: leadSchoolId ?? null,
        partnerSchoolIds,
        ownerIds,
        periodStart,
        periodEnd,
        cadence,
        status: status ?? 'OP_KOERS',
        progress,
        isPublic: publicText === 'ja',
      };
    });
    const seen = new Set<string>();
    parsed.forEach((p, index) => {
      const key = `${p.number}:${p.title.toLowerCase()}`;
      if (seen.has(key)) errors.push({ row: index + 2, column: 'actie', message: `Rij ${index + 2}: deze actie staat al eerder in het bestand.` });
      seen.add(key);
    });
    if (errors.length) throw invalid(errors);

    return this.changes.write(actor, agenda.regionId, agenda.id, 'import.done', null, async () => {
      let created = 0;
      let updated = 0;
      let lines = 0;
      const lineIds = new Map(view.data.lines.map((l) => [l.number, l.id]));
      for (const p of parsed) {
        if (!lineIds.has(p.number)) {
          const line = await this.agenda.upsertLine(actor, { agendaId: agenda.id, number: p.number, title: p.lineTitle, focusYears: [] });
          lineIds.set(p.number, line.id);
          lines++;
        }
        const actielijnId = lineIds.get(p.number) as string;
        const existing = view.data.acties.find((a) => a.actielijnId === actielijnId && a.parentId === null && a.title.toLowerCase() === p.title.toLowerCase());
        const input = {
          actielijnId,
          title: existing?.title ?? p.title,
          description: p.description,
          target: p.target,
          leadSchoolId: p.leadSchoolId,
          partnerSchoolIds: p.partnerSchoolIds,
          ownerIds: p.ownerIds,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          cadenceDays: p.cadence,
          progressMode: existing?.progressMode ?? 'DIRECT',
        };
        const actie = existing ? await this.acties.updateActie(actor, existing.id, input) : await this.acties.createActie(actor, input);
        if (existing) updated++;
        else created++;
        if (!existing || existing.status !== p.status || existing.progress !== p.progress) {
          await this.acties.setReport(actie.id, p.status, p.progress, actie.nextCheckInDue ?? nextDue(this.agenda.today(), p.cadence));
        }
        if (p.isPublic !== actie.isPublic) {
          await this.acties.setPublic(actor, actie.id, p.isPublic, actie.publicSummary ?? p.description ?? p.title);
        }
      }
      return { result: { created, updated, lines }, agendaId: agenda.id };
    });
  }
}

const splitList = (value: string) =>
  value
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);
