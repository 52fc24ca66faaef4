// The curriculum comparison end to end against the built API: the demo comparison of the
// Engels group, items by hand and from CSV (all or nothing, with row errors), pairs with
// decisions, the summary against the one-year maximum, the CSV export, who may do what, and
// the live `werkgroep:changed` event on a real socket.io client.
import type { CurriculumSummary } from '@verbinder/werkgroepen/core';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, nextEvent } from '../support/realtime-clients';
import { werkgroepenSuite } from '../support/werkgroepen-fixtures';

interface Item {
  id: string;
  side: string;
  kind: string;
  code: string;
  title: string;
  description: string | null;
  studyHours: number | null;
  school: { name: string } | null;
}
interface Pair {
  id: string;
  relation: string;
  decision: string | null;
  hoursFreed: number;
  note: string | null;
  decidedAt: string | null;
  owner: { email: string } | null;
  voItem: { code: string };
  mboItem: { code: string };
}

const CURRICULUM = `query($w: ID!) { curriculum(werkgroepId: $w) { werkgroepId
  items { id side kind code title description studyHours school { name } }
  pairs { id relation decision hoursFreed note decidedAt owner { email } voItem { code } mboItem { code } }
  summary { voItems mboItems pairs overlaps gaps fits decided undecided hoursFreed maxShorteningHours shareOfMaximum byDecision { decision pairs hours } } } }`;
const ITEM = 'mutation($input: CurriculumItemInput!) { saveCurriculumItem(input: $input) { id code title side kind studyHours school { name } } }';
const PAIR = 'mutation($input: CurriculumPairInput!) { saveCurriculumPair(input: $input) { id relation decision hoursFreed decidedAt owner { email } voItem { code } mboItem { code } } }';
const IMPORT = 'mutation($w: ID!, $csv: String!) { importCurriculumCsv(werkgroepId: $w, csv: $csv) { created updated } }';
const EXPORT = 'query($w: ID!) { exportCurriculumCsv(werkgroepId: $w) }';
const HEADER = 'kant;soort;code;titel;omschrijving;school;studie-uren';

