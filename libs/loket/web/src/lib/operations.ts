/**
 * Typed GraphQL operations of the loket staff screens, written by hand against the API's schema
 * (libs/loket/graphql: LoketRequest, LoketMessage, LoketSla, LoketRoutingRule, LoketSlaPolicy,
 * LoketCompany, LoketCompanyContact, LoketCannedReply, LoketReport, LoketAuditEntry).
 * Operation names are unique in the app: refetches after a write and on a live event use them.
 */
import {
  graphql,
  type LoketAuditLogQuery,
  type LoketCannedRepliesQuery,
  type LoketCompaniesQuery,
  type LoketCompanyContactsQuery,
  type LoketRegionFieldsFragment,
  type LoketReportQuery,
  type LoketReportRowFieldsFragment,
  type LoketRequestQuery,
  type LoketRequestSummaryFieldsFragment,
  type LoketRoutingRulesQuery,
  type LoketSlaFieldsFragment,
  type LoketSlaPolicyQuery,
} from '@verbinder/web/api-client';

export type {
  LoketAuditAction,
  LoketCannedReplyInput,
  LoketMessageAuthor,
  LoketRequestFilter,
  LoketRequestStatus,
  LoketRequestType,
  LoketRoutingRuleInput,
  LoketSlaFilter,
  LoketSlaPolicyInput,
  LoketViewerAccess,
} from '@verbinder/web/api-client';

/** The region as the loket screens need it (found by slug): schools and members (for the owner select). */
export type LoketRegion = LoketRegionFieldsFragment;
export type LoketMembership = LoketRegion['memberships'][number];
export type LoketSla = LoketSlaFieldsFragment;
export type LoketRequestSummary = LoketRequestSummaryFieldsFragment;
export type LoketCompany = LoketCompaniesQuery['loketCompanies'][number];
export type Named = LoketRequestSummary['schools'][number];
export type LoketRequestDetail = NonNullable<LoketRequestQuery['loketRequest']>;
export type LoketMessage = LoketRequestDetail['messages'][number];
export type LoketRoutingRule = LoketRoutingRulesQuery['loketRoutingRules'][number];
export type LoketSlaPolicy = LoketSlaPolicyQuery['loketSlaPolicy'];
export type LoketCannedReply = LoketCannedRepliesQuery['loketCannedReplies'][number];
export type LoketAuditEntry = LoketAuditLogQuery['loketAuditLog'][number];
export type LoketCompanyContact = LoketCompanyContactsQuery['companyContactsThisMonth'][number];
export type LoketReportRow = LoketReportRowFieldsFragment;
export type LoketReport = LoketReportQuery['loketReport'];

// ---------- fragments ----------

export const SLA_FIELDS = graphql(`
  fragment LoketSlaFields on LoketSla {
    elapsedMinutes
    firstResponseDueAt
    firstResponseBreached
    resolutionDueAt
    resolutionBreached
    paused
    overdue
    atRisk
  }
`);

export const REQUEST_SUMMARY_FIELDS = graphql(`
  fragment LoketRequestSummaryFields on LoketRequest {
    id
    reference
    type
    status
    createdAt
    updatedAt
    company {
      ...LoketCompanyFields
    }
    owner {
      id
      name
    }
    schools {
      id
      name
    }
    sla {
      ...LoketSlaFields
    }
    duplicateOf {
      id
      reference
    }
    mergedIntoId
  }
`);

export const COMPANY_FIELDS = graphql(`
  fragment LoketCompanyFields on LoketCompany {
    id
    name
    kvk
    sector
    location
  }
`);

export const MESSAGE_FIELDS = graphql(`
  fragment LoketMessageFields on LoketMessage {
    id
    author
    authorName
    body
    createdAt
  }
`);

export const SLA_POLICY_FIELDS = graphql(`
  fragment LoketSlaPolicyFields on LoketSlaPolicy {
    regionId
    firstResponseMinutes
    resolutionMinutes
    warnBeforeMinutes
    businessHours
  }
`);

export const CANNED_REPLY_FIELDS = graphql(`
  fragment LoketCannedReplyFields on LoketCannedReply {
    id
    regionId
    title
    body
    updatedAt
  }
`);

export const REGION_FIELDS = graphql(`
  fragment LoketRegionFields on Region {
    id
    slug
    name
    schools {
      id
      name
    }
    memberships {
      id
      role
      person {
        id
        name
      }
    }
  }
`);

// ---------- queries ----------

export const LOKET_REGION_QUERY = graphql(`
  query LoketRegion($slug: String!) {
    region(slug: $slug) {
      ...LoketRegionFields
    }
  }
`);

export const LOKET_REQUESTS_QUERY = graphql(`
  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {
    loketRequests(regionId: $regionId, filter: $filter) {
      ...LoketRequestSummaryFields
    }
  }
`);

export const LOKET_REQUEST_QUERY = graphql(`
  query LoketRequest($id: ID!) {
    loketRequest(id: $id) {
      ...LoketRequestSummaryFields
      contactName
      contactEmail
      contactPhone
      level
      period
      periodStart
      periodEnd
      capacity
      message
      submittedCompany {
        name
        sector
        location
      }
      firstResponseAt
      viewerAccess
      duplicateOf {
        id
        reference
        status
        createdAt
        company {
          id
          name
          kvk
        }
      }
      messages {
        ...LoketMessageFields
      }
      region {
        ...LoketRegionFields
      }
    }
  }
`);

