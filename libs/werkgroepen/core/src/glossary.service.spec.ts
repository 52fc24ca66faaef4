import { GlossaryService, wholeWord } from './glossary.service';
import type { GlossaryRepository } from './stream-repository.port';
import type { GlossaryMeaning, GlossaryTerm } from './stream.types';
import { actor, fakeRegions, GROUP, OTHER_REGION, REGION, rejection, SCHOOL, uuid, werkgroepenWith } from './testing/werkgroepen-fakes';
import { removeRow, insertRow } from '@verbinder/shared/kernel/testing';

const ADDER = uuid(1);
const adder = actor(ADDER, [['DOCENT']]);
const colleague = actor(uuid(2), [['DOCENT']]);
const verbinder = actor(uuid(3), [['VERBINDER']]);
const stranger = actor(uuid(4), [['DOCENT', OTHER_REGION]]);

class MemoryGlossaryRepository implements GlossaryRepository {
  readonly terms: GlossaryTerm[] = [];
  readonly meanings: GlossaryMeaning[] = [];
  readonly refreshed: string[] = [];
  private next = 300;
  async list(regionId: string, search: string | null) {
    return this.terms.filter((t) => t.regionId === regionId && (!search || t.term.toLowerCase().includes(search.toLowerCase())));
  }
  async findByIds(ids: readonly string[]) {
    return this.terms.filter((t) => ids.includes(t.id)).map((t) => ({ ...t }));
  }
  async byRegionIds(ids: readonly string[]) {
    return this.terms.filter((t) => ids.includes(t.regionId));
  }
  async findByRegionAndTerm(regionId: string, term: string) {
    return this.terms.find((t) => t.regionId === regionId && t.term.toLowerCase() === term.toLowerCase()) ?? null;
  }
  async insertTerm(data: { regionId: string; werkgroepId: string | null; term: string; sharedMeaning: string | null; createdById: string }) {
    return insertRow(this.terms, { id: uuid(this.next++), createdAt: new Date(0), updatedAt: new Date(0), ...data });
  }
  async updateTerm(id: string, data: { werkgroepId: string | null; term: string; sharedMeaning: string | null }) {
    return { ...Object.assign(this.terms.find((t) => t.id === id) as GlossaryTerm, data) };
  }
  async deleteTerm(id: string) {
    removeRow(this.terms, id);
  }
  async meaningsByTermIds(ids: readonly string[]) {
    return this.meanings.filter((m) => ids.includes(m.termId));
  }
  async findMeaning(id: string) {
    return this.meanings.find((m) => m.id === id) ?? null;
  }
  async insertMeaning(data: { termId: string; schoolId: string | null; sector: string | null; meaning: string }) {
    return insertRow(this.meanings, { id: uuid(this.next++), createdAt: new Date(0), ...data });
  }
  async deleteMeaning(id: string) {
    removeRow(this.meanings, id);
  }
  async refreshSearch(termId: string) {
    this.refreshed.push(termId);
  }
}

function glossary() {
  const regions = fakeRegions({
    schools: [
      { id: SCHOOL, regionId: REGION, name: 'Groevenbeek' },
      { id: uuid(60), regionId: OTHER_REGION, name: 'Elders' },
    ],
  });
  const werkgroepen = werkgroepenWith({ regions, members: [[ADDER, 'LID']] });
  const repo = new MemoryGlossaryRepository();
  return { service: new GlossaryService(repo, werkgroepen.kernel, regions, werkgroepen.service), repo, changes: werkgroepen.changes };
}