describe('curriculum comparison', () => {
  const suite = werkgroepenSuite();
  /** A fresh group of Sanne (voorzitter) with a comparison whose numbers the tests know. */
  let groupId: string;

  const curriculum = async (client: GraphqlHttpClient, w: string) =>
    (await client.request<{ curriculum: { werkgroepId: string; items: Item[]; pairs: Pair[]; summary: CurriculumSummary } }>(CURRICULUM, { w })).curriculum;
  const itemId = async (code: string) => ((await curriculum(suite.verbinder, groupId)).items.find((i) => i.code === code) as Item).id;

  beforeAll(async () => {
    const { createWerkgroep } = await suite.verbinder.request<{ createWerkgroep: { id: string } }>(
      'mutation($r: ID!) { createWerkgroep(input: { regionId: $r, kind: INTERSCOLAIRE_VAKGROEP, name: "Vakgroep Nederlands", sector: "Nederlands" }) { id } }',
      { r: suite.ids.regionId },
    );
    groupId = createWerkgroep.id;
  }, 90_000);

  it('shows the Engels group its demo comparison with the summary', async () => {
    const engels = await curriculum(suite.docent, suite.ids.engelsWerkgroepId);
    expect(engels.items.find((i) => i.code === 'EN-PTA-LV')).toMatchObject({ side: 'VO', kind: 'PTA_COMPONENT', title: 'Leesvaardigheid ERK B1', school: { name: 'Morgen College' } });
    expect(engels.items.find((i) => i.code === 'KD-EN-B1B2')).toMatchObject({ side: 'MBO', kind: 'KEUZEDEEL', school: { name: 'Landstede MBO' } });
    expect(engels.pairs.find((p) => p.voItem.code === 'EN-PTA-LV')).toMatchObject({ relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 60, owner: { email: 'daan.hendriks@example.org' } });
    expect(engels.summary).toMatchObject({ voItems: 6, mboItems: 7, pairs: 6, overlaps: 4, gaps: 1, fits: 1, decided: 4, undecided: 2, hoursFreed: 110, maxShorteningHours: 1600 });
    expect(engels.summary.shareOfMaximum).toBeCloseTo(110 / 1600);
  });

  it('adds and edits items by hand, with unique codes per side and schools of the right kind', async () => {
    const { saveCurriculumItem: created } = await suite.verbinder.request<{ saveCurriculumItem: Item }>(ITEM, {
      input: { werkgroepId: groupId, side: 'VO', kind: 'PTA_COMPONENT', code: 'NE-PTA-LV', title: 'Leesvaardigheid', schoolId: null, studyHours: 60 },
    });
    expect(created).toMatchObject({ code: 'NE-PTA-LV', side: 'VO', kind: 'PTA_COMPONENT', studyHours: 60, school: null });
    const { saveCurriculumItem: edited } = await suite.verbinder.request<{ saveCurriculumItem: Item }>(ITEM, {
      input: { id: created.id, werkgroepId: groupId, side: 'VO', kind: 'PTA_COMPONENT', code: 'NE-PTA-LV', title: 'Leesvaardigheid 2F', studyHours: 70 },
    });
    expect(edited).toMatchObject({ id: created.id, title: 'Leesvaardigheid 2F', studyHours: 70 });
    // The same code on the other side is another item; on the same side it is a conflict.
    const mbo = await suite.verbinder.query(ITEM, { input: { werkgroepId: groupId, side: 'MBO', kind: 'OER_COMPONENT', code: 'NE-PTA-LV', title: 'Lezen 2F' } });
    expect(mbo.errors).toBeUndefined();
    const twice = await suite.verbinder.query(ITEM, { input: { werkgroepId: groupId, side: 'VO', kind: 'EINDTERM', code: 'NE-PTA-LV', title: 'Nog een keer' } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const wrongSide = await suite.verbinder.query(ITEM, { input: { werkgroepId: groupId, side: 'VO', kind: 'KEUZEDEEL', code: 'X', title: 'Keuzedeel' } });
    expect(wrongSide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'kind', message: expect.stringContaining('vo-kant') }] });
    const schools = (await suite.verbinder.request<{ region: { schools: Array<{ id: string; name: string }> } }>('query { region(slug: "noord-west-veluwe") { schools { id name } } }')).region.schools;
    const landstede = (schools.find((s) => s.name === 'Landstede MBO') as { id: string }).id;
    const vmboAtMbo = await suite.verbinder.query(ITEM, { input: { werkgroepId: groupId, side: 'VO', kind: 'KEUZEVAK', code: 'Y', title: 'Keuzevak', schoolId: landstede } });
    expect(vmboAtMbo.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'schoolId' }] });
    await suite.verbinder.request('mutation($id: ID!) { deleteCurriculumItem(id: $id) }', { id: created.id });
    const after = await curriculum(suite.verbinder, groupId);
    expect(after.items.map((i) => `${i.side}:${i.code}`)).toEqual(['MBO:NE-PTA-LV']);
  });

  it('imports items from CSV: row errors store nothing, missing columns are named, a re-import updates', async () => {
    const before = await curriculum(suite.verbinder, groupId);
    const bad = await suite.verbinder.query(IMPORT, {
      w: groupId,
      csv: [HEADER, 'vo;pta-onderdeel;NE-PTA-SV;Schrijfvaardigheid;;Morgen College;60', 'vo;keuzedeel;NE-X;Verkeerde kant;;Onbekende school;veel', 'havo;;;;;;'].join('\n'),
    });
    expect(bad.errors?.[0].extensions?.code).toBe('CSV_INVALID');
    const rows = bad.errors?.[0].extensions?.['rows'] as Array<{ row: number; column: string; message: string }>;
    expect(rows.map((r) => `${r.row}:${r.column}`)).toEqual(['3:soort', '3:school', '3:studie-uren', '4:kant', '4:soort', '4:code', '4:titel']);
    expect(rows[0].message).toMatch(/^Rij 3: /);
    expect(await curriculum(suite.verbinder, groupId)).toEqual(before);

    const missing = await suite.verbinder.query(IMPORT, { w: groupId, csv: 'kant;soort;code;titel\nvo;keuzevak;A;B' });
    expect(missing.errors?.[0].extensions?.code).toBe('CSV_INVALID');
    expect(missing.errors?.[0].message).toContain('"omschrijving", "school", "studie-uren"');

    const csv = [
      HEADER,
      'vo;PTA-onderdeel;NE-PTA-SV;Schrijfvaardigheid (brief, e-mail);Formele brief;Morgen College;60',
      'vo;eindterm;NE/K/4;Leesvaardigheid;;Christelijk College Groevenbeek;40',
      'mbo;oer-onderdeel;OER-NE-SC;Nederlands schrijven 2F/3F;;Landstede MBO;80',
      'mbo;keuzedeel;KD-NE-3F;Nederlands op niveau 3F;;Landstede MBO;240',
    ].join('\r\n');
    expect((await suite.verbinder.request<{ importCurriculumCsv: unknown }>(IMPORT, { w: groupId, csv })).importCurriculumCsv).toEqual({ created: 4, updated: 0 });
    const again = csv.replace('Nederlands op niveau 3F', 'Nederlands op 3F-niveau') + '\r\nmbo;kwalificatie-onderdeel;GEN-NE-N4;Generieke eis Nederlands niveau 4;;;';
    expect((await suite.verbinder.request<{ importCurriculumCsv: unknown }>(IMPORT, { w: groupId, csv: again })).importCurriculumCsv).toEqual({ created: 1, updated: 4 });
    const after = await curriculum(suite.verbinder, groupId);
    expect(after.items.find((i) => i.code === 'KD-NE-3F')).toMatchObject({ title: 'Nederlands op 3F-niveau', kind: 'KEUZEDEEL', studyHours: 240, school: { name: 'Landstede MBO' } });
    expect(after.summary).toMatchObject({ voItems: 2, mboItems: 4 });
  });

  it('records pairs with decisions and sums the hours that shorten the route against one study year', async () => {
    const { viewer } = await suite.verbinder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }');
    const pair = (vo: string, mbo: string, rest: Record<string, unknown>) =>
      Promise.all([itemId(vo), itemId(mbo)]).then(([voItemId, mboItemId]) =>
        suite.verbinder.request<{ saveCurriculumPair: Pair }>(PAIR, { input: { werkgroepId: groupId, voItemId, mboItemId, ...rest } }),
      );

    const { saveCurriculumPair: schrappen } = await pair('NE-PTA-SV', 'OER-NE-SC', { relation: 'OVERLAP', decision: 'SCHRAPPEN', hoursFreed: 1000, ownerId: viewer.person.id, note: 'Al gehad' });
    expect(schrappen).toMatchObject({ decision: 'SCHRAPPEN', hoursFreed: 1000, owner: { email: 'sanne.devries@example.org' } });
    expect(schrappen.decidedAt).not.toBeNull();
    await pair('NE/K/4', 'KD-NE-3F', { relation: 'OVERLAP', decision: 'VERSNELLEN', hoursFreed: 600 });
    await pair('NE/K/4', 'OER-NE-SC', { relation: 'GAP', decision: 'VERBREDEN', hoursFreed: 80 });
    const { saveCurriculumPair: open } = await pair('NE-PTA-SV', 'GEN-NE-N4', { relation: 'FIT', decision: 'VERDIEPEN', hoursFreed: 20 });

    let { summary } = await curriculum(suite.verbinder, groupId);
    expect(summary).toEqual({
      voItems: 2,
      mboItems: 4,
      pairs: 4,
      overlaps: 2,
      gaps: 1,
      fits: 1,
      decided: 4,
      undecided: 0,
      hoursFreed: 1600,
      maxShorteningHours: 1600,
      shareOfMaximum: 1,
      byDecision: [
        { decision: 'SCHRAPPEN', pairs: 1, hours: 1000 },
        { decision: 'VERDIEPEN', pairs: 1, hours: 20 },
        { decision: 'VERBREDEN', pairs: 1, hours: 80 },
        { decision: 'VERSNELLEN', pairs: 1, hours: 600 },
      ],
    });

    // Removing the decision clears its date; hours need a decision.
    const { saveCurriculumPair: undecided } = await suite.verbinder.request<{ saveCurriculumPair: Pair }>(PAIR, {
      input: { id: open.id, werkgroepId: groupId, voItemId: await itemId('NE-PTA-SV'), mboItemId: await itemId('GEN-NE-N4'), relation: 'FIT' },
    });
    expect(undecided).toMatchObject({ decision: null, decidedAt: null, hoursFreed: 0 });
    const hoursWithout = await suite.verbinder.query(PAIR, {
      input: { id: open.id, werkgroepId: groupId, voItemId: await itemId('NE-PTA-SV'), mboItemId: await itemId('GEN-NE-N4'), relation: 'FIT', hoursFreed: 10 },
    });
    expect(hoursWithout.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'hoursFreed' }] });
    const twice = await pair('NE-PTA-SV', 'OER-NE-SC', { relation: 'FIT' }).catch((error: Error) => error);
    expect(String(twice)).toContain('al aan elkaar gekoppeld');
    const notMember = await pair('NE/K/4', 'GEN-NE-N4', { relation: 'FIT', ownerId: suite.ids.personId }).catch((error: Error) => error);
    expect(String(notMember)).toContain('lid zijn van deze werkgroep');

    ({ summary } = await curriculum(suite.verbinder, groupId));
    expect(summary).toMatchObject({ decided: 3, undecided: 1, hoursFreed: 1600, shareOfMaximum: 1 });

    // Deleting an item takes its pairs with it.
    await suite.verbinder.request('mutation($id: ID!) { deleteCurriculumItem(id: $id) }', { id: await itemId('KD-NE-3F') });
    ({ summary } = await curriculum(suite.verbinder, groupId));
    expect(summary).toMatchObject({ mboItems: 3, pairs: 3, hoursFreed: 1000, shareOfMaximum: 1000 / 1600 });
  });

  it('exports the comparison as a Dutch semicolon CSV, safe to open in a spreadsheet', async () => {
    await suite.verbinder.request(ITEM, { input: { werkgroepId: groupId, side: 'MBO', kind: 'OER_COMPONENT', code: 'OER-NE-FORM', title: '=HYPERLINK("http://x")' } });
    const { exportCurriculumCsv: csv } = await suite.verbinder.request<{ exportCurriculumCsv: string }>(EXPORT, { w: groupId });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'vo-code;vo-soort;vo-titel;vo-school;vo-studie-uren;mbo-code;mbo-soort;mbo-titel;mbo-school;mbo-studie-uren;relatie;besluit;eigenaar;vrijgespeelde uren;toelichting;besloten op',
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    // Pairs follow the vo codes, then the mbo codes.
    expect(lines[2]).toBe(
      `NE-PTA-SV;pta-onderdeel;Schrijfvaardigheid (brief, e-mail);Morgen College;60;OER-NE-SC;oer-onderdeel;Nederlands schrijven 2F/3F;Landstede MBO;80;overlap;schrappen;Sanne de Vries;1000;Al gehad;${today}`,
    );
    expect(lines[1]).toBe(
      'NE-PTA-SV;pta-onderdeel;Schrijfvaardigheid (brief, e-mail);Morgen College;60;GEN-NE-N4;kwalificatie-onderdeel;Generieke eis Nederlands niveau 4;;;sluit aan;nog geen besluit;;0;;',
    );
    // Unpaired items come last, and a formula is defused.
    expect(lines.at(-1)).toBe(`;;;;;OER-NE-FORM;oer-onderdeel;"'=HYPERLINK(""http://x"")";;;nog niet vergeleken;;;;;`);
  });

  it('keeps the comparison to members: non-members see nothing, region managers may not write, archived groups are read-only', async () => {
    const hidden = await suite.docent.query(CURRICULUM, { w: groupId });
    expect(hidden.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await suite.docent.query(EXPORT, { w: groupId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await suite.docent.query(ITEM, { input: { werkgroepId: groupId, side: 'VO', kind: 'KEUZEVAK', code: 'Z', title: 'Z' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Sanne manages the region but is not a member of Engels.
    expect((await suite.verbinder.query(CURRICULUM, { w: suite.ids.engelsWerkgroepId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await suite.verbinder.query(ITEM, { input: { werkgroepId: suite.ids.engelsWerkgroepId, side: 'VO', kind: 'KEUZEVAK', code: 'Z', title: 'Z' } });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const engels = await curriculum(suite.docent, suite.ids.engelsWerkgroepId);
    const removePair = await suite.verbinder.query('mutation($id: ID!) { deleteCurriculumPair(id: $id) }', { id: engels.pairs[0].id });
    expect(removePair.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await suite.verbinder.query(IMPORT, { w: suite.ids.engelsWerkgroepId, csv: `${HEADER}\nvo;keuzevak;Z;Z;;;` })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const archived = await suite.verbinder.request<{ createWerkgroep: { id: string } }>(
      'mutation($r: ID!) { createWerkgroep(input: { regionId: $r, kind: PROJECTGROEP, name: "Projectgroep afgerond" }) { id } }',
      { r: suite.ids.regionId },
    );
    const archivedId = archived.createWerkgroep.id;
    const { saveCurriculumItem } = await suite.verbinder.request<{ saveCurriculumItem: { id: string } }>(ITEM, {
      input: { werkgroepId: archivedId, side: 'VO', kind: 'KEUZEVAK', code: 'A', title: 'A' },
    });
    await suite.verbinder.request('mutation($id: ID!) { archiveWerkgroep(id: $id, archived: true) { id } }', { id: archivedId });
    expect((await suite.verbinder.query(ITEM, { input: { werkgroepId: archivedId, side: 'VO', kind: 'KEUZEVAK', code: 'B', title: 'B' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await suite.verbinder.query('mutation($id: ID!) { deleteCurriculumItem(id: $id) }', { id: saveCurriculumItem.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await curriculum(suite.verbinder, archivedId)).items).toHaveLength(1);
  });

  it('tells a watching member live when the comparison changes', async () => {
    const socket = await connectSocket(suite.api.url, suite.docent.cookieHeader());
    suite.sockets.push(socket);
    expect(await socket.emitWithAck('werkgroep:watch', suite.ids.engelsWerkgroepId)).toEqual({ ok: true });
    const onItem = nextEvent<{ werkgroepId: string; kind: string; entityId: string; action: string }>(socket, 'werkgroep:changed', 10_000, (c) => c.kind === 'curriculum');
    const { saveCurriculumItem } = await suite.docent.request<{ saveCurriculumItem: { id: string } }>(ITEM, {
      input: { werkgroepId: suite.ids.engelsWerkgroepId, side: 'VO', kind: 'PTA_COMPONENT', code: 'EN-PTA-LIVE', title: 'Fictie lezen' },
    });
    expect(await onItem).toMatchObject({ werkgroepId: suite.ids.engelsWerkgroepId, kind: 'curriculum', entityId: saveCurriculumItem.id, action: 'item-created' });
    const onImport = nextEvent<{ kind: string; action: string }>(socket, 'werkgroep:changed', 10_000, (c) => c.kind === 'curriculum');
    await suite.docent.request(IMPORT, { w: suite.ids.engelsWerkgroepId, csv: `${HEADER}\nvo;pta-onderdeel;EN-PTA-LIVE;Fictie lezen (leesdossier);;;20` });
    expect(await onImport).toMatchObject({ kind: 'curriculum', action: 'imported' });
  }, 30_000);
});
