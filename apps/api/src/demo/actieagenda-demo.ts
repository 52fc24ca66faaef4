import type { ActieagendaService, ActiesService, CheckInsService } from '@verbinder/actieagenda/core';
import { addDays } from '@verbinder/shared/time';
import type { Actor } from '@verbinder/shared/kernel';
import { demoRegion, type RegionDemoDeps } from './demo-region';

/**
 * The Noord-West Veluwe actieagenda: seven actielijnen (in our own words, after the leerlab
 * magazine), acties with owners, check-ins over the last weeks, reviews, decisions and two
 * bijstellingen (the docentstage went from a week to half a day).
 */
export async function seedActieagendaDemo(
  deps: RegionDemoDeps & {
    service: ActieagendaService;
    acties: ActiesService;
    checkIns: CheckInsService;
    today: string;
  },
): Promise<number> {
  const demo = await demoRegion(deps.repository, deps.regionSlug);
  if (!demo) return 0;
  const { region, school, person } = demo;
  const sanne = await deps.actorFor('sanne.devries@example.org');
  const esther = await deps.actorFor('esther.meijer@example.org');
  const femke = await deps.actorFor('femke.mulder@example.org');
  const s = deps.service;
  const { acties, checkIns } = deps;
  const year = Number(deps.today.slice(0, 4));
  const day = (offset: number) => addDays(deps.today, offset);

  const agenda = await s.createAgenda(sanne, {
    regionId: region.id,
    title: 'Actieagenda Noord-West Veluwe',
    periodStart: `${year - 1}-08-01`,
    periodEnd: `${year + 1}-07-31`,
  });
  const lines = [
    { number: 1, title: 'Een vast team van verbinders', description: 'Uit elke school een verbinder die de samenwerking aanjaagt en de acties volgt.', focus: true },
    { number: 2, title: 'Docenten leren elkaar kennen', description: 'Van kennismakingsdagen tot meeloopdagen: docenten van vo en mbo zoeken elkaar op.', focus: true },
    { number: 3, title: 'Samenwerking rond LOB en keuzevakken versterken', description: 'Wat al werkt rond loopbaanbegeleiding en keuzevakken, breder maken.', focus: true },
    { number: 4, title: 'Interscolaire vakgroepen: PTA en OER naast elkaar', description: 'Docenten vergelijken hun programma’s, leren van elkaar en halen dubbelingen weg.', focus: false },
    { number: 5, title: 'Ruimte voor experimenten met doorlopende routes', description: 'Docenten die leerlingen eerder kennis laten maken met het mbo en het beroep, krijgen steun.', focus: false },
    { number: 6, title: 'Samen met het regionale bedrijfsleven', description: 'Van gezamenlijke meet-ups tot één loket voor bedrijven.', focus: false },
    { number: 7, title: 'Samen professionaliseren', description: 'Gezamenlijke themadagen, workshops en congressen voor docenten.', focus: false },
  ];
  const lineIds = new Map<number, string>();
  for (const l of lines) {
    const saved = await s.upsertLine(sanne, { agendaId: agenda.id, number: l.number, title: l.title, description: l.description, focusYears: l.focus ? [year - 1, year] : [year + 1] });
    lineIds.set(l.number, saved.id);
  }

  const verbinders = await Promise.all(['sanne.devries@example.org', 'femke.mulder@example.org', 'lotte.visser@example.org', 'jeroen.bos@example.org', 'esther.meijer@example.org'].map(person));
  const [pSanne, pFemke, pLotte, pJeroen, pEsther] = verbinders;
  const actie = (line: number, title: string, extra: Record<string, unknown> = {}) =>
    acties.createActie(sanne, { actielijnId: lineIds.get(line) as string, title, periodStart: `${year - 1}-09-01`, periodEnd: `${year + 1}-07-01`, ...extra });
  const checkIn = (a: { id: string }, who: Actor, offset: number, status: 'OP_KOERS' | 'RISICO' | 'ACHTER' | 'GEPAUZEERD', progress: number, text: string) =>
    checkIns.addCheckIn(who, { actieId: a.id, date: day(offset), status, progress, text });

  let count = 0;
  const team = await actie(1, 'Vijf verbinders met één tot twee dagen per week', {
    ownerIds: [pEsther],
    leadSchoolId: school('Landstede MBO'),
    target: 'Uit elke school een verbinder, gefaciliteerd door de directies',
  });
  await checkIn(team, esther, -60, 'OP_KOERS', 100, 'Alle vier de scholen hebben een verbinder; Landstede levert er twee.');
  await acties.closeActie(esther, team.id, 'BEHAALD', 'Het team staat en wordt gefaciliteerd.');
  const overleg = await actie(1, 'Wekelijks verbindersoverleg op wisselende school', { ownerIds: [pSanne], leadSchoolId: school('RSG Slingerbos Levant') });
  await checkIn(overleg, sanne, -35, 'OP_KOERS', 60, 'Rooster voor het schooljaar staat: elke woensdag op een andere school.');
  await checkIn(overleg, sanne, -6, 'OP_KOERS', 80, 'Vier overleggen gehad, steeds met alle vijf de verbinders.');
  await acties.setPublic(sanne, overleg.id, true, 'Elke woensdag komen de verbinders van de vier scholen samen, steeds op een andere school.');
  count += 2;

  const kennismaking = await actie(2, 'Kennismakingsdag voor docenten van alle vier de scholen', {
    ownerIds: [pJeroen, pLotte],
    leadSchoolId: school('Landstede MBO'),
    partnerSchoolIds: [school('Morgen College'), school('Christelijk College Groevenbeek'), school('RSG Slingerbos Levant')],
  });
  await checkIn(kennismaking, esther, -40, 'OP_KOERS', 70, 'Programma rond; 86 aanmeldingen.');
  await checkIn(kennismaking, esther, -20, 'OP_KOERS', 100, 'Kennismakingsdag gehouden op Landstede; docenten vroegen om een vervolg per vak.');
  await checkIns.recordDecision(sanne, kennismaking.id, 'Volgend jaar opnieuw, dan met werkgroepen per vak in de middag.', day(-13));
  await acties.setPublic(sanne, kennismaking.id, true, 'Docenten van de vier scholen leerden elkaar kennen op een gezamenlijke dag bij Landstede.');
  await acties.closeActie(sanne, kennismaking.id, 'BEHAALD', null);
  const stage = await actie(2, 'Docentstages: vo-docenten lopen mee op het mbo en andersom', {
    ownerIds: [pFemke, pJeroen],
    leadSchoolId: school('Morgen College'),
    partnerSchoolIds: [school('Landstede MBO')],
    target: 'Tien docenten per jaar lopen mee bij de andere sector',
  });
  await checkIn(stage, femke, -42, 'RISICO', 20, 'Een week meelopen lukt niet: teams zijn onderbezet en de roosters passen niet.');
  const review = await checkIns.requestReview(femke, stage.id, 'Is een hele week meelopen nog haalbaar?');
  await checkIns.decideReview(sanne, review.id, 'BIJSTELLEN', 'Beginnen met een halve dag en later uitbouwen.');
  await checkIns.addBijstelling(sanne, {
    actieId: stage.id,
    what: 'Duur van de docentstage',
    why: 'Onderbezetting in teams en complexe roosters; een halve dag is al waardevol.',
    before: '1 week',
    after: 'halve dag',
  });
  await checkIn(stage, femke, -13, 'OP_KOERS', 45, 'Zes docenten hebben een halve dag meegelopen; de reacties zijn positief.');
  count += 2;

  const sign = await actie(3, 'Keuzevak Sign op Landstede voor leerlingen van Morgen College', {
    ownerIds: [pJeroen],
    leadSchoolId: school('Landstede MBO'),
    partnerSchoolIds: [school('Morgen College')],
  });
  await checkIn(sign, await deps.actorFor('jeroen.bos@example.org'), -30, 'OP_KOERS', 60, 'Tweede groep leerlingen is gestart met folie en bestickering.');
  await checkIn(sign, await deps.actorFor('jeroen.bos@example.org'), -9, 'OP_KOERS', 75, 'Leerlingen presenteren hun werk aan ouders.');
  await acties.setPublic(sanne, sign.id, true, 'Leerlingen van Morgen College volgen het keuzevak Sign bij Landstede: alles over folie en bestickering.');
  const ontbijt = await actie(3, 'Ontbijt-meet-ups met bedrijven breder trekken', { ownerIds: [pLotte], leadSchoolId: school('Christelijk College Groevenbeek') });
  await checkIn(ontbijt, await deps.actorFor('lotte.visser@example.org'), -16, 'RISICO', 30, 'Twee scholen doen mee; voor de derde is nog geen datum.');
  const anderVo = await actie(3, 'Een keuzevak volgen bij een andere vo-school', { ownerIds: [pSanne, pLotte], leadSchoolId: school('RSG Slingerbos Levant') });
  await checkIn(anderVo, sanne, -25, 'ACHTER', 10, 'Vervoer en verzekering tussen de scholen zijn nog niet geregeld.');
  await checkIns.requestReview(sanne, anderVo.id, 'Is dit dit schooljaar nog relevant en haalbaar?');
  const uitwisseling = await actie(3, 'Structurele uitwisseling van leerlingen met het mbo', { ownerIds: [pEsther], leadSchoolId: school('Landstede MBO') });
  await checkIns.addBijstelling(esther, {
    actieId: uitwisseling.id,
    what: 'Startmoment',
    why: 'De roostermakers van alle drie de vo-scholen moeten het jaarrooster eerst aanpassen.',
    before: 'dit schooljaar',
    after: 'volgend schooljaar',
  });
  await checkIn(uitwisseling, esther, -11, 'OP_KOERS', 15, 'Overleg met de roostermakers gepland.');
  count += 4;

  const vakgroep = await actie(4, 'Interscolaire vakgroep Engels: PTA’s en OER naast elkaar', { ownerIds: [pFemke, pLotte], progressMode: 'SUB_ACTIES', leadSchoolId: school('Morgen College') });
  const pta = await acties.createActie(femke, { actielijnId: lineIds.get(4) as string, parentId: vakgroep.id, title: 'PTA’s Engels van de drie vo-scholen verzamelen', ownerIds: [pFemke] });
  await checkIn(pta, femke, -8, 'OP_KOERS', 60, 'Twee van de drie PTA’s binnen.');
  const overlap = await acties.createActie(femke, { actielijnId: lineIds.get(4) as string, parentId: vakgroep.id, title: 'Overlap met de OER Engels in kaart brengen', ownerIds: [pLotte] });
  await checkIn(overlap, await deps.actorFor('lotte.visser@example.org'), -8, 'OP_KOERS', 0, 'Start na de PTA-inventarisatie.');
  count += 3;

  const experiment = await actie(5, 'Vmbo-leerlingen een dag meedraaien in de beroepspraktijk van het mbo', {
    ownerIds: [pSanne],
    leadSchoolId: school('RSG Slingerbos Levant'),
    partnerSchoolIds: [school('Landstede MBO')],
  });
  await checkIn(experiment, sanne, -3, 'OP_KOERS', 10, 'Twee docenten techniek willen het uitproberen.');
  const loket = await actie(6, 'Eén loket voor bedrijven verkennen', { ownerIds: [pEsther], leadSchoolId: school('Landstede MBO') });
  await checkIn(loket, esther, -21, 'GEPAUZEERD', 5, 'Wacht op de focus op actielijn 6 in het volgende jaar.');
  const themadag = await actie(7, 'Gezamenlijke themadag over de overstap vmbo–mbo', {
    ownerIds: [pFemke, await person('marjolein.smit@example.org')],
    leadSchoolId: school('Christelijk College Groevenbeek'),
  });
  await checkIn(themadag, await deps.actorFor('marjolein.smit@example.org'), -4, 'OP_KOERS', 5, 'Het bestuur steunt de themadag: er is ruimte vrijgemaakt in de jaarplanning.');
  await acties.setPublic(sanne, themadag.id, true, 'De scholen organiseren samen een themadag voor docenten over de overstap van vmbo naar mbo.');
  count += 3;
  return count;
}
