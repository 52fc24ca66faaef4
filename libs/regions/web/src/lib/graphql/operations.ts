import { graphql } from '@verbinder/web/api-client';

export const COUNTS_FIELDS = graphql(`
  fragment RegionCountsFields on RegionCounts {
    schools
    leerlabs
    people
    leerroutes
  }
`);

export const REGION_OPTIONS_FIELDS = graphql(`
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
`);

/** A region as the overview lists it: name, description, the viewer's right to manage, counts. */
export const REGION_SUMMARY_FIELDS = graphql(`
  fragment RegionSummaryFields on Region {
    id
    slug
    name
    description
    canManage
    counts {
      ...RegionCountsFields
    }
  }
`);

export const LEERLAB_FIELDS = graphql(`
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
`);

export const LEERROUTE_SUMMARY_FIELDS = graphql(`
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
`);

export const LEERROUTE_DETAIL_FIELDS = graphql(`
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
`);

export const SCHOOL_DETAIL_FIELDS = graphql(`
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
`);

export const MEMBERSHIP_FIELDS = graphql(`
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
`);

/** A person's own contact fields, as the person forms write them. */
export const PERSON_CONTACT_FIELDS = graphql(`
  fragment PersonContactFields on Person {
    id
    name
    email
    jobTitle
  }
`);

export const PERSON_FIELDS = graphql(`
  fragment PersonFields on Person {
    ...PersonContactFields
    memberships {
      ...MembershipFields
    }
  }
`);

// Queries

export const REGIONS_QUERY = graphql(`
  query Regions {
    regions {
      ...RegionSummaryFields
    }
  }
`);

export const REGION_QUERY = graphql(`
  query Region($slug: String!) {
    region(slug: $slug) {
      ...RegionSummaryFields
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
`);

/** Regions with the schools a membership can be tied to (for the add-membership form). */
export const MEMBERSHIP_OPTIONS_QUERY = graphql(`
  query MembershipOptions {
    regions {
      ...RegionOptionsFields
    }
  }
`);

export const SCHOOL_QUERY = graphql(`
  query School($id: ID!) {
    school(id: $id) {
      ...SchoolDetailFields
    }
  }
`);

export const LEERLAB_QUERY = graphql(`
  query Leerlab($id: ID!) {
    leerlab(id: $id) {
      ...LeerlabFields
      region {
        ...RegionOptionsFields
      }
    }
  }
`);

export const PEOPLE_QUERY = graphql(`
  query People($regionId: ID, $search: String) {
    people(regionId: $regionId, search: $search) {
      ...PersonFields
    }
  }
`);

export const PERSON_QUERY = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      systemRole
    }
  }
`);

export const LEERROUTE_QUERY = graphql(`
  query Leerroute($id: ID!) {
    leerroute(id: $id) {
      ...LeerrouteDetailFields
    }
  }
`);

// Mutations

export const CREATE_SCHOOL = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      ...SchoolDetailFields
    }
  }
`);

export const UPDATE_SCHOOL = graphql(`
  mutation UpdateSchool($input: UpdateSchoolInput!) {
    updateSchool(input: $input) {
      ...SchoolDetailFields
    }
  }
`);

export const CREATE_LEERLAB = graphql(`
  mutation CreateLeerlab($input: CreateLeerlabInput!) {
    createLeerlab(input: $input) {
      ...LeerlabFields
    }
  }
`);

export const UPDATE_LEERLAB = graphql(`
  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {
    updateLeerlab(input: $input) {
      ...LeerlabFields
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonContactFields
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonContactFields
    }
  }
`);

export const ADD_MEMBERSHIP = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      ...MembershipFields
    }
  }
`);

export const INVITE_TO_REGION = graphql(`
  mutation InviteToRegion($input: InviteToRegionInput!) {
    inviteToRegion(input: $input) {
      id
      status
    }
  }
`);

export const MY_INVITATIONS_QUERY = graphql(`
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
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(id: $id) {
      id
    }
  }
`);

export const DECLINE_INVITATION = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(id: $id) {
      id
      status
    }
  }
`);

export const REMOVE_MEMBERSHIP = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`);

export const CREATE_LEERROUTE = graphql(`
  mutation CreateLeerroute($input: LeerrouteInput!) {
    createLeerroute(input: $input) {
      ...LeerrouteDetailFields
    }
  }
`);

export const UPDATE_LEERROUTE = graphql(`
  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {
    updateLeerroute(id: $id, input: $input) {
      ...LeerrouteDetailFields
    }
  }
`);

export const DELETE_LEERROUTE = graphql(`
  mutation DeleteLeerroute($id: ID!) {
    deleteLeerroute(id: $id)
  }
`);
