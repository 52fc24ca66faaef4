import type { RegionsRepository } from '@verbinder/regions/core';
import type { Actor } from '@verbinder/shared/kernel';
import type { StoryAudience, StoryConsentsService, StoryEditingService, StoryPublishingService } from '@verbinder/stories/core';

/** The stories services the demo writes through. */
export interface StoriesDemoServices {
  editing: StoryEditingService;
  publishing: StoryPublishingService;
  consents: StoryConsentsService;
}

export interface StoriesDemoDeps {
  services: StoriesDemoServices;
  repository: RegionsRepository;
  actorFor: (email: string) => Promise<Actor>;
  now: Date;
}

/** A birth date that makes a pupil `years` old (and a few months) at `now`. */
function bornYearsAgo(now: Date, years: number): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return d.toISOString().slice(0, 10);
}

interface DemoStory {
  title: string;
  lead: string;
  body: string;
  audience: StoryAudience[];
  tags: string[];
}

const DOCENTSTAGE: DemoStory = {
  title: 'Een halve dag op de werkvloer van het mbo',
  lead: 'De docentstage in Noord-West Veluwe duurde eerst een week. Nu is het een halve dag — en juist daardoor doen er meer docenten mee.',
  body: [
    '<p>Een week weg van je eigen klas is voor veel vmbo-docenten niet te doen. Daarom is de docentstage in het leerlab teruggebracht naar <strong>een halve dag</strong>. Docenten van Slingerbos, Morgen College en Groevenbeek lopen mee op Landstede MBO, en mbo-docenten komen op hun beurt kijken op het vmbo.</p>',
    '<h2>Wat je ziet in een halve dag</h2>',
    '<ul><li>hoe een praktijkles op het mbo is opgebouwd;</li><li>welke opdrachten studenten in het eerste jaar krijgen;</li><li>waar leerlingen van jouw school tegenaan lopen als ze overstappen.</li></ul>',
    '<blockquote>Ik dacht dat ik wist wat mijn leerlingen na de zomer te wachten stond. Na één ochtend in de werkplaats pas ik mijn lessen in leerjaar 4 al aan.</blockquote>',
    '<p>De verbinders plannen de stages samen, zodat een school niet alleen staat. Wie mee wil doen, meldt zich bij de verbinder van de eigen school.</p>',
  ].join(''),
  audience: ['DOCENTEN'],
  tags: ['docentstage', 'leerlab'],
};

const KENNISMAKING: DemoStory = {
  title: 'Kennismakingsdag: van vmbo naar Landstede in één ochtend',
  lead: 'Leerlingen uit de bovenbouw van het vmbo draaiden een ochtend mee op het mbo. Een leerling vertelt hoe dat was.',
  body: [
    '<p>Op de kennismakingsdag van het leerlab kwamen leerlingen van drie vmbo-scholen naar Landstede in Harderwijk. Ze kozen vooraf een richting, van techniek tot zorg, en werkten een ochtend samen met mbo-studenten.</p>',
    '<h2>Samen aan een echte opdracht</h2>',
    '<p>In de werkplaats maakten de leerlingen onder begeleiding van studenten een eigen bord voor het keuzevak <strong>sign</strong>. Daarna vertelden studenten hoe hun eerste jaar was.</p>',
    '<p>Na de zomer kunnen leerlingen in leerjaar 3 zich opnieuw aanmelden. Vraag de mentor naar de data.</p>',
  ].join(''),
  audience: ['LEERLINGEN', 'OUDERS'],
  tags: ['kennismakingsdag', 'overstap'],
};

