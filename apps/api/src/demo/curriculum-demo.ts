import type { RegionsRepository } from '@verbinder/regions/core';
import type { Actor } from '@verbinder/shared/kernel';
import type { CurriculumItem, CurriculumItemInput, CurriculumService, Werkgroep } from '@verbinder/werkgroepen/core';

type ItemSeed = Omit<CurriculumItemInput, 'werkgroepId' | 'schoolId'> & { school: string };
type PairSeed = {
  vo: string;
  mbo: string;
  relation: 'OVERLAP' | 'GAP' | 'FIT';
  decision?: 'SCHRAPPEN' | 'VERDIEPEN' | 'VERBREDEN' | 'VERSNELLEN';
  owner?: string;
  hoursFreed?: number;
  note?: string;
};

/** Engels: the vmbo PTA (Morgen College, Groevenbeek) next to Landstede's OER for niveau 2–4. */
const ENGELS_ITEMS: ItemSeed[] = [
  {
    side: 'VO',
    kind: 'PTA_COMPONENT',
    code: 'EN-PTA-LV',
    title: 'Leesvaardigheid ERK B1',
    description: 'Teksten over werk en vrije tijd lezen en begrijpen; schoolexamen in leerjaar 3 en 4, centraal examen.',
    school: 'Morgen College',
    studyHours: 80,
  },
  {
    side: 'VO',
    kind: 'PTA_COMPONENT',
    code: 'EN-PTA-SV',
    title: 'Schrijfvaardigheid (brief, e-mail)',
    description: 'Een formele brief en een e-mail schrijven, onder meer een sollicitatie voor een stageplek.',
    school: 'Morgen College',
    studyHours: 60,
  },
  {
    side: 'VO',
    kind: 'PTA_COMPONENT',
    code: 'EN-PTA-GV',
    title: 'Gespreksvaardigheid',
    description: 'Gesprekken voeren in alledaagse en beroepssituaties (rollenspel met een klant).',
    school: 'Christelijk College Groevenbeek',
    studyHours: 60,
  },
  {
    side: 'VO',
    kind: 'PTA_COMPONENT',
    code: 'EN-PTA-KLV',
    title: 'Kijk- en luistervaardigheid',
    description: 'Fragmenten uit het nieuws en van YouTube begrijpen; digitale toets in leerjaar 4.',
    school: 'Christelijk College Groevenbeek',
    studyHours: 40,
  },
  {
    side: 'VO',
    kind: 'EINDTERM',
    code: 'MVT/K/7',
    title: 'Spreekvaardigheid',
    description: 'Eindterm uit het examenprogramma moderne vreemde talen: informatie geven en een eigen mening verwoorden.',
    school: 'Morgen College',
    studyHours: 30,
  },
  {
    side: 'VO',
    kind: 'EINDTERM',
    code: 'MVT/K/8',
    title: 'Schrijfvaardigheid',
    description: 'Eindterm uit het examenprogramma: zich schriftelijk redden in alledaagse situaties.',
    school: 'Christelijk College Groevenbeek',
    studyHours: 30,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-EN-LL',
    title: 'Engels lezen en luisteren (ERK B1)',
    description: 'Generiek deel Engels niveau 4: lezen en luisteren op B1, instellingsexamen.',
    school: 'Landstede MBO',
    studyHours: 80,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-EN-SC',
    title: 'Engels schrijven: e-mail en zakelijke brief',
    description: 'Schrijven op A2/B1 in de beroepscontext.',
    school: 'Landstede MBO',
    studyHours: 60,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-EN-GV',
    title: 'Engels gesprekken voeren (B1)',
    description: 'Gesprekken voeren met klanten en collega’s, examen met een rollenspel.',
    school: 'Landstede MBO',
    studyHours: 60,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-EN-PR',
    title: 'Presenteren in het Engels (beroepscontext)',
    description: 'Een presentatie over een beroepsopdracht voor een Engelstalig publiek.',
    school: 'Landstede MBO',
    studyHours: 40,
  },
  {
    side: 'MBO',
    kind: 'KWALIFICATIE_ONDERDEEL',
    code: 'GEN-EN-N4',
    title: 'Generieke eis Engels niveau 4',
    description: 'Kwalificatie-eis: lezen en luisteren B1, spreken, gesprekken voeren en schrijven B1/A2.',
    school: 'Landstede MBO',
    studyHours: 120,
  },
  {
    side: 'MBO',
    kind: 'KEUZEDEEL',
    code: 'KD-EN-B1B2',
    title: 'Engels op niveau B1/B2',
    description: 'Keuzedeel voor studenten die boven het generieke niveau willen uitkomen.',
    school: 'Landstede MBO',
    studyHours: 240,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-EN-VT',
    title: 'Vakspecifiek Engels (vaktaal)',
    description: 'Vaktaal van de opleiding; nog niet vergeleken met het vmbo.',
    school: 'Landstede MBO',
    studyHours: 40,
  },
];

