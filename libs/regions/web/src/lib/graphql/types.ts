/** Hand-written types for the parts of schema.graphql the regions screens select. */
export type SchoolKind = 'VO' | 'MBO' | 'BOTH';
export type MembershipRole =
  | 'VERBINDER'
  | 'DOCENT'
  | 'DECAAN'
  | 'TEAMLEIDER'
  | 'PROJECTLEIDER'
  | 'LOKET_MEDEWERKER'
  | 'REDACTEUR'
  | 'BESTUURDER'
  | 'BEHEERDER';
export type MembershipLayer = 'BESTUURLIJK' | 'MANAGEMENT' | 'PROFESSIONEEL';
export type MembershipScope = 'REGION' | 'SCHOOL';
export type RouteType = 'REGULIER' | 'DOORLOPEND' | 'GEINTEGREERD';
export type VmboLeerweg = 'BASIS' | 'KADER' | 'GEMENGD' | 'THEORETISCH';
export type MboLeerweg = 'BOL' | 'BBL';
export type VmboExamScope = 'VOLLEDIG' | 'GEDEELTELIJK' | 'GEEN';
export type RoutePhase = 'VERKENNING' | 'ONTWIKKELING' | 'PILOT' | 'LOPEND' | 'GESTOPT';

export interface RegionRef {
  id: string;
  slug: string;
  name: string;
}

export interface ManagedRegionRef extends RegionRef {
  canManage: boolean;
}

export interface Named {
  id: string;
  name: string;
}

export interface SchoolOption extends Named {
  kind: SchoolKind;
}

export interface SchoolLocation {
  name: string;
  address: string | null;
  city: string;
}

export interface RegionCounts {
  schools: number;
  leerlabs: number;
  people: number;
  leerroutes: number;
}

export interface SchoolSummary extends SchoolOption {
  koepel: string | null;
  locations: SchoolLocation[];
}

export interface LeerlabSummary extends Named {
  round: number;
  startYear: number;
  theme: string | null;
  description: string | null;
  schools: Named[];
}

export interface LeerrouteSummary extends Named {
  routeType: RouteType;
  phase: RoutePhase;
  vmboLeerweg: VmboLeerweg;
  vmboProfiel: string;
  mboOpleiding: string;
  mboNiveau: number;
  mboLeerweg: MboLeerweg;
  updatedAt: string;
}

export interface RegionDetail extends ManagedRegionRef {
  description: string | null;
  counts: RegionCounts;
  schools: SchoolSummary[];
  leerlabs: LeerlabSummary[];
  leerroutes: LeerrouteSummary[];
}

export interface RegionListItem extends ManagedRegionRef {
  description: string | null;
  counts: RegionCounts;
}

export interface MembershipDetail {
  id: string;
  scope: MembershipScope;
  role: MembershipRole;
  layer: MembershipLayer;
  region: ManagedRegionRef;
  school: Named | null;
}

export interface PersonSummary extends Named {
  /** Null for people who share no region with the viewer (the contact rule). */
  email: string | null;
  jobTitle: string | null;
  memberships: MembershipDetail[];
}

export interface PersonDetail extends PersonSummary {
  systemRole: 'BEHEERDER' | null;
}

export interface SchoolMember {
  id: string;
  role: MembershipRole;
  layer: MembershipLayer;
  person: { id: string; name: string; jobTitle: string | null };
}

export interface SchoolDetail extends SchoolSummary {
  brin: string | null;
  website: string | null;
  region: ManagedRegionRef;
  memberships: SchoolMember[];
}

/** A region with what the forms need to offer as choices. */
export interface RegionOptions extends ManagedRegionRef {
  schools: SchoolOption[];
  leerlabs: Named[];
}

export interface LeerlabDetail extends LeerlabSummary {
  region: RegionOptions;
}

export interface LeerrouteDetail extends LeerrouteSummary {
  shorteningMonths: number;
  vmboExamScope: VmboExamScope;
  vmboExamLastRouteYear: number | null;
  bpvStartRouteYear: number | null;
  agreementSignedOn: string | null;
  duoVoRegisteredOn: string | null;
  duoMboRegisteredOn: string | null;
  fundingTransferAgreed: boolean;
  startYear: number | null;
  targetGroup: string | null;
  description: string | null;
  leerlab: Named | null;
  voSchool: Named | null;
  mboSchool: Named | null;
  region: RegionOptions;
}

export interface SchoolInput {
  name: string;
  kind: SchoolKind;
  koepel: string | null;
  brin: string | null;
  website: string | null;
  locations: SchoolLocation[];
}

export interface LeerlabInput {
  name: string;
  round: number;
  startYear: number;
  theme: string | null;
  description: string | null;
  schoolIds: string[];
}

export interface PersonInput {
  name: string;
  email: string;
  jobTitle: string | null;
}

/** Bring someone into a region: a person by id, or an e-mail address (with the name the inviter knows). */
export interface InviteToRegionInput {
  personId?: string;
  email?: string;
  name?: string;
  regionId?: string;
  schoolId?: string;
  role: MembershipRole;
  layer: MembershipLayer;
}

/** An open invitation for the viewer. */
export interface MyInvitation {
  id: string;
  role: MembershipRole;
  layer: MembershipLayer;
  invitedByName: string | null;
  createdAt: string;
  region: { id: string; name: string; slug: string };
  school: Named | null;
}

export interface AddMembershipInput {
  personId: string;
  regionId?: string;
  schoolId?: string;
  role: MembershipRole;
  layer: MembershipLayer;
}

export interface LeerrouteInput {
  regionId: string;
  leerlabId: string | null;
  name: string;
  routeType: RouteType;
  phase: RoutePhase;
  vmboLeerweg: VmboLeerweg;
  vmboProfiel: string;
  mboOpleiding: string;
  mboNiveau: number;
  mboLeerweg: MboLeerweg;
  shorteningMonths: number;
  vmboExamScope: VmboExamScope;
  vmboExamLastRouteYear: number | null;
  bpvStartRouteYear: number | null;
  voSchoolId: string | null;
  mboSchoolId: string | null;
  agreementSignedOn: string | null;
  duoVoRegisteredOn: string | null;
  duoMboRegisteredOn: string | null;
  fundingTransferAgreed: boolean;
  startYear: number | null;
  targetGroup: string | null;
  description: string | null;
}