const MEELOOPDAG: DemoStory = {
  title: 'Meelopen in de zorg: Sem koos voor een dag in het verzorgingshuis',
  lead: 'Via het leerlab liep een leerling uit leerjaar 2 een dag mee in de ouderenzorg. Het verhaal staat klaar, maar de toestemming van een ouder ontbreekt nog.',
  body: [
    '<p>Sem is veertien en twijfelde tussen techniek en zorg. Via de verbinder van Morgen College mocht hij een dag meelopen bij een zorginstelling in Nunspeet.</p>',
    '<p>Hij hielp bij het ontbijt, deed mee met een spelletjesmiddag en sprak met een student van de opleiding <strong>verzorgende IG</strong>.</p>',
  ].join(''),
  audience: ['OUDERS', 'LEERLINGEN'],
  tags: ['meeloopdag', 'zorg'],
};

const LOKET: DemoStory = {
  title: 'Eén loket voor bedrijven: geen tien mails meer van tien scholen',
  lead: 'Bedrijven in Noord-West Veluwe vragen stageplaatsen, gastlessen en meet-ups nu aan bij één regionaal loket.',
  body: [
    '<p>Ondernemers kregen vaak van meerdere scholen dezelfde vraag. Het regionale bedrijvenloket bundelt die vragen: een bedrijf meldt één keer wat het kan bieden, en het loket zoekt de school die het beste past.</p>',
    '<h2>Zo werkt het</h2>',
    '<ul><li>Het bedrijf vult één formulier in op de website van de regio.</li><li>Het loket reageert binnen twee werkdagen.</li><li>Eén school neemt contact op; het loket blijft het aanspreekpunt.</li></ul>',
  ].join(''),
  audience: ['BEDRIJVEN'],
  tags: ['loket', 'bedrijven'],
};

const LOKET_EN = {
  language: 'en',
  title: 'One desk for companies: no more ten e-mails from ten schools',
  lead: 'Companies in Noord-West Veluwe now ask for internships, guest lessons and meet-ups at one regional desk.',
  body: '<p>Business owners often got the same question from several schools. The regional business desk brings those questions together: a company tells us once what it can offer, and the desk finds the school that fits best.</p><ul><li>One form on the region’s website.</li><li>An answer within two working days.</li><li>One school gets in touch; the desk stays your contact.</li></ul>',
};

const ASSEN: DemoStory = {
  title: 'Mbo-modules al in leerjaar 3 in Assen',
  lead: 'In het leerlab van Assen kiezen vmbo-leerlingen HBR al mbo-modules, met gastcolleges en extra stage-uren.',
  body: '<p>Leerlingen van het Dr. Nassau College volgen in leerjaar 3 en 4 modules van Drenthe College. Zo weten ze al vóór de overstap hoe een mbo-opleiding in de horeca eruitziet.</p><p>Gastcolleges van koks en ondernemers uit de regio horen erbij.</p>',
  audience: ['OUDERS', 'LEERLINGEN'],
  tags: ['hbr', 'leerlab'],
};

/**
 * Demo stories through the stories services (so the workflow and the consent gate apply): in
 * Noord-West Veluwe a published docentstage story (an adult docent quoted, own consent), a
 * published kennismakingsdag story (a pupil of 17 with her own consent), an approved meeloopdag
 * story that stays blocked (a pupil of 14 without a parent's consent), a published loket story
 * with an English translation and a draft; in Assen one published story without people.
 * Returns the number of stories created.
 */
