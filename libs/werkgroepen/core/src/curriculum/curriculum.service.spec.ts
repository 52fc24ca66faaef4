import { actor, fakeRegions, GROUP, manualClock, MISSING, OTHER_REGION, REGION, rejection, uuid, werkgroepenWith } from '../testing/werkgroepen-fakes';
import type { CurriculumRepository } from './curriculum-repository.port';
import { CurriculumService } from './curriculum.service';
import type { CurriculumItem, CurriculumItemWrite, CurriculumPair, CurriculumPairWrite, CurriculumSide } from './curriculum.types';
import { removeRow, insertRow } from '@verbinder/shared/kernel/testing';

const MEMBER = uuid(1);
const OWNER = uuid(2);
const member = actor(MEMBER, [['DOCENT']]);
const regionColleague = actor(uuid(3), [['DOCENT']]);
const VO_SCHOOL = uuid(50);
const MBO_SCHOOL = uuid(51);

class MemoryCurriculumRepository implements CurriculumRepository {
  readonly items: CurriculumItem[] = [];
  readonly pairs: CurriculumPair[] = [];
  private next = 700;
  async listItems(werkgroepId: string) {
    return this.items.filter((i) => i.werkgroepId === werkgroepId);
  }
  async listPairs(werkgroepId: string) {
    return this.pairs.filter((p) => p.werkgroepId === werkgroepId);
  }
  async findItem(id: string) {
    return this.items.find((i) => i.id === id) ?? null;
  }
  async findItemByCode(werkgroepId: string, side: CurriculumSide, code: string) {
    return this.items.find((i) => i.werkgroepId === werkgroepId && i.side === side && i.code === code) ?? null;
  }
  async insertItem(data: CurriculumItemWrite) {
    return insertRow(this.items, { id: uuid(this.next++), createdAt: new Date(0), ...data });
  }
  async updateItem(id: string, data: CurriculumItemWrite) {
    return { ...Object.assign(this.items.find((i) => i.id === id) as CurriculumItem, data) };
  }
  async deleteItem(id: string) {
    removeRow(this.items, id);
    return true;
  }
  async findPair(id: string) {
    const pair = this.pairs.find((p) => p.id === id);
    return pair ? { ...pair } : null;
  }
  async findPairByItems(voItemId: string, mboItemId: string) {
    return this.pairs.find((p) => p.voItemId === voItemId && p.mboItemId === mboItemId) ?? null;
  }
  async insertPair(data: CurriculumPairWrite) {
    return insertRow(this.pairs, { id: uuid(this.next++), createdAt: new Date(0), updatedAt: new Date(0), ...data });
  }
  async updatePair(id: string, data: CurriculumPairWrite) {
    return { ...Object.assign(this.pairs.find((p) => p.id === id) as CurriculumPair, data) };
  }
  async deletePair(id: string) {
    removeRow(this.pairs, id);
    return true;
  }
}

function curriculum() {
  const clock = manualClock('2026-12-01T12:00:00Z');
  const regions = fakeRegions({
    persons: [{ id: OWNER, name: 'Olga Eigenaar' }],
    schools: [
      { id: VO_SCHOOL, regionId: REGION, name: 'Morgen College', kind: 'VO' },
      { id: MBO_SCHOOL, regionId: REGION, name: 'Landstede MBO', kind: 'MBO' },
      { id: uuid(52), regionId: OTHER_REGION, name: 'Elders', kind: 'VO' },
    ],
  });
  const werkgroepen = werkgroepenWith({
    clock,
    regions,
    members: [
      [MEMBER, 'LID'],
      [OWNER, 'VOORZITTER'],
    ],
  });
  const repo = new MemoryCurriculumRepository();
  return { service: new CurriculumService(repo, werkgroepen.kernel, werkgroepen.service, regions), repo, clock, changes: werkgroepen.changes };
}

const voItem = { werkgroepId: GROUP, side: 'VO', kind: 'PTA_COMPONENT', code: 'EN-LV', title: 'Leesvaardigheid', studyHours: 80, schoolId: VO_SCHOOL };
const mboItem = { werkgroepId: GROUP, side: 'MBO', kind: 'KEUZEDEEL', code: 'K0125', title: 'Engels B1', studyHours: 240, schoolId: MBO_SCHOOL };