export const LOKET_EXPORT_CSV_QUERY = graphql(`
  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {
    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)
  }
`);

export const LOKET_AUDIT_LOG_QUERY = graphql(`
  query LoketAuditLog($requestId: ID!) {
    loketAuditLog(requestId: $requestId) {
      id
      action
      what
      personId
      personName
      at
    }
  }
`);

export const LOKET_ROUTING_RULES_QUERY = graphql(`
  query LoketRoutingRules($regionId: ID!) {
    loketRoutingRules(regionId: $regionId) {
      id
      requestType
      sector
      assignee {
        id
        name
      }
      schools {
        id
        name
      }
    }
  }
`);

export const LOKET_SLA_POLICY_QUERY = graphql(`
  query LoketSlaPolicy($regionId: ID!) {
    loketSlaPolicy(regionId: $regionId) {
      ...LoketSlaPolicyFields
    }
  }
`);

export const LOKET_CANNED_REPLIES_QUERY = graphql(`
  query LoketCannedReplies($regionId: ID!) {
    loketCannedReplies(regionId: $regionId) {
      ...LoketCannedReplyFields
    }
  }
`);

export const LOKET_COMPANIES_QUERY = graphql(`
  query LoketCompanies($regionId: ID!, $search: String) {
    loketCompanies(regionId: $regionId, search: $search) {
      ...LoketCompanyFields
    }
  }
`);

export const LOKET_COMPANY_CONTACTS_QUERY = graphql(`
  query LoketCompanyContacts($companyId: ID!) {
    companyContactsThisMonth(companyId: $companyId) {
      id
      channel
      contactedAt
      note
      requestId
      person {
        id
        name
      }
      school {
        id
        name
      }
    }
  }
`);

export const LOKET_EXPORT_COMPANY_QUERY = graphql(`
  query LoketExportCompany($companyId: ID!) {
    exportLoketCompany(companyId: $companyId)
  }
`);

export const LOKET_REPORT_QUERY = graphql(`
  query LoketReport($regionId: ID!, $from: DateTime!, $to: DateTime!) {
    loketReport(regionId: $regionId, from: $from, to: $to) {
      from
      to
      total
      byType {
        ...LoketReportRowFields
      }
      bySchool {
        ...LoketReportRowFields
      }
    }
  }
  fragment LoketReportRowFields on LoketReportRow {
    key
    label
    count
    open
    closed
    medianFirstResponseMinutes
    firstResponseMet
    firstResponseBreached
    resolutionMet
    resolutionBreached
  }
`);

/** The signed-in person's memberships with their school (which schools may they log an approach for). */
export const LOKET_MY_SCHOOLS_QUERY = graphql(`
  query LoketMySchools {
    viewer {
      person {
        id
        memberships {
          id
          region {
            id
          }
          school {
            id
            name
          }
        }
      }
    }
  }
`);

/** Queries to refetch after a write or a live `loket:changed` event. */
export const LIVE_LOKET_QUERIES = ['LoketRequests', 'LoketRequest', 'LoketAuditLog'] as const;

// ---------- mutations ----------

export const REPLY_TO_LOKET_REQUEST = graphql(`
  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {
    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {
      ...LoketMessageFields
    }
  }
`);

export const SET_LOKET_REQUEST_STATUS = graphql(`
  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {
    setLoketRequestStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const ASSIGN_LOKET_REQUEST = graphql(`
  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {
    assignLoketRequest(id: $id, input: $input) {
      id
    }
  }
`);

export const MERGE_LOKET_REQUEST = graphql(`
  mutation LoketMerge($id: ID!, $intoId: ID!) {
    mergeLoketRequest(id: $id, intoId: $intoId) {
      id
    }
  }
`);

export const ADD_LOKET_ROUTING_RULE = graphql(`
  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {
    addLoketRoutingRule(input: $input) {
      id
    }
  }
`);

export const DELETE_LOKET_ROUTING_RULE = graphql(`
  mutation LoketDeleteRoutingRule($id: ID!) {
    deleteLoketRoutingRule(id: $id)
  }
`);

export const SET_LOKET_SLA_POLICY = graphql(`
  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {
    setLoketSlaPolicy(input: $input) {
      ...LoketSlaPolicyFields
    }
  }
`);

export const SAVE_LOKET_CANNED_REPLY = graphql(`
  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {
    saveLoketCannedReply(input: $input) {
      ...LoketCannedReplyFields
    }
  }
`);

export const DELETE_LOKET_CANNED_REPLY = graphql(`
  mutation LoketDeleteCannedReply($id: ID!) {
    deleteLoketCannedReply(id: $id)
  }
`);

export const LOG_COMPANY_CONTACT = graphql(`
  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {
    logCompanyContact(input: $input) {
      warning
      contact {
        id
      }
    }
  }
`);

export const ERASE_LOKET_COMPANY = graphql(`
  mutation LoketEraseCompany($companyId: ID!) {
    eraseLoketCompany(companyId: $companyId)
  }
`);
