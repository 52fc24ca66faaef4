import type { LoketCannedRepliesService, LoketInboxService, LoketIntakeService, LoketRoutingService } from '@verbinder/loket/core';
import { demoRegion, type RegionDemoDeps } from './demo-region';

/**
 * Noord-West Veluwe business loket: routing rules (stageplaatsen to Landstede and Slingerbos,
 * everything else to the loket-medewerker), a breakfast meet-up request, a stageplaatsen
 * request split over two schools and a gastles request split to Morgen College, waiting for the
 * company. The companies are fictional and use `.example` e-mail domains.
 */
/** The loket services the demo goes through (so the loket's rules apply to demo data too). */
export interface LoketDemoServices {
  intake: LoketIntakeService;
  routing: LoketRoutingService;
  inbox: LoketInboxService;
  cannedReplies: LoketCannedRepliesService;
}

export async function seedLoketDemo(deps: RegionDemoDeps & { services: LoketDemoServices }): Promise<number> {
  const demo = await demoRegion(deps.repository, deps.regionSlug);
  if (!demo) return 0;
  const { region, school } = demo;
  const ilse = await deps.actorFor('ilse.hoekstra@example.org');
  const { intake, routing, inbox, cannedReplies } = deps.services;
  await routing.addRule(ilse, { regionId: region.id, requestType: 'STAGEPLAATSEN', assigneeId: ilse.personId, schoolIds: [school('Landstede MBO'), school('RSG Slingerbos Levant')] });
  await routing.addRule(ilse, { regionId: region.id, assigneeId: ilse.personId, schoolIds: [] });
  const base = { regionSlug: deps.regionSlug, consent: true };
  await intake.seedRequest({
    ...base,
    companyName: 'Bakkerij De Zandkorrel',
    kvk: '12345678',
    sector: 'Food',
    location: 'Harderwijk',
    contactName: 'Anouk Brouwer',
    contactEmail: 'anouk@zandkorrel.example',
    type: 'MEETUP',
    period: 'voorjaar 2027',
    capacity: 30,
    message: 'Wij willen graag een ontbijt-meet-up bij ons in de bakkerij organiseren voor docenten en ondernemers uit Harderwijk.',
  });
  await intake.seedRequest({
    ...base,
    companyName: 'Veluwe Techniek Installaties',
    kvk: '87654321',
    sector: 'Techniek',
    location: 'Ermelo',
    contactName: 'Rik van Dam',
    contactEmail: 'rik.vandam@veluwetechniek.example',
    contactPhone: '0341 123 456',
    type: 'STAGEPLAATSEN',
    level: 'vmbo kader PIE en mbo 2–3 Eerste monteur',
    period: 'februari–juni 2027',
    capacity: 4,
    message: 'Wij hebben vier stageplaatsen voor leerlingen en studenten in de installatietechniek.',
  });
  const gastles = await intake.seedRequest({
    ...base,
    companyName: 'Zorggroep Noorderlicht',
    kvk: '11223344',
    sector: 'Zorg',
    location: 'Nunspeet',
    contactName: 'Fatima Ouali',
    contactEmail: 'f.ouali@noorderlicht.example',
    type: 'GASTLES',
    level: 'vmbo Zorg en welzijn',
    period: 'na de herfstvakantie',
    message: 'Een gastles over werken in de ouderenzorg.',
  });
  // Split to Morgen College (vmbo Zorg en welzijn): its school contacts see and answer it too.
  await routing.assign(ilse, gastles.id, { ownerId: ilse.personId, schoolIds: [school('Morgen College')] });
  await inbox.staffReply(ilse, gastles.id, 'Dank voor je aanvraag! Welke dagen in de week kunnen jullie een gastles geven?', { waitForCompany: true });
  await cannedReplies.saveCannedReply(ilse, {
    regionId: region.id,
    title: 'Ontvangst bevestigen',
    body: 'Dank je wel voor je aanvraag bij het bedrijvenloket. We bekijken welke scholen het beste passen en nemen binnen twee werkdagen contact met je op.',
  });
  await cannedReplies.saveCannedReply(ilse, {
    regionId: region.id,
    title: 'Beschikbaarheid vragen',
    body: 'Fijn dat jullie willen meedoen! Op welke dagen en in welke weken kunnen jullie leerlingen of studenten ontvangen? Dan stemmen we dat af met de scholen.',
  });
  await cannedReplies.saveCannedReply(ilse, {
    regionId: region.id,
    title: 'Doorverwezen naar school',
    body: 'We hebben je aanvraag doorgezet naar de school die het beste aansluit. Een contactpersoon van de school neemt deze week contact met je op; het loket blijft je aanspreekpunt.',
  });
  return 3;
}
