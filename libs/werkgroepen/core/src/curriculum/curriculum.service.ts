import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isUuid, InputCheck, toCsv, KernelPorts } from '@verbinder/shared/kernel';
import { amsterdamDate } from '@verbinder/shared/time';
import { WerkgroepenService } from '../werkgroepen.service';
import type { Werkgroep } from '../werkgroepen.types';
import { CURRICULUM_STUDY_HOURS_MAX, parseCurriculumCsv, schoolFitsSide } from './curriculum-csv';
import { CURRICULUM_REPOSITORY, CurriculumRepository } from './curriculum-repository.port';
import { MBO_STUDY_YEAR_HOURS, summarizeCurriculum } from './curriculum-summary';
import {
  Curriculum,
  CURRICULUM_DECISIONS,
  CURRICULUM_ITEM_KINDS,
  CURRICULUM_RELATIONS,
  CURRICULUM_SIDES,
  CurriculumDecision,
  CurriculumImportResult,
  CurriculumItem,
  CurriculumItemInput,
  CurriculumItemKind,
  CurriculumPair,
  CurriculumPairInput,
  CurriculumPairView,
  CurriculumRelation,
  CurriculumSide,
  DECISION_LABEL,
  KIND_LABEL,
  RELATION_LABEL,
  SIDE_LABEL,
  sideOfKind,
} from './curriculum.types';

/** Columns of the export: one row per pair, then the items without a pair. */
export const CURRICULUM_EXPORT_COLUMNS = [
  'vo-code',
  'vo-soort',
  'vo-titel',
  'vo-school',
  'vo-studie-uren',
  'mbo-code',
  'mbo-soort',
  'mbo-titel',
  'mbo-school',
  'mbo-studie-uren',
  'relatie',
  'besluit',
  'eigenaar',
  'vrijgespeelde uren',
  'toelichting',
  'besloten op',
] as const;

/** Pairs in a stable order that follows the vo side: by vo code, then mbo code. */
const byCodes = (a: CurriculumPairView, b: CurriculumPairView) => compare(a.voItem.code, b.voItem.code) || compare(a.mboItem.code, b.mboItem.code);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The curriculum comparison of a werkgroep: vo items (PTA, profiel, keuzevak, eindterm) and
 * mbo items (OER, keuzedeel, kwalificatie-onderdeel) side by side, pairs of them marked as
 * overlap, gap or fit with a decision, and a summary against the law's maximum shortening of
 * one year. Reading needs `readable`, every write `writable` (members of a non-archived group).
 */
@Injectable()
export class CurriculumService {
  constructor(
    @Inject(CURRICULUM_REPOSITORY) private readonly repo: CurriculumRepository,
    private readonly kernel: KernelPorts,
    private readonly werkgroepen: WerkgroepenService,
    private readonly regions: RegionsService,
  ) {}

  // ---------- reads ----------

  async curriculum(actor: Actor, werkgroepId: string): Promise<Curriculum> {
    const { werkgroep } = await this.werkgroepen.readable(actor, werkgroepId);
    return this.load(werkgroep.id);
  }

  /** Semicolon CSV for a Dutch spreadsheet: one row per pair, then unpaired items. */
  async exportCsv(actor: Actor, werkgroepId: string): Promise<string> {
    const { werkgroep } = await this.werkgroepen.readable(actor, werkgroepId);
    const { items, pairs } = await this.load(werkgroep.id);
    const schools = new Map((await this.regions.schoolsByRegionIds([werkgroep.regionId])).map((s) => [s.id, s.name]));
    const ownerIds = [...new Set(pairs.map((p) => p.ownerId).filter((id): id is string => !!id))];
    const owners = new Map((await this.regions.personsByIds(ownerIds)).map((p) => [p.id, p.name]));
    const itemCells = (item: CurriculumItem | null) =>
      item
        ? [item.code, KIND_LABEL[item.kind].toLowerCase(), item.title, item.schoolId ? (schools.get(item.schoolId) ?? '') : '', item.studyHours === null ? '' : String(item.studyHours)]
        : ['', '', '', '', ''];
    const rows: string[][] = [[...CURRICULUM_EXPORT_COLUMNS]];
    for (const p of pairs) {
      rows.push([
        ...itemCells(p.voItem),
        ...itemCells(p.mboItem),
        RELATION_LABEL[p.relation].toLowerCase(),
        p.decision ? DECISION_LABEL[p.decision].toLowerCase() : 'nog geen besluit',
        p.ownerId ? (owners.get(p.ownerId) ?? '') : '',
        String(p.hoursFreed),
        p.note ?? '',
        p.decidedAt ? amsterdamDate(p.decidedAt) : '',
      ]);
    }
    const paired = new Set(pairs.flatMap((p) => [p.voItemId, p.mboItemId]));
    for (const item of items.filter((i) => !paired.has(i.id))) {
      rows.push([...itemCells(item.side === 'VO' ? item : null), ...itemCells(item.side === 'MBO' ? item : null), 'nog niet vergeleken', '', '', '', '', '']);
    }
    return toCsv(rows);
  }