describe('CurriculumService', () => {
  it('saves items per side, with a school of the right kind from the region', async () => {
    const { service, changes } = curriculum();
    expect(await service.saveItem(member, voItem)).toMatchObject({ side: 'VO', code: 'EN-LV', schoolId: VO_SCHOOL });
    const wrong = await rejection(service.saveItem(member, { ...voItem, code: 'X', kind: 'KEUZEDEEL', schoolId: MBO_SCHOOL }));
    expect(wrong.details.fields).toEqual([
      { field: 'kind', message: 'Een keuzedeel hoort niet aan de vo-kant.' },
      { field: 'schoolId', message: 'Landstede MBO is geen vo-school.' },
    ]);
    expect((await rejection(service.saveItem(member, { ...voItem, code: 'Y', schoolId: uuid(52) }))).details.fields).toEqual([{ field: 'schoolId', message: 'Kies een school uit deze regio.' }]);
    expect(await rejection(service.saveItem(member, voItem))).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
    expect(changes()).toEqual(['curriculum:item-created']);
  });

  it('is for members only: readers of the region may not write, others do not see it', async () => {
    const { service } = curriculum();
    expect((await rejection(service.saveItem(regionColleague, voItem))).code).toBe('NOT_FOUND');
    expect((await rejection(service.curriculum(regionColleague, GROUP))).code).toBe('NOT_FOUND');
    expect((await rejection(service.deleteItem(member, MISSING))).code).toBe('NOT_FOUND');
  });

  it('pairs a vo item with an mbo item, dates a decision at the clock and keeps the date while the decision stands', async () => {
    const { service, clock } = curriculum();
    const vo = await service.saveItem(member, voItem);
    const mbo = await service.saveItem(member, mboItem);
    const pair = await service.savePair(member, { werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 40, ownerId: OWNER });
    expect(pair).toMatchObject({ relation: 'OVERLAP', decision: 'SCHRAPPEN', decidedAt: clock.now(), voItem: { id: vo.id }, mboItem: { id: mbo.id } });
    const decidedAt = clock.now();
    clock.advance(86_400_000);
    const note = await service.savePair(member, { id: pair.id, werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 40, note: 'Besproken' });
    expect(note.decidedAt).toEqual(decidedAt);
    const changed = await service.savePair(member, { id: pair.id, werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'OVERLAP', decision: 'VERSNELLEN' });
    expect(changed.decidedAt).toEqual(clock.now());
    const undecided = await service.savePair(member, { id: pair.id, werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'GAP' });
    expect(undecided.decidedAt).toBeNull();
    const view = await service.curriculum(member, GROUP);
    expect(view.summary).toMatchObject({ voItems: 1, mboItems: 1, pairs: 1, gaps: 1, undecided: 1 });
  });

  it('refuses pairs of the wrong sides, hours without a decision, an owner who is not a member and a second pair of the same items', async () => {
    const { service } = curriculum();
    const vo = await service.saveItem(member, voItem);
    const mbo = await service.saveItem(member, mboItem);
    const wrong = await rejection(service.savePair(member, { werkgroepId: GROUP, voItemId: mbo.id, mboItemId: vo.id, relation: 'FIT', hoursFreed: 10, ownerId: uuid(9) }));
    expect((wrong.details.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['hoursFreed', 'voItemId', 'mboItemId', 'ownerId']);
    await service.savePair(member, { werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'FIT' });
    expect(await rejection(service.savePair(member, { werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'GAP' }))).toMatchObject({ code: 'CONFLICT' });
    expect((await rejection(service.saveItem(member, { ...voItem, id: vo.id, side: 'MBO', kind: 'KEUZEDEEL', schoolId: null }))).details).toEqual({ field: 'side' });
  });

  it('imports items by side and code (updating known codes) and exports a semicolon CSV in Dutch', async () => {
    const { service, repo, changes } = curriculum();
    await service.saveItem(member, voItem);
    const csv = ['kant;soort;code;titel;omschrijving;school;studie-uren', 'vo;PTA-onderdeel;EN-LV;Lezen B1;;Morgen College;90', 'mbo;keuzedeel;K0125;Engels B1;;Landstede MBO;240'].join('\n');
    expect(await service.importCsv(member, GROUP, csv)).toEqual({ created: 1, updated: 1 });
    expect(repo.items.map((i) => [i.code, i.title, i.studyHours])).toEqual([
      ['EN-LV', 'Lezen B1', 90],
      ['K0125', 'Engels B1', 240],
    ]);
    expect(changes()).toEqual(['curriculum:item-created', 'curriculum:imported']);
    const [vo, mbo] = repo.items;
    await service.savePair(member, { werkgroepId: GROUP, voItemId: vo.id, mboItemId: mbo.id, relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 40, ownerId: OWNER });
    const lines = (await service.exportCsv(member, GROUP)).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'vo-code;vo-soort;vo-titel;vo-school;vo-studie-uren;mbo-code;mbo-soort;mbo-titel;mbo-school;mbo-studie-uren;relatie;besluit;eigenaar;vrijgespeelde uren;toelichting;besloten op',
    );
    expect(lines[1]).toBe('EN-LV;pta-onderdeel;Lezen B1;Morgen College;90;K0125;keuzedeel;Engels B1;Landstede MBO;240;overlap;schrappen;Olga Eigenaar;40;;2026-12-01');
    expect(lines).toHaveLength(2);
  });
});