describe('GlossaryService (taalbrug)', () => {
  it('adds a term for a region member, refreshes its search vector and tells the group that proposed it', async () => {
    const { service, repo, changes } = glossary();
    const term = await service.save(adder, { regionId: REGION, werkgroepId: GROUP, term: ' Stage ', sharedMeaning: 'Leren in een bedrijf' });
    expect(term).toMatchObject({ regionId: REGION, werkgroepId: GROUP, term: 'Stage', createdById: ADDER });
    expect(repo.refreshed).toEqual([term.id]);
    expect(changes()).toEqual(['glossary:saved']);
  });

  it('refuses a group the person may not read, a duplicate term and moving a term to another region', async () => {
    const { service } = glossary();
    const fromGroup = await rejection(service.save(colleague, { regionId: REGION, werkgroepId: GROUP, term: 'PTA' }));
    expect(fromGroup.details.fields).toEqual([{ field: 'werkgroepId', message: 'Kies een werkgroep uit deze regio waarvan je de inhoud mag zien.' }]);
    const stage = await service.save(colleague, { regionId: REGION, term: 'Stage' });
    expect(await rejection(service.save(adder, { regionId: REGION, term: 'stage' }))).toMatchObject({ code: 'CONFLICT', details: { field: 'term' } });
    expect((await rejection(service.save(verbinder, { id: stage.id, regionId: OTHER_REGION, term: 'Stage' }))).code).toBe('BAD_USER_INPUT');
  });

  it('is for members of the region only; a term of another region is NOT_FOUND', async () => {
    const { service } = glossary();
    const term = await service.save(adder, { regionId: REGION, term: 'Keuzevak' });
    expect((await rejection(service.list(stranger, REGION))).code).toBe('FORBIDDEN');
    expect((await rejection(service.get(stranger, term.id))).code).toBe('NOT_FOUND');
    expect((await rejection(service.list(adder, REGION, 'x'.repeat(201)))).code).toBe('BAD_USER_INPUT');
    expect((await service.list(adder, REGION, '  keuze ')).map((t) => t.term)).toEqual(['Keuzevak']);
  });

  it('takes a meaning for exactly one of a school of the region or a sector', async () => {
    const { service, repo } = glossary();
    const term = await service.save(adder, { regionId: REGION, term: 'Stage' });
    await service.addMeaning(adder, { termId: term.id, schoolId: SCHOOL, meaning: 'Snuffelstage in klas 3' });
    await service.addMeaning(adder, { termId: term.id, sector: 'Techniek', meaning: 'BPV' });
    expect(repo.meanings.map((m) => [m.schoolId, m.sector])).toEqual([
      [SCHOOL, null],
      [null, 'Techniek'],
    ]);
    expect((await rejection(service.addMeaning(adder, { termId: term.id, schoolId: SCHOOL, sector: 'Zorg', meaning: 'x' }))).details.fields).toEqual([
      { field: 'sector', message: 'Kies een school of een sector (één van beide).' },
    ]);
    expect((await rejection(service.addMeaning(adder, { termId: term.id, schoolId: uuid(60), meaning: 'x' }))).details.fields).toEqual([
      { field: 'schoolId', message: 'Kies een school uit deze regio.' },
    ]);
    const [first] = repo.meanings;
    await service.deleteMeaning(colleague, first.id);
    expect(repo.meanings).toHaveLength(1);
    expect((await rejection(service.deleteMeaning(stranger, repo.meanings[0].id))).code).toBe('NOT_FOUND');
  });

  it('lets the person who added a term, verbinders and beheerders delete it, nobody else', async () => {
    const { service } = glossary();
    const term = await service.save(adder, { regionId: REGION, term: 'Stage' });
    expect((await rejection(service.deleteTerm(colleague, term.id))).code).toBe('FORBIDDEN');
    expect(service.canDelete(verbinder, term)).toBe(true);
    expect(await service.deleteTerm(adder, term.id)).toBe(true);
    expect((await rejection(service.get(adder, term.id))).code).toBe('NOT_FOUND');
  });

  it('finds terms in a text as whole words, case-insensitively, in any script', () => {
    const { service } = glossary();
    const terms = [{ term: 'PTA' }, { term: 'stage' }, { term: 'BPV (bol)' }] as GlossaryTerm[];
    expect(service.termsIn('Het pta en de Stage-periode; ook BPV (bol).', terms).map((t) => t.term)).toEqual(['PTA', 'stage', 'BPV (bol)']);
    expect(service.termsIn('stages en PTAs', terms)).toEqual([]);
    expect(wholeWord('café').test('Het Café is open')).toBe(true);
    expect(wholeWord('café').test('cafés')).toBe(false);
  });
});
