/** Dutch labels for every enum the regions screens show; the shared ones live in @verbinder/shared/contracts. */
import {
  MBO_LEERWEG_LABELS,
  MEMBERSHIP_LAYER_LABELS,
  ROUTE_PHASE_LABELS,
  ROUTE_TYPE_EXPLANATIONS,
  ROUTE_TYPE_LABELS,
  SCHOOL_KIND_LABELS,
  VMBO_EXAM_SCOPE_LABELS,
  VMBO_LEERWEG_LABELS,
} from '@verbinder/shared/contracts';
import type { SelectOption } from '@verbinder/web/ui';
import type { MboLeerweg, MembershipLayer, MembershipRole, MembershipScope, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from './graphql/types';

export const schoolKindLabels: Record<SchoolKind, string> = SCHOOL_KIND_LABELS;

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

export const layerLabels: Record<MembershipLayer, string> = MEMBERSHIP_LAYER_LABELS;

export const scopeLabels: Record<MembershipScope, string> = {
  REGION: 'Regio',
  SCHOOL: 'School',
};

export const routeTypeLabels: Record<RouteType, string> = ROUTE_TYPE_LABELS;
export const routeTypeExplanations: Record<RouteType, string> = ROUTE_TYPE_EXPLANATIONS;
export const vmboLeerwegLabels: Record<VmboLeerweg, string> = VMBO_LEERWEG_LABELS;
export const mboLeerwegLabels: Record<MboLeerweg, string> = MBO_LEERWEG_LABELS;
export const routePhaseLabels: Record<RoutePhase, string> = ROUTE_PHASE_LABELS;
export const vmboExamScopeLabels: Record<VmboExamScope, string> = VMBO_EXAM_SCOPE_LABELS;

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
