// Ids of the demo werkgroepen (apps/api/src/demo/werkgroepen-demo.ts), fetched through the API.
import type { ApiSuiteOptions } from './api-suite';
import { type DemoSuite, demoSuite } from './demo-suite';
import { type DemoIds, demoIds } from './fixtures';
import { GraphqlHttpClient } from './graphql-client';

export interface WerkgroepIds {
  /** Interscolaire vakgroep Engels: the demo docent (Youssef) is a member (LID), Femke the voorzitter. */
  engelsWerkgroepId: string;
  /** Vakgroep techniek: the demo docent is not a member (members only, so invisible to him). */
  techniekWerkgroepId: string;
  /** Lotte Visser, a member (LID) of the Engels group. */
  engelsMemberId: string;
  /** "Overdrachtsformulier vmbo-mbo" in the Engels group's root folder (two versions). */
  engelsDocumentId: string;
  /** The Engels group's folder "Vergaderstukken" (holds a document, so it cannot be deleted). */
  engelsFolderId: string;
  /** The demo taalbrug term "PTA" (added by Femke; not by the demo docent) and one of its meanings. */
  glossaryTermId: string;
  glossaryMeaningId: string;
  /** The region's demo Microsoft 365 tenant "Demo vmbo" (Teams mirror; PENDING consent, no group linked). */
  teamsTenantId: string;
}

/** `client` must see every group of the region (a verbinder or beheerder). */
export async function werkgroepIds(client: GraphqlHttpClient, regionId: string): Promise<WerkgroepIds> {
  const { werkgroepen } = await client.request<{ werkgroepen: Array<{ id: string; name: string; members: Array<{ personId: string; role: string; person: { email: string } }> }> }>(
    'query($r: ID!) { werkgroepen(regionId: $r) { id name members { personId role person { email } } } }',
    { r: regionId },
  );
  const find = (name: string) => {
    const found = werkgroepen.find((w) => w.name === name);
    if (!found) throw new Error(`demo werkgroep "${name}" not found`);
    return found;
  };
  const engels = find('Interscolaire vakgroep Engels');
  const lotte = engels.members.find((m) => m.person.email === 'lotte.visser@example.org');
  if (!lotte) throw new Error('demo member Lotte not found');
  // Documents are for members only: the demo docent (a member of the Engels group) looks them up.
  const docent = new GraphqlHttpClient(client.baseUrl);
  await docent.signInAsDemo('docent');
  const docs = await docent.request<{ werkgroepDocuments: Array<{ id: string; title: string }>; documentFolders: Array<{ id: string; name: string }> }>(
    'query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { id title } documentFolders(werkgroepId: $w) { id name } }',
    { w: engels.id },
  );
  const document = docs.werkgroepDocuments.find((d) => d.title === 'Overdrachtsformulier vmbo-mbo');
  const folder = docs.documentFolders.find((f) => f.name === 'Vergaderstukken');
  if (!document || !folder) throw new Error('demo documents of the Engels group not found');
  const { glossary } = await client.request<{ glossary: Array<{ id: string; term: string; meanings: Array<{ id: string }> }> }>(
    'query($r: ID!) { glossary(regionId: $r) { id term meanings { id } } }',
    { r: regionId },
  );
  const pta = glossary.find((t) => t.term === 'PTA');
  if (!pta?.meanings.length) throw new Error('demo glossary term PTA not found');
  // Tenants are for beheerders of the region.
  const beheerder = new GraphqlHttpClient(client.baseUrl);
  await beheerder.signInAsDemo('beheerder');
  return {
    engelsWerkgroepId: engels.id,
    techniekWerkgroepId: find('Vakgroep techniek').id,
    engelsMemberId: lotte.personId,
    engelsDocumentId: document.id,
    engelsFolderId: folder.id,
    glossaryTermId: pta.id,
    glossaryMeaningId: pta.meanings[0].id,
    teamsTenantId: await teamsTenantId(beheerder, regionId),
  };
}

