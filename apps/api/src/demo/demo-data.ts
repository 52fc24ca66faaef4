import type { LeerrouteInput, SchoolKind, SchoolLocation } from '@verbinder/regions/core';

/**
 * Demo data from the public leerlab magazines (../shared/seeds): real school names and
 * facts, fictional people with @example.org addresses.
 */
export interface DemoRoute extends Omit<LeerrouteInput, 'regionId' | 'leerlabId' | 'voSchoolId' | 'mboSchoolId'> {
  leerlab?: string;
  vo?: string;
  mbo?: string;
}

export interface DemoRegion {
  slug: string;
  name: string;
  description: string;
  schools: Array<{ key: string; name: string; kind: SchoolKind; koepel?: string; website?: string; locations: SchoolLocation[] }>;
  leerlabs: Array<{ key: string; name: string; round: number; startYear: number; theme: string; description: string; schools: string[] }>;
  people: Array<{
    name: string;
    email: string;
    jobTitle: string;
    systemRole?: 'BEHEERDER';
    memberships: Array<{ school?: string; role: string; layer: string }>;
  }>;
  routes: DemoRoute[];
}

const route = (r: Partial<DemoRoute> & Pick<DemoRoute, 'name' | 'routeType' | 'vmboLeerweg' | 'vmboProfiel' | 'mboOpleiding' | 'mboNiveau'>): DemoRoute => ({
  phase: 'ONTWIKKELING',
  mboLeerweg: 'BOL',
  shorteningMonths: 0,
  vmboExamScope: 'VOLLEDIG',
  vmboExamLastRouteYear: r.routeType === 'REGULIER' ? null : 2,
  bpvStartRouteYear: null,
  fundingTransferAgreed: false,
  ...r,
});

