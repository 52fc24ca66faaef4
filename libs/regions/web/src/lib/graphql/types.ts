/** The regions screens' names for the generated GraphQL types (libs/web/api-client/src/generated). */
import type {
  AddMembershipInput as GeneratedAddMembershipInput,
  CreateLeerlabInput,
  CreatePersonInput,
  CreateSchoolInput,
  InviteToRegionInput as GeneratedInviteToRegionInput,
  LeerlabFieldsFragment,
  LeerlabQuery,
  LeerrouteDetailFieldsFragment,
  LeerrouteInput as GeneratedLeerrouteInput,
  LeerrouteSummaryFieldsFragment,
  MembershipFieldsFragment,
  MyInvitationsQuery,
  PersonFieldsFragment,
  PersonQuery,
  RegionCountsFieldsFragment,
  RegionOptionsFieldsFragment,
  RegionQuery,
  RegionsQuery,
  SchoolDetailFieldsFragment,
} from '@verbinder/web/api-client';

export type { MboLeerweg, MembershipLayer, MembershipRole, MembershipScope, RouteType, RoutePhase, SchoolKind, VmboExamScope, VmboLeerweg } from '@verbinder/web/api-client';

export type RegionCounts = RegionCountsFieldsFragment;
export type RegionOptions = RegionOptionsFieldsFragment;
export type SchoolOption = RegionOptions['schools'][number];
export type RegionDetail = RegionQuery['region'];
export type RegionListItem = RegionsQuery['regions'][number];
export type SchoolSummary = RegionDetail['schools'][number];
export type SchoolDetail = SchoolDetailFieldsFragment;
export type SchoolLocation = SchoolDetail['locations'][number];
export type SchoolMember = SchoolDetail['memberships'][number];
export type LeerlabSummary = LeerlabFieldsFragment;
export type LeerlabDetail = LeerlabQuery['leerlab'];
export type LeerrouteSummary = LeerrouteSummaryFieldsFragment;
export type LeerrouteDetail = LeerrouteDetailFieldsFragment;
export type MembershipDetail = MembershipFieldsFragment;
export type PersonSummary = PersonFieldsFragment;
export type PersonDetail = PersonQuery['person'];
export type MyInvitation = MyInvitationsQuery['myInvitations'][number];

/** What the forms edit (the create inputs without the region they are created in). */
export type SchoolInput = Omit<CreateSchoolInput, 'regionId'>;
export type LeerlabInput = Omit<CreateLeerlabInput, 'regionId'>;
export type PersonInput = Omit<CreatePersonInput, 'password'>;
export type InviteToRegionInput = GeneratedInviteToRegionInput;
export type AddMembershipInput = GeneratedAddMembershipInput;
export type LeerrouteInput = GeneratedLeerrouteInput;
