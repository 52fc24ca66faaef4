import { DomainError } from '@verbinder/shared/kernel';
import type { MembershipLayer, MembershipRole } from '@verbinder/shared/kernel';

import type { MboLeerweg, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from '@verbinder/shared/contracts';

export type { MboLeerweg, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from '@verbinder/shared/contracts';

export const SCHOOL_KINDS: readonly SchoolKind[] = ['VO', 'MBO', 'BOTH'];
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['VERBINDER', 'DOCENT', 'DECAAN', 'TEAMLEIDER', 'PROJECTLEIDER', 'LOKET_MEDEWERKER', 'REDACTEUR', 'BESTUURDER', 'BEHEERDER'];
export const MEMBERSHIP_LAYERS: readonly MembershipLayer[] = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'];
export const ROUTE_TYPES: readonly RouteType[] = ['REGULIER', 'DOORLOPEND', 'GEINTEGREERD'];
export const VMBO_LEERWEGEN: readonly VmboLeerweg[] = ['BASIS', 'KADER', 'GEMENGD', 'THEORETISCH'];
export const MBO_LEERWEGEN: readonly MboLeerweg[] = ['BOL', 'BBL'];
export const VMBO_EXAM_SCOPES: readonly VmboExamScope[] = ['VOLLEDIG', 'GEDEELTELIJK', 'GEEN'];
export const ROUTE_PHASES: readonly RoutePhase[] = ['VERKENNING', 'ONTWIKKELING', 'PILOT', 'LOPEND', 'GESTOPT'];

export interface Region {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SchoolLocation {
  name: string;
  address: string | null;
  city: string;
}

export interface School {
  id: string;
  regionId: string;
  name: string;
  kind: SchoolKind;
  koepel: string | null;
  brin: string | null;
  website: string | null;
  locations: SchoolLocation[];
  createdAt: Date;
  updatedAt: Date;
}

export interface Leerlab {
  id: string;
  regionId: string;
  name: string;
  round: number;
  startYear: number;
  theme: string | null;
  description: string | null;
  schoolIds: string[];
}

export interface Person {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  systemRole: 'BEHEERDER' | null;
  /** Erased on their request (AVG art. 17): the row is the pseudonym "Oud-deelnemer" and cannot change or join anything. */
  erased?: boolean;
}

/** Refuses to change, add or invite a person who was erased. */
export function assertNotErased(person: Pick<Person, 'erased'>): void {
  if (person.erased) throw DomainError.conflict('Deze persoon is gewist (Oud-deelnemer) en kan niet worden gewijzigd, toegevoegd of uitgenodigd.');
}

export interface Membership {
  id: string;
  personId: string;
  regionId: string;
  schoolId: string | null;
  role: MembershipRole;
  layer: MembershipLayer;
}

export interface Leerroute {
  id: string;
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
  updatedAt: Date;
}

export interface RegionCounts {
  schools: number;
  leerlabs: number;
  people: number;
  leerroutes: number;
}

// ---- inputs (plain; transports map their own DTOs onto these) ----

export interface CreateRegionInput {
  slug: string;
  name: string;
  description?: string | null;
}
export interface UpdateRegionInput {
  id: string;
  name?: string | null;
  description?: string | null;
}
export interface CreateLeerlabInput {
  regionId: string;
  name: string;
  round: number;
  startYear: number;
  theme?: string | null;
  description?: string | null;
  schoolIds?: string[] | null;
}
export interface UpdateLeerlabInput {
  id: string;
  name?: string | null;
  round?: number | null;
  startYear?: number | null;
  theme?: string | null;
  description?: string | null;
  schoolIds?: string[] | null;
}
export interface SchoolLocationInput {
  name: string;
  address?: string | null;
  city: string;
}
export interface CreateSchoolInput {
  regionId: string;
  name: string;
  kind: SchoolKind;
  koepel?: string | null;
  brin?: string | null;
  website?: string | null;
  locations?: SchoolLocationInput[] | null;
}
export interface UpdateSchoolInput {
  id: string;
  name?: string | null;
  kind?: SchoolKind | null;
  koepel?: string | null;
  brin?: string | null;
  website?: string | null;
  locations?: SchoolLocationInput[] | null;
}
export interface CreatePersonInput {
  name: string;
  email: string;
  jobTitle?: string | null;
  password?: string | null;
}
export interface UpdatePersonInput {
  id: string;
  name?: string | null;
  email?: string | null;
  jobTitle?: string | null;
}
export interface AddMembershipInput {
  personId: string;
  regionId?: string | null;
  schoolId?: string | null;
  role: MembershipRole;
  layer: MembershipLayer;
}
/** Bring someone into a region: an existing person (by id or e-mail address) or a new address. */
export interface InviteToRegionInput {
  personId?: string | null;
  email?: string | null;
  /** The name the inviter knows the person by (shown with the invitation; used for a new address). */
  name?: string | null;
  regionId?: string | null;
  schoolId?: string | null;
  role: MembershipRole;
  layer: MembershipLayer;
}

export const INVITATION_STATUSES = ['OPEN', 'ACCEPTED', 'DECLINED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface RegionInvitation {
  id: string;
  regionId: string;
  schoolId: string | null;
  personId: string;
  /** As the inviter typed it (for an invitation by id: the person's address, which the inviter may not see). */
  email: string;
  invitedName: string | null;
  role: MembershipRole;
  layer: MembershipLayer;
  invitedById: string | null;
  status: InvitationStatus;
  createdAt: Date;
  respondedAt: Date | null;
}

export type LeerrouteInput = Omit<
  Leerroute,
  | 'id'
  | 'updatedAt'
  | 'leerlabId'
  | 'voSchoolId'
  | 'mboSchoolId'
  | 'vmboExamLastRouteYear'
  | 'bpvStartRouteYear'
  | 'agreementSignedOn'
  | 'duoVoRegisteredOn'
  | 'duoMboRegisteredOn'
  | 'startYear'
  | 'targetGroup'
  | 'description'
> & {
  leerlabId?: string | null;
  voSchoolId?: string | null;
  mboSchoolId?: string | null;
  vmboExamLastRouteYear?: number | null;
  bpvStartRouteYear?: number | null;
  agreementSignedOn?: string | null;
  duoVoRegisteredOn?: string | null;
  duoMboRegisteredOn?: string | null;
  startYear?: number | null;
  targetGroup?: string | null;
  description?: string | null;
};