export const DEMO_REGIONS: DemoRegion[] = [
  {
    slug: 'noord-west-veluwe',
    name: 'Noord-West Veluwe',
    description: 'Drie vo-scholen en Landstede MBO werken samen aan een driejarige actieagenda met zeven actielijnen. Vijf verbinders komen elke woensdag bij elkaar, steeds op een andere school.',
    schools: [
      { key: 'slingerbos', name: 'RSG Slingerbos Levant', kind: 'VO', locations: [{ name: 'Slingerbos', address: null, city: 'Harderwijk' }] },
      { key: 'morgen', name: 'Morgen College', kind: 'VO', locations: [{ name: 'Morgen College', address: null, city: 'Nunspeet' }] },
      { key: 'groevenbeek', name: 'Christelijk College Groevenbeek', kind: 'VO', locations: [{ name: 'Groevenbeek', address: null, city: 'Ermelo' }] },
      {
        key: 'landstede',
        name: 'Landstede MBO',
        kind: 'MBO',
        koepel: 'Landstede Groep',
        website: 'https://www.landstede.nl',
        locations: [{ name: 'Landstede Harderwijk', address: null, city: 'Harderwijk' }],
      },
    ],
    leerlabs: [
      {
        key: 'nwv',
        name: 'Leerlab Noord-West Veluwe',
        round: 2022,
        startYear: 2022,
        theme: 'Alle profielen, alle niveaus',
        description: 'Een netwerkaanpak in plaats van een blauwdruk: docenten leren elkaar kennen, de avo-vakken sluiten beter aan en leerlingen volgen keuzevakken op het mbo.',
        schools: ['slingerbos', 'morgen', 'groevenbeek', 'landstede'],
      },
    ],
    people: [
      { name: 'Sanne de Vries', email: 'sanne.devries@example.org', jobTitle: 'Docent techniek en Technasium', memberships: [{ school: 'slingerbos', role: 'VERBINDER', layer: 'PROFESSIONEEL' }] },
      { name: 'Femke Mulder', email: 'femke.mulder@example.org', jobTitle: 'Docent Engels', memberships: [{ school: 'morgen', role: 'VERBINDER', layer: 'PROFESSIONEEL' }] },
      { name: 'Lotte Visser', email: 'lotte.visser@example.org', jobTitle: 'Docent Engels', memberships: [{ school: 'groevenbeek', role: 'VERBINDER', layer: 'PROFESSIONEEL' }] },
      { name: 'Jeroen Bos', email: 'jeroen.bos@example.org', jobTitle: 'Docent signmaking', memberships: [{ school: 'landstede', role: 'VERBINDER', layer: 'PROFESSIONEEL' }] },
      { name: 'Esther Meijer', email: 'esther.meijer@example.org', jobTitle: 'Projectleider vo-mbo', memberships: [{ school: 'landstede', role: 'VERBINDER', layer: 'MANAGEMENT' }] },
      { name: 'Youssef El Amrani', email: 'youssef.elamrani@example.org', jobTitle: 'Docent Engels', memberships: [{ school: 'morgen', role: 'DOCENT', layer: 'PROFESSIONEEL' }] },
      { name: 'Daan Hendriks', email: 'daan.hendriks@example.org', jobTitle: 'Docent Engels (mbo)', memberships: [{ school: 'landstede', role: 'DOCENT', layer: 'PROFESSIONEEL' }] },
      { name: 'Ilse Hoekstra', email: 'ilse.hoekstra@example.org', jobTitle: 'Medewerker bedrijvenloket', memberships: [{ role: 'LOKET_MEDEWERKER', layer: 'PROFESSIONEEL' }] },
      { name: 'Bram Kuipers', email: 'bram.kuipers@example.org', jobTitle: 'Redacteur', memberships: [{ role: 'REDACTEUR', layer: 'PROFESSIONEEL' }] },
      { name: 'Marjolein Smit', email: 'marjolein.smit@example.org', jobTitle: 'Bestuurder', memberships: [{ school: 'groevenbeek', role: 'BESTUURDER', layer: 'BESTUURLIJK' }] },
      { name: 'Peter Jansen', email: 'peter.jansen@example.org', jobTitle: 'Functioneel beheerder', systemRole: 'BEHEERDER', memberships: [{ role: 'BEHEERDER', layer: 'MANAGEMENT' }] },
    ],
    routes: [
      route({
        name: 'Keuzevak Sign op Landstede',
        routeType: 'REGULIER',
        phase: 'LOPEND',
        vmboLeerweg: 'KADER',
        vmboProfiel: 'Produceren, installeren en energie (PIE)',
        mboOpleiding: 'Signmaker',
        mboNiveau: 2,
        leerlab: 'nwv',
        vo: 'slingerbos',
        mbo: 'landstede',
        targetGroup: 'vmbo-leerlingen die het keuzevak Sign (folie en bestickering) op Landstede volgen',
        description: 'Het vmbo-keuzevak Sign wordt op Landstede gegeven door mbo-docenten.',
      }),
      route({
        name: 'Techniek kb → mbo 3 (doorlopend)',
        routeType: 'DOORLOPEND',
        phase: 'VERKENNING',
        vmboLeerweg: 'KADER',
        vmboProfiel: 'Bouwen, wonen en interieur (BWI)',
        mboOpleiding: 'Allround medewerker bouw',
        mboNiveau: 3,
        shorteningMonths: 6,
        vmboExamLastRouteYear: 2,
        bpvStartRouteYear: 2,
        leerlab: 'nwv',
        vo: 'morgen',
        mbo: 'landstede',
        startYear: 2026,
        targetGroup: 'kb-leerlingen die al weten dat ze de bouw in willen',
      }),
    ],
  },
  {
    slug: 'assen',
    name: 'Assen',
    description: 'Dr. Nassau College en Drenthe College werken aan een doorlopende leerroute Horeca, Bakkerij & Recreatie voor bb en kb.',
    schools: [
      { key: 'nassau', name: 'Dr. Nassau College', kind: 'VO', locations: [{ name: 'Penta', address: null, city: 'Assen' }] },
      { key: 'drenthe', name: 'Drenthe College', kind: 'MBO', locations: [{ name: 'Drenthe College Assen', address: null, city: 'Assen' }] },
    ],
    leerlabs: [
      {
        key: 'assen',
        name: 'Leerlab Assen',
        round: 2021,
        startYear: 2021,
        theme: 'Horeca, Bakkerij & Recreatie (HBR)',
        description: '2021-2022 is het pilotjaar: in leerjaar 3 en 4 kiezen leerlingen mbo-modules, met gastcolleges en meer stage-uren.',
        schools: ['nassau', 'drenthe'],
      },
    ],
    people: [
      { name: 'Henk Dijkstra', email: 'henk.dijkstra@example.org', jobTitle: 'Docent HBR', memberships: [{ school: 'nassau', role: 'DOCENT', layer: 'PROFESSIONEEL' }] },
      { name: 'Karin Wolters', email: 'karin.wolters@example.org', jobTitle: 'Projectleider doorlopende leerlijn', memberships: [{ school: 'drenthe', role: 'VERBINDER', layer: 'MANAGEMENT' }] },
    ],
    routes: [
      route({
        name: 'HBR bb/kb → mbo horeca niveau 2',
        routeType: 'DOORLOPEND',
        phase: 'PILOT',
        vmboLeerweg: 'BASIS',
        vmboProfiel: 'Horeca, bakkerij en recreatie (HBR)',
        mboOpleiding: 'Medewerker bediening',
        mboNiveau: 2,
        bpvStartRouteYear: 1,
        leerlab: 'assen',
        vo: 'nassau',
        mbo: 'drenthe',
        startYear: 2021,
        targetGroup: 'breed, voor alle leerlingen',
      }),
    ],
  },
  {
    slug: 'alblasserwaard',
    name: 'Alblasserwaard',
    description: 'In Ottoland volgen leerlingen van Wellantcollege De Bossekamp een geïntegreerde groene route van vmbo basis naar mbo 2 BBL.',
    schools: [
      {
        key: 'wellant',
        name: 'Wellantcollege',
        kind: 'BOTH',
        website: 'https://www.wellant.nl',
        locations: [
          { name: 'De Bossekamp', address: null, city: 'Ottoland' },
          { name: 'Wellantcollege mbo Houten', address: null, city: 'Houten' },
        ],
      },
    ],
    leerlabs: [
      {
        key: 'ottoland',
        name: 'Leerlab Ottoland',
        round: 2021,
        startYear: 2018,
        theme: 'Groen',
        description: 'Voorbereiding in het najaar van 2018, eerste leerlingen in augustus 2019; ongeveer 15 leerlingen per jaar.',
        schools: ['wellant'],
      },
    ],
    people: [{ name: 'Gerrit van Wijk', email: 'gerrit.vanwijk@example.org', jobTitle: 'Schoolleider', memberships: [{ school: 'wellant', role: 'VERBINDER', layer: 'MANAGEMENT' }] }],
    routes: [
      route({
        name: 'Groene geïntegreerde route bb → mbo 2 BBL',
        routeType: 'GEINTEGREERD',
        phase: 'LOPEND',
        vmboLeerweg: 'BASIS',
        vmboProfiel: 'Groen',
        mboOpleiding: 'Medewerker hoveniersbedrijf',
        mboNiveau: 2,
        mboLeerweg: 'BBL',
        shorteningMonths: 12,
        vmboExamScope: 'GEDEELTELIJK',
        vmboExamLastRouteYear: 1,
        bpvStartRouteYear: 1,
        leerlab: 'ottoland',
        vo: 'wellant',
        mbo: 'wellant',
        agreementSignedOn: '2019-05-14',
        duoVoRegisteredOn: '2019-06-01',
        duoMboRegisteredOn: '2019-06-01',
        fundingTransferAgreed: true,
        startYear: 2019,
        targetGroup: 'ongeveer 15 bb-leerlingen per jaar die praktisch willen leren',
      }),
    ],
  },
  {
    slug: 'helmond',
    name: 'Helmond',
    description: 'Vierdejaars met het praktijkgerichte programma IT van het Jan van Brabant College volgen het mbo-keuzedeel design thinking bij ROC ter AA.',
    schools: [
      { key: 'jvb', name: 'Jan van Brabant College', kind: 'VO', locations: [{ name: 'Jan van Brabant College', address: null, city: 'Helmond' }] },
      { key: 'terAa', name: 'ROC ter AA', kind: 'MBO', locations: [{ name: 'ROC ter AA', address: null, city: 'Helmond' }] },
    ],
    leerlabs: [
      {
        key: 'helmond',
        name: 'Leerlab Helmond',
        round: 2022,
        startYear: 2022,
        theme: 'pgp IT → mbo ICT',
        description: 'Een start met een doorlopende leerroute vanuit een breed praktijkgericht programma; ambitie is een vrijstelling op het mbo.',
        schools: ['jvb', 'terAa'],
      },
    ],
    people: [{ name: 'Anouk Willems', email: 'anouk.willems@example.org', jobTitle: 'Onderwijskundige', memberships: [{ school: 'terAa', role: 'VERBINDER', layer: 'PROFESSIONEEL' }] }],
    routes: [
      route({
        name: 'pgp IT → mbo ICT niveau 4',
        routeType: 'DOORLOPEND',
        phase: 'ONTWIKKELING',
        vmboLeerweg: 'GEMENGD',
        vmboProfiel: 'Praktijkgericht programma IT',
        mboOpleiding: 'Software developer',
        mboNiveau: 4,
        shorteningMonths: 3,
        vmboExamLastRouteYear: 2,
        leerlab: 'helmond',
        vo: 'jvb',
        mbo: 'terAa',
        startYear: 2023,
        targetGroup: 'vierdejaars die pgp IT kozen',
      }),
    ],
  },
];