const ENGELS_PAIRS: PairSeed[] = [
  {
    vo: 'EN-PTA-LV',
    mbo: 'OER-EN-LL',
    relation: 'OVERLAP',
    decision: 'SCHRAPPEN',
    owner: 'daan.hendriks@example.org',
    hoursFreed: 60,
    note: 'Op het vmbo al op B1 getoetst: "dit hebben we al gehad". Op het mbo alleen nog de instaptoets.',
  },
  {
    vo: 'EN-PTA-SV',
    mbo: 'OER-EN-SC',
    relation: 'OVERLAP',
    decision: 'VERSNELLEN',
    owner: 'femke.mulder@example.org',
    hoursFreed: 30,
    note: 'Brief en e-mail kennen ze; op het mbo meteen de zakelijke variant.',
  },
  {
    vo: 'EN-PTA-GV',
    mbo: 'OER-EN-GV',
    relation: 'OVERLAP',
    decision: 'VERSNELLEN',
    owner: 'lotte.visser@example.org',
    hoursFreed: 20,
    note: 'Rollenspel met een klant overlapt; het mbo-examen sluit aan op het vmbo-rollenspel.',
  },
  {
    vo: 'MVT/K/7',
    mbo: 'OER-EN-PR',
    relation: 'GAP',
    decision: 'VERBREDEN',
    owner: 'youssef.elamrani@example.org',
    note: 'Presenteren in een beroepscontext ontbreekt op het vmbo; in leerjaar 4 een Engelse presentatie over de stage.',
  },
  { vo: 'EN-PTA-KLV', mbo: 'GEN-EN-N4', relation: 'FIT', note: 'Luisteren op het vmbo sluit goed aan op de generieke eis.' },
  { vo: 'MVT/K/8', mbo: 'KD-EN-B1B2', relation: 'OVERLAP', note: 'Bespreken in de volgende bijeenkomst: kunnen sterke leerlingen het keuzedeel al op het vmbo beginnen?' },
];

/** Techniek: the vmbo keuzevakken PIE and BWI (Slingerbos) next to Landstede's installatietechniek and bouw. */
const TECHNIEK_ITEMS: ItemSeed[] = [
  {
    side: 'VO',
    kind: 'PROFIEL',
    code: 'PIE',
    title: 'Produceren, installeren en energie',
    description: 'Profiel PIE, kern: elektrotechniek, installatietechniek en werktuigbouw.',
    school: 'RSG Slingerbos Levant',
    studyHours: 400,
  },
  {
    side: 'VO',
    kind: 'KEUZEVAK',
    code: 'PIE/K/3',
    title: 'Installeren en monteren',
    description: 'Keuzevak: waterleiding, riolering en elektrische installaties aanleggen.',
    school: 'RSG Slingerbos Levant',
    studyHours: 80,
  },
  {
    side: 'VO',
    kind: 'KEUZEVAK',
    code: 'BWI/K/1',
    title: 'Bouwen vanaf de grond',
    description: 'Keuzevak BWI: fundering, metselen en eenvoudige constructies.',
    school: 'RSG Slingerbos Levant',
    studyHours: 80,
  },
  {
    side: 'MBO',
    kind: 'KWALIFICATIE_ONDERDEEL',
    code: 'B1-K1-W2',
    title: 'Installeert sanitair en leidingwerk',
    description: 'Kerntaak uit het kwalificatiedossier Eerste monteur installatietechniek.',
    school: 'Landstede MBO',
    studyHours: 160,
  },
  {
    side: 'MBO',
    kind: 'OER_COMPONENT',
    code: 'OER-BOUW-1',
    title: 'Bouw basis: metselen en fundering',
    description: 'Eerste periode van de opleiding Basismedewerker bouw.',
    school: 'Landstede MBO',
    studyHours: 120,
  },
  {
    side: 'MBO',
    kind: 'KEUZEDEEL',
    code: 'KD-DUURZ',
    title: 'Duurzame energie en installaties',
    description: 'Keuzedeel over warmtepompen en zonnepanelen.',
    school: 'Landstede MBO',
    studyHours: 240,
  },
];

const TECHNIEK_PAIRS: PairSeed[] = [
  { vo: 'PIE/K/3', mbo: 'B1-K1-W2', relation: 'OVERLAP', decision: 'SCHRAPPEN', owner: 'jeroen.bos@example.org', hoursFreed: 40, note: 'Leidingwerk solderen en persen is op het vmbo al afgetekend.' },
  { vo: 'BWI/K/1', mbo: 'OER-BOUW-1', relation: 'OVERLAP', decision: 'VERSNELLEN', owner: 'sanne.devries@example.org', hoursFreed: 24 },
  { vo: 'PIE', mbo: 'KD-DUURZ', relation: 'GAP', note: 'Duurzame energie komt op het vmbo nauwelijks aan bod.' },
];

/** The comparisons of the two demo groups, entered by their members as they would by hand. */
export async function seedCurriculumDemo(deps: {
  service: CurriculumService;
  repository: RegionsRepository;
  regionId: string;
  groups: Array<{ werkgroep: Werkgroep; actor: Actor; which: 'engels' | 'techniek' }>;
}): Promise<number> {
  const schools = await deps.repository.findSchoolsByRegionIds([deps.regionId]);
  const schoolId = (name: string) => schools.find((s) => s.name === name)?.id ?? null;
  let pairs = 0;
  for (const { werkgroep, actor, which } of deps.groups) {
    const [itemSeeds, pairSeeds] = which === 'engels' ? [ENGELS_ITEMS, ENGELS_PAIRS] : [TECHNIEK_ITEMS, TECHNIEK_PAIRS];
    const items = new Map<string, CurriculumItem>();
    for (const { school, ...item } of itemSeeds) {
      items.set(item.code, await deps.service.saveItem(actor, { ...item, werkgroepId: werkgroep.id, schoolId: schoolId(school) }));
    }
    for (const p of pairSeeds) {
      const owner = p.owner ? await deps.repository.findPersonByEmail(p.owner) : null;
      await deps.service.savePair(actor, {
        werkgroepId: werkgroep.id,
        voItemId: (items.get(p.vo) as CurriculumItem).id,
        mboItemId: (items.get(p.mbo) as CurriculumItem).id,
        relation: p.relation,
        decision: p.decision ?? null,
        ownerId: owner?.id ?? null,
        hoursFreed: p.hoursFreed ?? 0,
        note: p.note ?? null,
      });
      pairs++;
    }
  }
  return pairs;
}
