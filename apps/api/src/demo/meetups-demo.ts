import { type ActivitiesService, type RegistrationsService, type SeriesService } from '@verbinder/meetups/core';
import { addDays, amsterdamInstant } from '@verbinder/shared/time';
import { demoRegion, type RegionDemoDeps } from './demo-region';

/**
 * Noord-West Veluwe meetups: the Wednesday verbinders meeting rotating over the four schools
 * (with a school holiday skipped), a kennismakingsdag, a half-day docentstage, a public
 * ontbijt-meet-up with companies and a full workshop with a waiting list.
 */
export async function seedMeetupsDemo(
  deps: RegionDemoDeps & {
    service: ActivitiesService;
    series: SeriesService;
    registrations: RegistrationsService;
    today: string;
  },
): Promise<number> {
  const demo = await demoRegion(deps.repository, deps.regionSlug);
  if (!demo) return 0;
  const { region, school } = demo;
  const sanne = await deps.actorFor('sanne.devries@example.org');
  const s = deps.service;
  const day = (offset: number) => addDays(deps.today, offset);
  const at = (offset: number, time: string) => amsterdamInstant(day(offset), time).toISOString();

  // A holiday three weeks from now: the series skips that Wednesday and the rotation continues after it.
  await deps.series.addHoliday(sanne, { regionId: region.id, name: 'Voorjaarsvakantie', startDate: day(21), endDate: day(27) });
  await deps.series.createSeries(sanne, {
    regionId: region.id,
    kind: 'VERBINDERSOVERLEG',
    title: 'Verbindersoverleg',
    description: 'Wekelijks overleg van de verbinders: de actieagenda, wat vastzit en wat er komt.',
    weekday: 3,
    startTime: '13:30',
    endTime: '15:30',
    startDate: deps.today,
    endDate: day(7 * 12),
    hostSchoolIds: [school('RSG Slingerbos Levant'), school('Morgen College'), school('Christelijk College Groevenbeek'), school('Landstede MBO')],
    audience: ['DOCENTEN'],
    organiserIds: [sanne.personId],
  });

  await s.createActivity(sanne, {
    regionId: region.id,
    kind: 'KENNISMAKINGSDAG',
    title: 'Kennismakingsdag docenten vo en mbo',
    description: 'Docenten van de vier scholen leren elkaar kennen; ’s middags werkgroepen per vak.',
    hostSchoolId: school('Landstede MBO'),
    address: 'Landstede Harderwijk, Harderwijk',
    room: 'Aula',
    travelNote: 'Tien minuten lopen vanaf station Harderwijk.',
    startsAt: at(30, '09:00'),
    endsAt: at(30, '16:00'),
    audience: ['DOCENTEN'],
    capacity: 120,
  });
  await s.createActivity(sanne, {
    regionId: region.id,
    kind: 'DOCENTSTAGE',
    title: 'Docentstage: een halve dag meelopen bij Landstede',
    description: 'Vo-docenten lopen een ochtend mee in de opleiding Sign. Een halve dag, na de bijstelling van een hele week.',
    hostSchoolId: school('Landstede MBO'),
    address: 'Landstede Harderwijk, Harderwijk',
    room: 'Werkplaats Sign',
    startsAt: at(14, '08:30'),
    endsAt: at(14, '12:30'),
    audience: ['DOCENTEN'],
    capacity: 6,
  });
  await s.createActivity(sanne, {
    regionId: region.id,
    kind: 'ONTBIJT_MEETUP',
    title: 'Ontbijt-meet-up met bedrijven uit de regio',
    description: 'Ondernemers, leerlingen en docenten ontbijten samen en praten over stages en beroepen.',
    hostSchoolId: school('Christelijk College Groevenbeek'),
    address: 'Groevenbeek, Ermelo',
    room: 'Kantine',
    startsAt: at(10, '07:30'),
    endsAt: at(10, '09:00'),
    audience: ['BEDRIJVEN', 'LEERLINGEN', 'PUBLIEK'],
    capacity: 40,
  });
  const workshop = await s.createActivity(sanne, {
    regionId: region.id,
    kind: 'WORKSHOP',
    title: 'Workshop digitale geletterdheid',
    description: 'Een middag voor docenten over digitale geletterdheid in vmbo en mbo.',
    hostSchoolId: school('Morgen College'),
    address: 'Morgen College, Nunspeet',
    startsAt: at(20, '14:00'),
    endsAt: at(20, '16:30'),
    audience: ['DOCENTEN'],
    capacity: 3,
  });
  for (const email of ['sanne.devries@example.org', 'femke.mulder@example.org', 'lotte.visser@example.org', 'jeroen.bos@example.org']) {
    await deps.registrations.register(await deps.actorFor(email), workshop.id);
  }
  return 5;
}
