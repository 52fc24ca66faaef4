/** Dutch labels for every enum the regions screens show. The one place to change wording. */
import type { SelectOption } from '@verbinder/web/ui';
import type { MboLeerweg, MembershipLayer, MembershipRole, MembershipScope, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from './graphql/types';

export const schoolKindLabels: Record<SchoolKind, string> = {
  VO: 'vo',
  MBO: 'mbo',
  BOTH: 'vo en mbo',
};

export const roleLabels: Record<MembershipRole, string> = {
  VERBINDER: 'Verbinder',
  DOCENT: 'Docent',
  DECAAN: 'Decaan',
  TEAMLEIDER: 'Teamleider',
  PROJECTLEIDER: 'Projectleider',
  LOKET_MEDEWERKER: 'Loket-medewerker',
  REDACTEUR: 'Redacteur',
  BESTUURDER: 'Bestuurder',
  BEHEERDER: 'Beheerder',
};

export const layerLabels: Record<MembershipLayer, string> = {
  BESTUURLIJK: 'Bestuurlijk',
  MANAGEMENT: 'Management',
  PROFESSIONEEL: 'Professioneel',
};

export const scopeLabels: Record<MembershipScope, string> = {
  REGION: 'Regio',
  SCHOOL: 'School',
};

export const routeTypeLabels: Record<RouteType, string> = {
  REGULIER: 'Reguliere leerroute',
  DOORLOPEND: 'Doorlopende leerroute',
  GEINTEGREERD: 'Geïntegreerde leerroute',
};

export const routeTypeExplanations: Record<RouteType, string> = {
  REGULIER: 'Vmbo en mbo sluiten elk af met een eigen diploma. De twee opleidingen worden niet of nauwelijks gecombineerd.',
  DOORLOPEND:
    'Eén gecombineerd programma van een vmbo-profiel en een verwante mbo-opleiding. De leerling haalt een vmbo-diploma én een mbo-diploma (niveau 2, 3 of 4). Het onderwijs mag verdiept, verrijkt of versneld worden.',
  GEINTEGREERD:
    'Een bijzondere vorm van de doorlopende leerroute: vanuit de basisberoepsgerichte leerweg rechtstreeks naar een mbo-diploma op niveau 2. Het vmbo-examen vervalt gedeeltelijk of helemaal.',
};

export const vmboLeerwegLabels: Record<VmboLeerweg, string> = {
  BASIS: 'basisberoepsgerichte leerweg (bb)',
  KADER: 'kaderberoepsgerichte leerweg (kb)',
  GEMENGD: 'gemengde leerweg (gl)',
  THEORETISCH: 'theoretische leerweg (tl)',
};

export const mboLeerwegLabels: Record<MboLeerweg, string> = {
  BOL: 'bol (beroepsopleidende leerweg)',
  BBL: 'bbl (beroepsbegeleidende leerweg)',
};

export const routePhaseLabels: Record<RoutePhase, string> = {
  VERKENNING: 'Verkenning',
  ONTWIKKELING: 'In ontwikkeling',
  PILOT: 'Pilotjaar',
  LOPEND: 'Lopend',
  GESTOPT: 'Gestopt',
};

export const vmboExamScopeLabels: Record<VmboExamScope, string> = {
  VOLLEDIG: 'volledig vmbo-examen',
  GEDEELTELIJK: 'gedeeltelijk',
  GEEN: 'geen vmbo-examen',
};

export const activityEntityLabels: Record<string, string> = {
  region: 'Regio',
  school: 'School',
  leerlab: 'Leerlab',
  person: 'Persoon',
  membership: 'Lidmaatschap',
  leerroute: 'Leerroute',
};

export const activityActionLabels: Record<string, string> = {
  created: 'toegevoegd',
  updated: 'gewijzigd',
  deleted: 'verwijderd',
};

/** Options for a <Select> in the order the labels are declared. */
export function optionsFrom<K extends string>(labels: Record<K, string>): SelectOption[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** "Routejaar 1" is vmbo leerjaar 3; from routejaar 3 the pupil is in mbo. */
export function routeYearLabel(routeYear: number): string {
  return routeYear <= 2 ? `routejaar ${routeYear} (vmbo leerjaar ${routeYear + 2})` : `routejaar ${routeYear} (mbo-jaar ${routeYear - 2})`;
}
