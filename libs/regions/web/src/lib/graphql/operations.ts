import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AddMembershipInput,
  InviteToRegionInput,
  LeerlabDetail,
  LeerlabInput,
  LeerlabSummary,
  LeerrouteDetail,
  LeerrouteInput,
  MembershipDetail,
  MyInvitation,
  PersonDetail,
  PersonInput,
  PersonSummary,
  RegionDetail,
  RegionListItem,
  RegionOptions,
  SchoolDetail,
  SchoolInput,
} from './types';

const COUNTS_FIELDS = gql`
  fragment RegionCountsFields on RegionCounts {
    schools
    leerlabs
    people
    leerroutes
  }
`;

const REGION_OPTIONS_FIELDS = gql`
  fragment RegionOptionsFields on Region {
    id
    slug
    name
    canManage
    schools {
      id
      name
      kind
    }
    leerlabs {
      id
      name
    }
  }
`;

const LEERLAB_FIELDS = gql`
  fragment LeerlabFields on Leerlab {
    id
    name
    round
    startYear
    theme
    description
    schools {
      id
      name
    }
  }
`;

const LEERROUTE_SUMMARY_FIELDS = gql`
  fragment LeerrouteSummaryFields on Leerroute {
    id
    name
    routeType
    phase
    vmboLeerweg
    vmboProfiel
    mboOpleiding
    mboNiveau
    mboLeerweg
    updatedAt
  }
`;

const LEERROUTE_DETAIL_FIELDS = gql`
  fragment LeerrouteDetailFields on Leerroute {
    ...LeerrouteSummaryFields
    shorteningMonths
    vmboExamScope
    vmboExamLastRouteYear
    bpvStartRouteYear
    agreementSignedOn
    duoVoRegisteredOn
    duoMboRegisteredOn
    fundingTransferAgreed
    startYear
    targetGroup
    description
    leerlab {
      id
      name
    }
    voSchool {
      id
      name
    }
    mboSchool {
      id
      name
    }
    region {
      ...RegionOptionsFields
    }
  }
  ${LEERROUTE_SUMMARY_FIELDS}
  ${REGION_OPTIONS_FIELDS}
`;

const SCHOOL_DETAIL_FIELDS = gql`
  fragment SchoolDetailFields on School {
    id
    name
    kind
    koepel
    brin
    website
    locations {
      name
      address
      city
    }
    region {
      id
      slug
      name
      canManage
    }
    memberships {
      id
      role
      layer
      person {
        id
        name
        jobTitle
      }
    }
  }
`;

const MEMBERSHIP_FIELDS = gql`
  fragment MembershipFields on Membership {
    id
    scope
    role
    layer
    region {
      id
      slug
      name
      canManage
    }
    school {
      id
      name
    }
  }
`;

const PERSON_FIELDS = gql`
  fragment PersonFields on Person {
    id
    name
    email
    jobTitle
    memberships {
      ...MembershipFields
    }
  }
  ${MEMBERSHIP_FIELDS}
`;

// Queries

export const REGIONS_QUERY: TypedDocumentNode<{ regions: RegionListItem[] }, Record<string, never>> = gql`
  query Regions {
    regions {
      id
      slug
      name
      description
      canManage
      counts {
        ...RegionCountsFields
      }
    }
  }
  ${COUNTS_FIELDS}
`;

export const REGION_QUERY: TypedDocumentNode<{ region: RegionDetail }, { slug: string }> = gql`
  query Region($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      description
      canManage
      counts {
        ...RegionCountsFields
      }
      schools {
        id
        name
        kind
        koepel
        locations {
          name
          address
          city
        }
      }
      leerlabs {
        ...LeerlabFields
      }
      leerroutes {
        ...LeerrouteSummaryFields
      }
    }
  }
  ${COUNTS_FIELDS}
  ${LEERLAB_FIELDS}
  ${LEERROUTE_SUMMARY_FIELDS}
`;

/** Regions with the schools a membership can be tied to (for the add-membership form). */
export const MEMBERSHIP_OPTIONS_QUERY: TypedDocumentNode<{ regions: RegionOptions[] }, Record<string, never>> = gql`
  query MembershipOptions {
    regions {
      ...RegionOptionsFields
    }
  }
  ${REGION_OPTIONS_FIELDS}
`;

export const SCHOOL_QUERY: TypedDocumentNode<{ school: SchoolDetail }, { id: string }> = gql`
  query School($id: ID!) {
    school(id: $id) {
      ...SchoolDetailFields
    }
  }
  ${SCHOOL_DETAIL_FIELDS}
`;

export const LEERLAB_QUERY: TypedDocumentNode<{ leerlab: LeerlabDetail }, { id: string }> = gql`
  query Leerlab($id: ID!) {
    leerlab(id: $id) {
      ...LeerlabFields
      region {
        ...RegionOptionsFields
      }
    }
  }
  ${LEERLAB_FIELDS}
  ${REGION_OPTIONS_FIELDS}
`;

