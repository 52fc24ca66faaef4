import { Readable } from 'node:stream';
import type { Actor } from '@verbinder/shared/kernel';
import type { DraaiboekService, Werkgroep, WerkgroepDocumentsService } from '@verbinder/werkgroepen/core';

/** A one-page PDF with a line of text (valid enough for every PDF reader). */
export function tinyPdf(title: string, line: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 18 Tf 72 760 Td (${esc(title)}) Tj /F1 11 Tf 0 -28 Td (${esc(line)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PTA_ENGELS = `# PTA Engels 2026-2027 (vmbo kader en gemengde leerweg)

| Toets | Periode | Domein | Weging |
|---|---|---|---|
| ENG-K-01 Leesvaardigheid | 1 | A/B | 20% |
| ENG-K-02 Kijk- en luistervaardigheid | 2 | C | 20% |
| ENG-K-03 Gespreksvaardigheid (mondeling) | 3 | D | 30% |
| ENG-K-04 Schrijfvaardigheid: sollicitatiebrief | 3 | E | 30% |

Afspraak uit de vergaderingen van de vakgroep: de sollicitatiebrief sluit aan op het OER van
Landstede (Engels A2/B1, mbo niveau 2 en 3), zodat studenten die in het eerste mbo-jaar niet
opnieuw hoeven te oefenen ("dit hebben we al gehad").
`;

const OVERDRACHT_V1 = `vak;onderdeel;niveau vmbo;behaald;toelichting
Engels;lezen;A2;ja;
Engels;luisteren;A2;ja;
Engels;spreken;A2;nee;mondeling nog niet afgerond
Engels;schrijven;A1;ja;
`;

const OVERDRACHT_V2 = `vak;onderdeel;niveau vmbo;behaald;toelichting;advies mbo
Engels;lezen;A2;ja;;instromen op A2
Engels;luisteren;A2;ja;;instromen op A2
Engels;spreken;A2;nee;mondeling nog niet afgerond;extra gespreksoefening in periode 1
Engels;schrijven;A2;ja;sollicitatiebrief gemaakt;brief niet opnieuw aanbieden
`;

const DRAAIBOEK_V1 = `# Draaiboek interscolaire vakgroep Engels

## Doel
Een doorlopende leerlijn Engels van vmbo naar mbo, zonder dubbelingen.

## Bijeenkomsten
- Om de week op woensdagmiddag, wisselend per school
- Voorzitter: Femke Mulder
`;

const DRAAIBOEK_V2 = `${DRAAIBOEK_V1}
## Werkwijze
1. PTA en OER naast elkaar leggen (per domein)
2. Dubbelingen markeren als **overlap**
3. Besluit per overlap: schrappen, verdiepen, verbreden of versnellen

## Overdracht
Het *overdrachtsformulier vmbo-mbo* gaat in juni naar Landstede.
`;

const DRAAIBOEK_V3 = DRAAIBOEK_V2.replace('- Voorzitter: Femke Mulder', '- Voorzitter: Femke Mulder\n- Notulen: Lotte Visser (zie de map `Vergaderstukken`)');

/**
 * Documents and the draaiboek of the demo werkgroepen, created through the services with real
 * bytes (so type detection, search and versions work on them as on uploads).
 */
export async function seedWerkgroepDocumentsDemo(deps: {
  documents: WerkgroepDocumentsService;
  draaiboek: DraaiboekService;
  engels: Werkgroep;
  techniek: Werkgroep;
  actorFor: (email: string) => Promise<Actor>;
}): Promise<number> {
  const { documents: d } = deps;
  const femke = await deps.actorFor('femke.mulder@example.org');
  const lotte = await deps.actorFor('lotte.visser@example.org');
  const sanne = await deps.actorFor('sanne.devries@example.org');
  const upload = async (actor: Actor, werkgroep: Werkgroep, fileName: string, bytes: Buffer, input: { title: string; description?: string; folderId?: string; note?: string }) =>
    d.create(actor, werkgroep.id, input, await d.receive(Readable.from([bytes]), fileName));

  const vergaderstukken = await d.createFolder(femke, { werkgroepId: deps.engels.id, name: 'Vergaderstukken' });
  const ptaOer = await d.createFolder(femke, { werkgroepId: deps.engels.id, name: 'PTA en OER' });
  await upload(femke, deps.engels, 'PTA Engels 2026-2027.md', Buffer.from(PTA_ENGELS, 'utf8'), {
    title: 'PTA Engels 2026-2027',
    description: 'Programma van toetsing en afsluiting Engels, vmbo kader en gemengde leerweg.',
    folderId: ptaOer.id,
    note: 'Vastgesteld in de sectievergadering.',
  });
  const overdracht = await upload(lotte, deps.engels, 'overdrachtsformulier-vmbo-mbo.csv', Buffer.from(OVERDRACHT_V1, 'utf8'), {
    title: 'Overdrachtsformulier vmbo-mbo',
    description: 'Wat een leerling bij Engels heeft afgerond, voor de intake op het mbo.',
    note: 'Eerste opzet.',
  });
  await d.addVersion(
    femke,
    overdracht.id,
    { note: 'Kolom "advies mbo" toegevoegd na de bijeenkomst bij Landstede.' },
    await d.receive(Readable.from([Buffer.from(OVERDRACHT_V2, 'utf8')]), 'overdrachtsformulier-vmbo-mbo.csv'),
  );
  await upload(femke, deps.engels, 'agenda-vakgroep-engels.pdf', tinyPdf('Agenda vakgroep Engels', 'PTA en OER naast elkaar leggen; overdrachtsformulier bespreken.'), {
    title: 'Agenda bijeenkomst vakgroep Engels',
    folderId: vergaderstukken.id,
  });

  await upload(
    sanne,
    deps.techniek,
    'keuzevakken-pie-bwi.csv',
    Buffer.from('keuzevak;mbo-opleiding;overlap\nPIE;Eerste monteur elektrotechnische installaties;schakelingen\nBWI;Timmerman;maatvoering\n', 'utf8'),
    {
      title: 'Keuzevakken PIE en BWI naast de mbo-opleidingen',
    },
  );

  let base = 0;
  for (const [actor, body, note] of [
    [femke, DRAAIBOEK_V1, 'Eerste opzet'],
    [femke, DRAAIBOEK_V2, 'Werkwijze en overdracht toegevoegd'],
    [lotte, DRAAIBOEK_V3, 'Notulist toegevoegd'],
  ] as const) {
    base = (await deps.draaiboek.save(actor, { werkgroepId: deps.engels.id, body, note, baseVersion: base })).version;
  }
  return 4;
}
