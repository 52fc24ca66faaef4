import { registerEnumType } from '@nestjs/graphql';

export enum SchoolKindGql {
  VO = 'VO',
  MBO = 'MBO',
  BOTH = 'BOTH',
}
export enum MembershipRoleGql {
  VERBINDER = 'VERBINDER',
  DOCENT = 'DOCENT',
  DECAAN = 'DECAAN',
  TEAMLEIDER = 'TEAMLEIDER',
  PROJECTLEIDER = 'PROJECTLEIDER',
  LOKET_MEDEWERKER = 'LOKET_MEDEWERKER',
  REDACTEUR = 'REDACTEUR',
  BESTUURDER = 'BESTUURDER',
  BEHEERDER = 'BEHEERDER',
}
export enum MembershipLayerGql {
  BESTUURLIJK = 'BESTUURLIJK',
  MANAGEMENT = 'MANAGEMENT',
  PROFESSIONEEL = 'PROFESSIONEEL',
}
export enum MembershipScopeGql {
  REGION = 'REGION',
  SCHOOL = 'SCHOOL',
}
export enum RouteTypeGql {
  REGULIER = 'REGULIER',
  DOORLOPEND = 'DOORLOPEND',
  GEINTEGREERD = 'GEINTEGREERD',
}
export enum VmboLeerwegGql {
  BASIS = 'BASIS',
  KADER = 'KADER',
  GEMENGD = 'GEMENGD',
  THEORETISCH = 'THEORETISCH',
}
export enum MboLeerwegGql {
  BOL = 'BOL',
  BBL = 'BBL',
}
export enum VmboExamScopeGql {
  VOLLEDIG = 'VOLLEDIG',
  GEDEELTELIJK = 'GEDEELTELIJK',
  GEEN = 'GEEN',
}
export enum RoutePhaseGql {
  VERKENNING = 'VERKENNING',
  ONTWIKKELING = 'ONTWIKKELING',
  PILOT = 'PILOT',
  LOPEND = 'LOPEND',
  GESTOPT = 'GESTOPT',
}
export enum SystemRoleGql {
  BEHEERDER = 'BEHEERDER',
}

registerEnumType(SchoolKindGql, { name: 'SchoolKind', description: 'vo-school, mbo-instelling of beide' });
registerEnumType(MembershipRoleGql, { name: 'MembershipRole' });
registerEnumType(MembershipLayerGql, { name: 'MembershipLayer', description: 'bestuurlijk, management of professioneel' });
registerEnumType(MembershipScopeGql, { name: 'MembershipScope' });
registerEnumType(RouteTypeGql, { name: 'RouteType', description: 'reguliere, doorlopende of geïntegreerde leerroute' });
registerEnumType(VmboLeerwegGql, { name: 'VmboLeerweg' });
registerEnumType(MboLeerwegGql, { name: 'MboLeerweg' });
registerEnumType(VmboExamScopeGql, { name: 'VmboExamScope' });
registerEnumType(RoutePhaseGql, { name: 'RoutePhase' });
registerEnumType(SystemRoleGql, { name: 'SystemRole' });