export async function seedStoriesDemo(deps: StoriesDemoDeps): Promise<number> {
  const nwv = await deps.repository.findRegionBySlug('noord-west-veluwe');
  if (!nwv) return 0;
  const leerlab = (await deps.repository.findLeerlabsByRegionIds([nwv.id]))[0] ?? null;
  const bram = await deps.actorFor('bram.kuipers@example.org');
  const sanne = await deps.actorFor('sanne.devries@example.org');
  const { editing, publishing, consents } = deps.services;
  let count = 0;
  const write = async (regionId: string, leerlabId: string | null, story: DemoStory, author = bram) => {
    count++;
    return editing.create(author, { regionId, leerlabId, ...story });
  };
  const approve = async (id: string, eindredacteur = sanne, redacteur = bram) => {
    await publishing.submit(redacteur, id);
    await publishing.approve(eindredacteur, id);
  };

  // Docentstage: an adult docent quoted, her own consent for this school year.
  const docentstage = await write(nwv.id, leerlab?.id ?? null, DOCENTSTAGE);
  const lotte = await editing.addPerson(bram, docentstage.id, {
    name: 'Lotte Visser',
    role: 'Docent Engels, Christelijk College Groevenbeek',
    quote: 'Na één ochtend in de werkplaats pas ik mijn lessen in leerjaar 4 al aan.',
    isPupil: false,
  });
  await consents.recordConsent(bram, { storyPersonId: lotte.id, givenByName: 'Lotte Visser', relation: 'ZELF', scope: 'SCHOOL_YEAR' });
  await approve(docentstage.id);
  await editing.comment(sanne, docentstage.id, 'Mooi verhaal. Ik heb de toestemming van Lotte gecontroleerd; mag zo online.');
  await publishing.publish(sanne, docentstage.id);

  // Kennismakingsdag: a pupil of 17 in a photo, with her own consent.
  const kennismaking = await write(nwv.id, leerlab?.id ?? null, KENNISMAKING);
  const noor = await editing.addPerson(bram, kennismaking.id, {
    name: 'Noor',
    role: 'Leerling leerjaar 4, RSG Slingerbos Levant',
    quote: 'Ik dacht dat het mbo veel groter en drukker zou zijn. Nu weet ik waar ik na de zomer heen ga.',
    inPhoto: true,
    isPupil: true,
    birthDate: bornYearsAgo(deps.now, 17),
  });
  await consents.recordConsent(bram, { storyPersonId: noor.id, givenByName: 'Noor', relation: 'LEERLING', scope: 'THIS_STORY' });
  await approve(kennismaking.id);
  await publishing.publish(sanne, kennismaking.id);

  // Meeloopdag: a pupil of 14 without a parent's consent — approved, publication blocked.
  const meeloop = await write(nwv.id, leerlab?.id ?? null, MEELOOPDAG);
  await editing.addPerson(bram, meeloop.id, {
    name: 'Sem',
    role: 'Leerling leerjaar 2, Morgen College',
    inPhoto: true,
    isPupil: true,
    birthDate: bornYearsAgo(deps.now, 14),
  });
  await approve(meeloop.id);
  await editing.comment(sanne, meeloop.id, 'Goedgekeurd, maar de toestemming van een ouder van Sem ontbreekt nog. Bram, wil jij het formulier nasturen?');

  // The loket, with an English translation for companies that do not read Dutch.
  const loket = await write(nwv.id, null, LOKET);
  await publishing.setTranslation(bram, loket.id, LOKET_EN);
  await approve(loket.id);
  await publishing.publish(sanne, loket.id);

  // A draft the redacteur is still working on.
  await write(nwv.id, leerlab?.id ?? null, {
    title: 'Werkgroep Engels: één woordenlijst voor vmbo en mbo',
    lead: 'Docenten Engels van vier scholen maken samen een woordenlijst voor de overstap.',
    body: '<p>Concept: nog aanvullen met een citaat van een docent en een foto van de werkgroep.</p>',
    audience: ['DOCENTEN'],
    tags: ['werkgroep', 'engels'],
  });

  // Another region: Assen, written and published by its own verbinder.
  const assen = await deps.repository.findRegionBySlug('assen');
  if (assen) {
    const karin = await deps.actorFor('karin.wolters@example.org');
    const assenLab = (await deps.repository.findLeerlabsByRegionIds([assen.id]))[0] ?? null;
    const story = await write(assen.id, assenLab?.id ?? null, ASSEN, karin);
    await publishing.submit(karin, story.id);
    await publishing.approve(karin, story.id);
    await publishing.publish(karin, story.id);
  }
  return count;
}