  private async load(werkgroepId: string): Promise<Curriculum> {
    const [items, pairs] = await Promise.all([this.repo.listItems(werkgroepId), this.repo.listPairs(werkgroepId)]);
    const byId = new Map(items.map((i) => [i.id, i]));
    const views: CurriculumPairView[] = pairs.flatMap((p) => {
      const voItem = byId.get(p.voItemId);
      const mboItem = byId.get(p.mboItemId);
      return voItem && mboItem ? [{ ...p, voItem, mboItem }] : [];
    });
    views.sort(byCodes);
    return { werkgroepId, items, pairs: views, summary: summarizeCurriculum(items, views) };
  }

  // ---------- items ----------

  async saveItem(actor: Actor, input: CurriculumItemInput): Promise<CurriculumItem> {
    const { werkgroep } = await this.werkgroepen.writable(actor, input.werkgroepId);
    const existing = input.id ? await this.ownItem(werkgroep.id, input.id) : null;
    const check = new InputCheck();
    const side = check.oneOf('side', input.side as CurriculumSide, CURRICULUM_SIDES, 'De kant (vo of mbo)');
    const kind = check.oneOf('kind', input.kind as CurriculumItemKind, CURRICULUM_ITEM_KINDS, 'De soort');
    if (CURRICULUM_SIDES.includes(side) && CURRICULUM_ITEM_KINDS.includes(kind) && sideOfKind(kind) !== side) {
      check.fail('kind', `Een ${KIND_LABEL[kind].toLowerCase()} hoort niet aan de ${SIDE_LABEL[side]}-kant.`);
    }
    const code = check.text('code', input.code, { label: 'De code', required: true, max: 40 }) ?? '';
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 }) ?? '';
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 2000 });
    const studyHours = check.int('studyHours', input.studyHours, { label: 'De studie-uren', min: 0, max: CURRICULUM_STUDY_HOURS_MAX });
    const schoolId = input.schoolId || null;
    if (schoolId) {
      const [school] = isUuid(schoolId) ? await this.regions.schoolsByIds([schoolId]) : [];
      if (!school || school.regionId !== werkgroep.regionId) check.fail('schoolId', 'Kies een school uit deze regio.');
      else if (CURRICULUM_SIDES.includes(side) && !schoolFitsSide(school.kind, side)) check.fail('schoolId', `${school.name} is geen ${SIDE_LABEL[side]}-school.`);
    }
    check.done();
    return this.kernel.uow.run(async () => {
      const clash = await this.repo.findItemByCode(werkgroep.id, side, code);
      if (clash && clash.id !== existing?.id) throw DomainError.conflict(`Aan de ${SIDE_LABEL[side]}-kant is er al een onderdeel met code ${code}.`, 'code');
      if (existing && existing.side !== side) {
        // An item in a pair stays on its side; otherwise the pair would join two items of one side.
        const inPair = (await this.repo.listPairs(werkgroep.id)).some((p) => p.voItemId === existing.id || p.mboItemId === existing.id);
        if (inPair) throw DomainError.conflict('Dit onderdeel hoort bij een koppeling; verwijder die eerst voordat je de kant wijzigt.', 'side');
      }
      const data = { werkgroepId: werkgroep.id, side, kind, code, title, description, schoolId, studyHours };
      const item = existing ? await this.repo.updateItem(existing.id, data) : await this.repo.insertItem(data);
      this.werkgroepen.changed(werkgroep, 'curriculum', item.id, existing ? 'item-updated' : 'item-created');
      return item;
    });
  }

  deleteItem(actor: Actor, id: string): Promise<boolean> {
    return this.deleteRow(actor, id, { notFound: 'Dit onderdeel', find: (i) => this.repo.findItem(i), remove: (i) => this.repo.deleteItem(i), action: 'item-deleted' });
  }

  /** Upserts items by side and code; all rows are checked first and nothing is stored on any problem. */
  async importCsv(actor: Actor, werkgroepId: string, csv: string): Promise<CurriculumImportResult> {
    const { werkgroep } = await this.werkgroepen.writable(actor, werkgroepId);
    const schools = await this.regions.schoolsByRegionIds([werkgroep.regionId]);
    const rows = parseCurriculumCsv(csv, schools);
    return this.kernel.uow.run(async () => {
      const existing = new Map((await this.repo.listItems(werkgroep.id)).map((i) => [`${i.side}:${i.code}`, i]));
      let created = 0;
      let updated = 0;
      for (const row of rows) {
        const data = { werkgroepId: werkgroep.id, side: row.side, kind: row.kind, code: row.code, title: row.title, description: row.description, schoolId: row.schoolId, studyHours: row.studyHours };
        const current = existing.get(`${row.side}:${row.code}`);
        if (current) {
          await this.repo.updateItem(current.id, data);
          updated++;
        } else {
          await this.repo.insertItem(data);
          created++;
        }
      }
      this.werkgroepen.changed(werkgroep, 'curriculum', null, 'imported');
      return { created, updated };
    });
  }

  // ---------- pairs ----------

  async savePair(actor: Actor, input: CurriculumPairInput): Promise<CurriculumPairView> {
    const { werkgroep } = await this.werkgroepen.writable(actor, input.werkgroepId);
    const existing = input.id ? await this.ownPair(werkgroep.id, input.id) : null;
    const check = new InputCheck();
    const relation = check.oneOf('relation', input.relation as CurriculumRelation, CURRICULUM_RELATIONS, 'De relatie');
    const decision = input.decision ? check.oneOf('decision', input.decision as CurriculumDecision, CURRICULUM_DECISIONS, 'Het besluit') : null;
    const hoursFreed = check.int('hoursFreed', input.hoursFreed, { label: 'De vrijgespeelde uren', min: 0, max: MBO_STUDY_YEAR_HOURS }) ?? 0;
    if (!input.decision && hoursFreed > 0) check.fail('hoursFreed', 'Vrijgespeelde uren horen bij een besluit; kies eerst een besluit.');
    const note = check.text('note', input.note, { label: 'De toelichting', max: 2000 });
    const voItem = isUuid(input.voItemId) ? await this.repo.findItem(input.voItemId) : null;
    const mboItem = isUuid(input.mboItemId) ? await this.repo.findItem(input.mboItemId) : null;
    if (!voItem || voItem.werkgroepId !== werkgroep.id) check.fail('voItemId', 'Kies een vo-onderdeel uit deze vergelijking.');
    else if (voItem.side !== 'VO') check.fail('voItemId', 'Dit onderdeel staat aan de mbo-kant; kies een vo-onderdeel.');
    if (!mboItem || mboItem.werkgroepId !== werkgroep.id) check.fail('mboItemId', 'Kies een mbo-onderdeel uit deze vergelijking.');
    else if (mboItem.side !== 'MBO') check.fail('mboItemId', 'Dit onderdeel staat aan de vo-kant; kies een mbo-onderdeel.');
    const ownerId = input.ownerId || null;
    if (ownerId) {
      const members = await this.werkgroepen.members(actor, werkgroep.id);
      if (!members.some((m) => m.personId === ownerId)) check.fail('ownerId', 'De eigenaar moet lid zijn van deze werkgroep.');
    }
    check.done();
    return this.kernel.uow.run(async () => {
      const clash = await this.repo.findPairByItems((voItem as CurriculumItem).id, (mboItem as CurriculumItem).id);
      if (clash && clash.id !== existing?.id) throw DomainError.conflict('Deze twee onderdelen zijn al aan elkaar gekoppeld.', 'mboItemId');
      // A decision is dated when it is taken (or changed); removing it clears the date.
      const decidedAt = decision === null ? null : existing?.decision === decision && existing.decidedAt ? existing.decidedAt : this.kernel.clock.now();
      const data = { werkgroepId: werkgroep.id, voItemId: (voItem as CurriculumItem).id, mboItemId: (mboItem as CurriculumItem).id, relation, decision, ownerId, hoursFreed, note, decidedAt };
      const pair = existing ? await this.repo.updatePair(existing.id, data) : await this.repo.insertPair(data);
      this.werkgroepen.changed(werkgroep, 'curriculum', pair.id, existing ? 'pair-updated' : 'pair-created');
      return { ...pair, voItem: voItem as CurriculumItem, mboItem: mboItem as CurriculumItem };
    });
  }

  deletePair(actor: Actor, id: string): Promise<boolean> {
    return this.deleteRow(actor, id, { notFound: 'Deze koppeling', find: (i) => this.repo.findPair(i), remove: (i) => this.repo.deletePair(i), action: 'pair-deleted' });
  }

  /** Deletes an item or a pair of a werkgroep the actor may change, and reports the change. */
  private async deleteRow(
    actor: Actor,
    id: string,
    row: { notFound: string; find: (id: string) => Promise<{ id: string; werkgroepId: string } | null>; remove: (id: string) => Promise<unknown>; action: string },
  ): Promise<boolean> {
    const found = isUuid(id) ? await row.find(id) : null;
    if (!found) throw DomainError.notFound(row.notFound);
    const { werkgroep } = await this.werkgroepen.writable(actor, found.werkgroepId);
    return this.kernel.uow.run(async () => {
      await row.remove(found.id);
      this.werkgroepen.changed(werkgroep, 'curriculum', found.id, row.action);
      return true;
    });
  }

  private async ownItem(werkgroepId: Werkgroep['id'], id: string): Promise<CurriculumItem> {
    const item = isUuid(id) ? await this.repo.findItem(id) : null;
    if (!item || item.werkgroepId !== werkgroepId) throw DomainError.notFound('Dit onderdeel');
    return item;
  }

  private async ownPair(werkgroepId: Werkgroep['id'], id: string): Promise<CurriculumPair> {
    const pair = isUuid(id) ? await this.repo.findPair(id) : null;
    if (!pair || pair.werkgroepId !== werkgroepId) throw DomainError.notFound('Deze koppeling');
    return pair;
  }
}
