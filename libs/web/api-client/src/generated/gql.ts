/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n": typeof types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n": typeof types.RegionOptionsFieldsFragmentDoc,
    "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n": typeof types.LeerlabFieldsFragmentDoc,
    "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n": typeof types.LeerrouteSummaryFieldsFragmentDoc,
    "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n": typeof types.LeerrouteDetailFieldsFragmentDoc,
    "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n": typeof types.SchoolDetailFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    jobTitle\n    memberships {\n      ...MembershipFields\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n": typeof types.MembershipOptionsDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.SchoolDocument,
    "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n": typeof types.LeerlabDocument,
    "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.LeerrouteDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": typeof types.UpdateSchoolDocument,
    "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": typeof types.CreateLeerlabDocument,
    "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": typeof types.UpdateLeerlabDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.InviteToRegionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.CreateLeerrouteDocument,
    "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": typeof types.UpdateLeerrouteDocument,
    "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n": typeof types.DeleteLeerrouteDocument,
    "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n": types.RegionCountsFieldsFragmentDoc,
    "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n": types.RegionOptionsFieldsFragmentDoc,
    "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n": types.LeerlabFieldsFragmentDoc,
    "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n": types.LeerrouteSummaryFieldsFragmentDoc,
    "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n": types.LeerrouteDetailFieldsFragmentDoc,
    "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n": types.SchoolDetailFieldsFragmentDoc,
    "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    jobTitle\n    memberships {\n      ...MembershipFields\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n": types.RegionDocument,
    "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n": types.MembershipOptionsDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n": types.SchoolDocument,
    "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n": types.LeerlabDocument,
    "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n": types.PersonDocument,
    "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.LeerrouteDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n": types.UpdateSchoolDocument,
    "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": types.CreateLeerlabDocument,
    "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n": types.UpdateLeerlabDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n": types.InviteToRegionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n": types.RemoveMembershipDocument,
    "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.CreateLeerrouteDocument,
    "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n": types.UpdateLeerrouteDocument,
    "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n": types.DeleteLeerrouteDocument,
    "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n"): (typeof documents)["\n  fragment RegionCountsFields on RegionCounts {\n    schools\n    leerlabs\n    people\n    leerroutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RegionOptionsFields on Region {\n    id\n    slug\n    name\n    canManage\n    schools {\n      id\n      name\n      kind\n    }\n    leerlabs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeerlabFields on Leerlab {\n    id\n    name\n    round\n    startYear\n    theme\n    description\n    schools {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LeerrouteSummaryFields on Leerroute {\n    id\n    name\n    routeType\n    phase\n    vmboLeerweg\n    vmboProfiel\n    mboOpleiding\n    mboNiveau\n    mboLeerweg\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n"): (typeof documents)["\n  fragment LeerrouteDetailFields on Leerroute {\n    ...LeerrouteSummaryFields\n    shorteningMonths\n    vmboExamScope\n    vmboExamLastRouteYear\n    bpvStartRouteYear\n    agreementSignedOn\n    duoVoRegisteredOn\n    duoMboRegisteredOn\n    fundingTransferAgreed\n    startYear\n    targetGroup\n    description\n    leerlab {\n      id\n      name\n    }\n    voSchool {\n      id\n      name\n    }\n    mboSchool {\n      id\n      name\n    }\n    region {\n      ...RegionOptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolDetailFields on School {\n    id\n    name\n    kind\n    koepel\n    brin\n    website\n    locations {\n      name\n      address\n      city\n    }\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    memberships {\n      id\n      role\n      layer\n      person {\n        id\n        name\n        jobTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on Membership {\n    id\n    scope\n    role\n    layer\n    region {\n      id\n      slug\n      name\n      canManage\n    }\n    school {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    jobTitle\n    memberships {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    name\n    email\n    jobTitle\n    memberships {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      description\n      canManage\n      counts {\n        ...RegionCountsFields\n      }\n      schools {\n        id\n        name\n        kind\n        koepel\n        locations {\n          name\n          address\n          city\n        }\n      }\n      leerlabs {\n        ...LeerlabFields\n      }\n      leerroutes {\n        ...LeerrouteSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n"): (typeof documents)["\n  query MembershipOptions {\n    regions {\n      ...RegionOptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  query School($id: ID!) {\n    school(id: $id) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leerlab($id: ID!) {\n    leerlab(id: $id) {\n      ...LeerlabFields\n      region {\n        ...RegionOptionsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query People($regionId: ID, $search: String) {\n    people(regionId: $regionId, search: $search) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      systemRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Leerroute($id: ID!) {\n    leerroute(id: $id) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      ...SchoolDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeerlab($input: CreateLeerlabInput!) {\n    createLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeerlab($input: UpdateLeerlabInput!) {\n    updateLeerlab(input: $input) {\n      ...LeerlabFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToRegion($input: InviteToRegionInput!) {\n    inviteToRegion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      layer\n      invitedByName\n      createdAt\n      region {\n        id\n        name\n        slug\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($id: ID!) {\n    acceptInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($id: ID!) {\n    declineInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeerroute($input: LeerrouteInput!) {\n    createLeerroute(input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeerroute($id: ID!, $input: LeerrouteInput!) {\n    updateLeerroute(id: $id, input: $input) {\n      ...LeerrouteDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLeerroute($id: ID!) {\n    deleteLeerroute(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      authenticated\n      mustChangePassword\n      person {\n        id\n        name\n        systemRole\n        memberships {\n          id\n          role\n          region {\n            id\n            slug\n            name\n          }\n          school {\n            id\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;