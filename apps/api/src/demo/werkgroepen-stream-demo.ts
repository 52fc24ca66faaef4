import type { ActivitiesService } from '@verbinder/meetups/core';
import type { RegionsRepository } from '@verbinder/regions/core';
import type { Actor } from '@verbinder/shared/kernel';
import type { GlossaryService, StreamService, Werkgroep } from '@verbinder/werkgroepen/core';

const DAY = 86_400_000;

/**
 * The stream, the taalbrug and the meetings of the two demo groups, so the schijnsamenwerking
 * signal has something to say: the vakgroep techniek met weekly for the last seven weeks but
 * hardly wrote anything in between (flagged); the vakgroep Engels met every two weeks and kept
 * working between its meetings (not flagged).
 */
export async function seedWerkgroepStreamDemo(deps: {
  stream: StreamService;
  glossary: GlossaryService;
  meetups: ActivitiesService;
  repository: RegionsRepository;
  actorFor: (email: string) => Promise<Actor>;
  engels: Werkgroep;
  techniek: Werkgroep;
  now: Date;
}): Promise<void> {
  const { stream, engels, techniek } = deps;
  const regionId = engels.regionId;
  const sanne = await deps.actorFor('sanne.devries@example.org');
  const femke = await deps.actorFor('femke.mulder@example.org');
  const lotte = await deps.actorFor('lotte.visser@example.org');
  const daan = await deps.actorFor('daan.hendriks@example.org');
  const youssef = await deps.actorFor('youssef.elamrani@example.org');
  const jeroen = await deps.actorFor('jeroen.bos@example.org');
  // Meetings start at 15:00 UTC on the day `daysFromNow` (negative: in the past).
  const at = (daysFromNow: number, hour = 15) => {
    const d = new Date(deps.now.getTime() + daysFromNow * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const meeting = async (werkgroep: Werkgroep, daysFromNow: number, title: string) => {
    const start = at(daysFromNow);
    await deps.meetups.createActivity(sanne, {
      regionId,
      kind: 'THEMADAG',
      title,
      description: `Bijeenkomst van de ${werkgroep.name.toLowerCase()}.`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      audience: ['DOCENTEN'],
      organiserIds: [sanne.personId],
      werkgroepId: werkgroep.id,
    });
  };

  // ---- vakgroep techniek: weekly, little in between ----
  for (const days of [-49, -42, -35, -28, -21, -14, -7]) await meeting(techniek, days, 'Overleg vakgroep techniek');
  for (const days of [7, 14]) await meeting(techniek, days, 'Overleg vakgroep techniek');
  await stream.createAt(sanne, { werkgroepId: techniek.id, body: 'Zijn de keuzevakken PIE voor volgend jaar al bekend? Dan kunnen we ze naast de opleiding installatietechniek leggen.' }, at(-38, 10));
  await stream.createAt(jeroen, { werkgroepId: techniek.id, body: 'Ik neem het OER van installatietechniek mee naar de volgende bijeenkomst.' }, at(-17, 9));

  // ---- vakgroep Engels: every two weeks, work in between ----
  for (const days of [-42, -28, -14]) await meeting(engels, days, 'Vakgroep Engels: PTA en OER naast elkaar');
  await meeting(engels, 14, 'Vakgroep Engels: draaiboek overstap');
  const post = (actor: Actor, daysFromNow: number, body: string, extra: { parentId?: string; mentionIds?: string[] } = {}) =>
    stream.createAt(actor, { werkgroepId: engels.id, body, ...extra }, at(daysFromNow, 11));
  const p1 = await post(femke, -40, 'Ik heb het PTA Engels van Morgen College in de map gezet. Wie legt het OER van Landstede ernaast?');
  await post(daan, -39, 'Doe ik. In het mbo heet luistervaardigheid op B1 anders, maar het gaat om hetzelfde.', { parentId: p1.id });
  await post(lotte, -36, 'Groevenbeek toetst spreekvaardigheid in klas 4 met een presentatie; Landstede doet in jaar 1 bijna hetzelfde. Dubbeling?');
  const p2 = await post(daan, -26, 'Eerste vergelijking klaar: leesvaardigheid B1 zit in het PTA én in jaar 1 van het mbo. Dat is waar leerlingen "dit hebben we al gehad" zeggen.');
  await post(youssef, -25, 'Herkenbaar. Bij ons noemen leerlingen de stage in het mbo ook iets heel anders dan wij; zet ik in de taalbrug.', { parentId: p2.id });
  await post(femke, -22, `@Youssef El Amrani kun jij de eindtermen schrijfvaardigheid naast het OER leggen?`, { mentionIds: [youssef.personId] });
  await post(lotte, -12, 'Voorstel voor het draaiboek: in de overstapweek een gezamenlijke les Engels op Landstede.');
  await post(daan, -10, 'Goed plan. Ik vraag een lokaal aan voor de week na de meivakantie.');
  await post(youssef, -3, 'De eindtermen schrijfvaardigheid staan naast het OER; drie onderdelen overlappen. Bespreken we woensdag?');

  // ---- taalbrug ----
  const schools = await deps.repository.findSchoolsByRegionIds([regionId]);
  const school = (name: string) => schools.find((s) => s.name === name)?.id ?? null;
  const terms: Array<{ term: string; shared: string | null; werkgroep?: Werkgroep; meanings: Array<{ school?: string; sector?: string; meaning: string }> }> = [
    {
      term: 'Stage',
      shared: 'Een periode waarin de leerling buiten school in een bedrijf leert, met een opdracht van school en een begeleider in het bedrijf.',
      werkgroep: engels,
      meanings: [
        { school: 'Morgen College', meaning: 'Een snuffelstage van een week in klas 3 om een beroep te verkennen.' },
        { school: 'Landstede MBO', meaning: 'Beroepspraktijkvorming (bpv): een groot deel van de opleiding, met een praktijkopleider die de student begeleidt en beoordeelt.' },
      ],
    },
    {
      term: 'PTA',
      shared: 'Programma van toetsing en afsluiting: welke toetsen van het schoolexamen een vo-leerling maakt en hoe ze meetellen.',
      meanings: [
        { sector: 'vmbo', meaning: 'Het programma van toetsing en afsluiting per vak, vanaf klas 3.' },
        { sector: 'mbo', meaning: 'Bestaat niet; het mbo werkt met het OER (onderwijs- en examenregeling).' },
      ],
    },
    {
      term: 'Keuzevak',
      shared: null,
      werkgroep: techniek,
      meanings: [
        { sector: 'vmbo', meaning: 'Een vak in het beroepsgerichte programma dat de leerling zelf kiest, zoals PIE of BWI.' },
        { sector: 'mbo', meaning: 'Heet daar keuzedeel: een verplicht onderdeel van de opleiding dat de student kiest.' },
      ],
    },
    {
      term: 'Mentor',
      shared: 'De vaste begeleider van een leerling of student op school.',
      meanings: [
        { school: 'RSG Slingerbos Levant', meaning: 'De mentor van de klas, die ook de ouders spreekt.' },
        { school: 'Landstede MBO', meaning: 'Studieloopbaanbegeleider (slb’er): begeleidt de student bij de loopbaan en de bpv.' },
      ],
    },
  ];
  for (const t of terms) {
    const actor = t.werkgroep === techniek ? sanne : femke;
    const saved = await deps.glossary.save(actor, { regionId, werkgroepId: t.werkgroep?.id ?? null, term: t.term, sharedMeaning: t.shared });
    for (const m of t.meanings) {
      await deps.glossary.addMeaning(actor, { termId: saved.id, schoolId: m.school ? school(m.school) : null, sector: m.sector ?? null, meaning: m.meaning });
    }
  }
}