/** Ids in the Engels group's demo comparison (apps/api/src/demo/curriculum-demo.ts), read as a member. */
export interface CurriculumIds {
  /** The vo item "Leesvaardigheid ERK B1" (EN-PTA-LV). */
  curriculumVoItemId: string;
  /** The mbo item "Engels lezen en luisteren (ERK B1)" (OER-EN-LL), paired with EN-PTA-LV. */
  curriculumMboItemId: string;
  /** The mbo item "Vakspecifiek Engels" (OER-EN-VT), in no pair. */
  curriculumUnpairedItemId: string;
  /** The FIT pair EN-PTA-KLV – GEN-EN-N4 (no decision). */
  curriculumFitPairId: string;
  /** The items of that FIT pair (EN-PTA-KLV and GEN-EN-N4). */
  curriculumFitVoItemId: string;
  curriculumFitMboItemId: string;
  /** The undecided OVERLAP pair MVT/K/8 – KD-EN-B1B2. */
  curriculumOpenPairId: string;
  /** Landstede MBO (an mbo school of the region). */
  mboSchoolId: string;
}

/** `member` must be a member of the Engels group (the demo docent). */
export async function curriculumIds(member: GraphqlHttpClient, engelsWerkgroepId: string): Promise<CurriculumIds> {
  const { curriculum } = await member.request<{
    curriculum: { items: Array<{ id: string; code: string; school: { id: string } | null }>; pairs: Array<{ id: string; voItem: { code: string }; mboItem: { code: string } }> };
  }>('query($w: ID!) { curriculum(werkgroepId: $w) { items { id code school { id } } pairs { id voItem { code } mboItem { code } } } }', { w: engelsWerkgroepId });
  const item = (code: string) => {
    const found = curriculum.items.find((i) => i.code === code);
    if (!found) throw new Error(`demo curriculum item ${code} not found`);
    return found;
  };
  const pair = (vo: string) => {
    const found = curriculum.pairs.find((p) => p.voItem.code === vo);
    if (!found) throw new Error(`demo curriculum pair with ${vo} not found`);
    return found.id;
  };
  return {
    curriculumVoItemId: item('EN-PTA-LV').id,
    curriculumMboItemId: item('OER-EN-LL').id,
    curriculumUnpairedItemId: item('OER-EN-VT').id,
    curriculumFitPairId: pair('EN-PTA-KLV'),
    curriculumFitVoItemId: item('EN-PTA-KLV').id,
    curriculumFitMboItemId: item('GEN-EN-N4').id,
    curriculumOpenPairId: pair('MVT/K/8'),
    mboSchoolId: item('OER-EN-LL').school?.id as string,
  };
}

/** The demo Microsoft 365 tenant of the region (apps/api/src/demo/teams-mirror-demo.ts), seen by a beheerder. */
export async function teamsTenantId(beheerder: GraphqlHttpClient, regionId: string): Promise<string> {
  const { teamsTenants } = await beheerder.request<{ teamsTenants: Array<{ id: string; tenantId: string }> }>('query($r: ID!) { teamsTenants(regionId: $r) { id tenantId } }', { r: regionId });
  const tenant = teamsTenants.find((t) => t.tenantId === '7b0d1e2f-3a4b-4c5d-8e6f-000000000001');
  if (!tenant) throw new Error('demo Teams tenant not found');
  return tenant.id;
}

/** The demo region's id and its Engels werkgroep's id, looked up by the beheerder. */
export async function demoEngels(beheerder: GraphqlHttpClient): Promise<{ regionId: string; engelsId: string }> {
  const { regionId } = await demoIds(beheerder);
  return { regionId, engelsId: (await werkgroepIds(beheerder, regionId)).engelsWerkgroepId };
}

/** The demo ids (demoIds) and the demo werkgroepen's ids (werkgroepIds) in one, looked up by the beheerder. */
export async function demoAndWerkgroepIds(beheerder: GraphqlHttpClient): Promise<DemoIds & WerkgroepIds> {
  const demo = await demoIds(beheerder);
  return { ...demo, ...(await werkgroepIds(beheerder, demo.regionId)) };
}

/** The werkgroepen suites: the demo beheerder, verbinder (Sanne) and docent (Youssef) signed in, and demoAndWerkgroepIds. */
export type WerkgroepenSuite = DemoSuite<'beheerder' | 'verbinder' | 'docent', DemoIds & WerkgroepIds>;

export function werkgroepenSuite(options: ApiSuiteOptions = {}): WerkgroepenSuite {
  return demoSuite(['beheerder', 'verbinder', 'docent'], ({ beheerder }) => demoAndWerkgroepIds(beheerder), options);
}