export const PEOPLE_QUERY: TypedDocumentNode<{ people: PersonSummary[] }, { regionId?: string; search?: string }> = gql`
  query People($regionId: ID, $search: String) {
    people(regionId: $regionId, search: $search) {
      ...PersonFields
    }
  }
  ${PERSON_FIELDS}
`;

export const PERSON_QUERY: TypedDocumentNode<{ person: PersonDetail }, { id: string }> = gql`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      systemRole
    }
  }
  ${PERSON_FIELDS}
`;

export const LEERROUTE_QUERY: TypedDocumentNode<{ leerroute: LeerrouteDetail }, { id: string }> = gql`
  query Leerroute($id: ID!) {
    leerroute(id: $id) {
      ...LeerrouteDetailFields
    }
  }
  ${LEERROUTE_DETAIL_FIELDS}
`;

// Mutations

export const CREATE_SCHOOL: TypedDocumentNode<
  { createSchool: SchoolDetail },
  { input: SchoolInput & { regionId: string } }
> = gql`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      ...SchoolDetailFields
    }
  }
  ${SCHOOL_DETAIL_FIELDS}
`;

export const UPDATE_SCHOOL: TypedDocumentNode<{ updateSchool: SchoolDetail }, { input: SchoolInput & { id: string } }> = gql`
  mutation UpdateSchool($input: UpdateSchoolInput!) {
    updateSchool(input: $input) {
      ...SchoolDetailFields
    }
  }
  ${SCHOOL_DETAIL_FIELDS}
`;

export const CREATE_LEERLAB: TypedDocumentNode<
  { createLeerlab: LeerlabSummary },
  { input: LeerlabInput & { regionId: string } }
> = gql`
  mutation CreateLeerlab($input: CreateLeerlabInput!) {
    createLeerlab(input: $input) {
      ...LeerlabFields
    }
  }
  ${LEERLAB_FIELDS}
`;

export const UPDATE_LEERLAB: TypedDocumentNode<{ updateLeerlab: LeerlabSummary }, { input: LeerlabInput & { id: string } }> = gql`
  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {
    updateLeerlab(input: $input) {
      ...LeerlabFields
    }
  }
  ${LEERLAB_FIELDS}
`;

export const CREATE_PERSON: TypedDocumentNode<
  { createPerson: { id: string; name: string; email: string; jobTitle: string | null } },
  { input: PersonInput & { password: string | null } }
> = gql`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      email
      jobTitle
    }
  }
`;

export const UPDATE_PERSON: TypedDocumentNode<
  { updatePerson: { id: string; name: string; email: string; jobTitle: string | null } },
  { input: PersonInput & { id: string } }
> = gql`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      name
      email
      jobTitle
    }
  }
`;

export const ADD_MEMBERSHIP: TypedDocumentNode<{ addMembership: MembershipDetail }, { input: AddMembershipInput }> = gql`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      ...MembershipFields
    }
  }
  ${MEMBERSHIP_FIELDS}
`;

export const INVITE_TO_REGION: TypedDocumentNode<{ inviteToRegion: { id: string; status: string } }, { input: InviteToRegionInput }> = gql`
  mutation InviteToRegion($input: InviteToRegionInput!) {
    inviteToRegion(input: $input) {
      id
      status
    }
  }
`;

export const MY_INVITATIONS_QUERY: TypedDocumentNode<{ myInvitations: MyInvitation[] }> = gql`
  query MyInvitations {
    myInvitations {
      id
      role
      layer
      invitedByName
      createdAt
      region {
        id
        name
        slug
      }
      school {
        id
        name
      }
    }
  }
`;

export const ACCEPT_INVITATION: TypedDocumentNode<{ acceptInvitation: { id: string } }, { id: string }> = gql`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(id: $id) {
      id
    }
  }
`;

export const DECLINE_INVITATION: TypedDocumentNode<{ declineInvitation: { id: string; status: string } }, { id: string }> = gql`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(id: $id) {
      id
      status
    }
  }
`;

export const REMOVE_MEMBERSHIP: TypedDocumentNode<{ removeMembership: boolean }, { id: string }> = gql`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`;

export const CREATE_LEERROUTE: TypedDocumentNode<{ createLeerroute: LeerrouteDetail }, { input: LeerrouteInput }> = gql`
  mutation CreateLeerroute($input: LeerrouteInput!) {
    createLeerroute(input: $input) {
      ...LeerrouteDetailFields
    }
  }
  ${LEERROUTE_DETAIL_FIELDS}
`;

export const UPDATE_LEERROUTE: TypedDocumentNode<
  { updateLeerroute: LeerrouteDetail },
  { id: string; input: LeerrouteInput }
> = gql`
  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {
    updateLeerroute(id: $id, input: $input) {
      ...LeerrouteDetailFields
    }
  }
  ${LEERROUTE_DETAIL_FIELDS}
`;

export const DELETE_LEERROUTE: TypedDocumentNode<{ deleteLeerroute: boolean }, { id: string }> = gql`
  mutation DeleteLeerroute($id: ID!) {
    deleteLeerroute(id: $id)
  }
`;
