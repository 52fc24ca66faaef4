/**
 * Typed GraphQL operations of the loket staff screens, written by hand against the API's schema
 * (libs/loket/graphql: LoketRequest, LoketMessage, LoketSla, LoketRoutingRule, LoketSlaPolicy,
 * LoketCompany, LoketCompanyContact, LoketCannedReply, LoketReport, LoketAuditEntry).
 * Operation names are unique in the app: refetches after a write and on a live event use them.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type LoketRequestStatus = 'NIEUW' | 'IN_BEHANDELING' | 'WACHT_OP_BEDRIJF' | 'AFGEROND';
export type LoketRequestType =
  | 'STAGEPLAATSEN'
  | 'BPV_LEERBEDRIJF'
  | 'GASTLES'
  | 'BEDRIJFSOPDRACHT'
  | 'MEETUP'
  | 'EXCURSIE'
  | 'CHALLENGE_PARTNER'
  | 'OPEN_DAG'
  | 'WERKGROEP';
export type LoketMessageAuthor = 'BEDRIJF' | 'LOKET' | 'NOTITIE';
export type LoketSlaFilter = 'BREACHED' | 'AT_RISK';
export type LoketAuditAction = 'VIEWED' | 'CHANGED';
/** STAFF: the loket's staff (everything); SCHOOL: a contact of a school the request is split to. */
export type LoketViewerAccess = 'STAFF' | 'SCHOOL';

export interface Named {
  id: string;
  name: string;
}

export interface LoketMembership {
  id: string;
  role: string;
  person: Named;
}

/** The region as the loket screens need it (found by slug): schools and members (for the owner select). */
export interface LoketRegion {
  id: string;
  slug: string;
  name: string;
  schools: Named[];
  memberships: LoketMembership[];
}

export interface LoketCompany {
  id: string;
  name: string;
  kvk: string;
  sector: string | null;
  location: string | null;
}

export interface LoketSla {
  elapsedMinutes: number;
  firstResponseDueAt: string | null;
  firstResponseBreached: boolean;
  resolutionDueAt: string | null;
  resolutionBreached: boolean;
  paused: boolean;
}

export interface LoketRequestSummary {
  id: string;
  reference: string;
  type: LoketRequestType;
  status: LoketRequestStatus;
  createdAt: string;
  updatedAt: string;
  company: LoketCompany;
  owner: Named | null;
  schools: Named[];
  sla: LoketSla;
  duplicateOf: { id: string; reference: string } | null;
  mergedIntoId: string | null;
}

export interface LoketMessage {
  id: string;
  author: LoketMessageAuthor;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface LoketRequestDetail extends LoketRequestSummary {
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  level: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  capacity: number | null;
  message: string | null;
  /** What the form said about the company when it differs from the known company (same KvK number). */
  submittedCompany: { name: string; sector: string | null; location: string | null } | null;
  firstResponseAt: string | null;
  duplicateOf: { id: string; reference: string; status: LoketRequestStatus; createdAt: string; company: { id: string; name: string } } | null;
  messages: LoketMessage[];
  region: LoketRegion;
  viewerAccess: LoketViewerAccess;
}

export interface LoketRequestFilter {
  status?: LoketRequestStatus[] | null;
  type?: LoketRequestType[] | null;
  schoolId?: string | null;
  ownerId?: string | null;
  mine?: boolean | null;
  sla?: LoketSlaFilter | null;
  search?: string | null;
  includeClosed?: boolean | null;
}

export interface LoketRoutingRule {
  id: string;
  requestType: LoketRequestType | null;
  sector: string | null;
  assignee: Named | null;
  schools: Named[];
}

export interface LoketRoutingRuleInput {
  regionId: string;
  requestType?: LoketRequestType | null;
  sector?: string | null;
  assigneeId: string;
  schoolIds: string[];
}

export interface LoketSlaPolicy {
  regionId: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnBeforeMinutes: number;
  businessHours: boolean;
}

export type LoketSlaPolicyInput = LoketSlaPolicy;

export interface LoketCannedReply {
  id: string;
  regionId: string;
  title: string;
  body: string;
  updatedAt: string;
}

export interface LoketCannedReplyInput {
  id?: string | null;
  regionId: string;
  title: string;
  body: string;
}

export interface LoketAuditEntry {
  id: string;
  action: LoketAuditAction;
  what: string;
  personId: string | null;
  personName: string;
  at: string;
}

export interface LoketCompanyContact {
  id: string;
  /** LOKET (routed or split) or HANDMATIG (logged). */
  channel: string;
  contactedAt: string;
  note: string | null;
  requestId: string | null;
  person: Named | null;
  school: Named | null;
}

export interface LoketReportRow {
  key: string;
  label: string;
  count: number;
  open: number;
  closed: number;
  medianFirstResponseMinutes: number | null;
  firstResponseMet: number;
  firstResponseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
}

export interface LoketReport {
  from: string;
  to: string;
  total: number;
  byType: LoketReportRow[];
  bySchool: LoketReportRow[];
}

// ---------- fragments ----------

const SLA_FIELDS = gql`
  fragment LoketSlaFields on LoketSla {
    elapsedMinutes
    firstResponseDueAt
    firstResponseBreached
    resolutionDueAt
    resolutionBreached
    paused
  }
`;

const REQUEST_SUMMARY_FIELDS = gql`
  fragment LoketRequestSummaryFields on LoketRequest {
    id
    reference
    type
    status
    createdAt
    updatedAt
    company {
      id
      name
      kvk
      sector
      location
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
  ${SLA_FIELDS}
`;

const REGION_FIELDS = gql`
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
`;

// ---------- queries ----------

export const LOKET_REGION_QUERY: TypedDocumentNode<{ region: LoketRegion }, { slug: string }> = gql`
  query LoketRegion($slug: String!) {
    region(slug: $slug) {
      ...LoketRegionFields
    }
  }
  ${REGION_FIELDS}
`;

export const LOKET_REQUESTS_QUERY: TypedDocumentNode<
  { loketRequests: LoketRequestSummary[] },
  { regionId: string; filter?: LoketRequestFilter | null }
> = gql`
  query LoketRequests($regionId: ID!, $filter: LoketRequestFilter) {
    loketRequests(regionId: $regionId, filter: $filter) {
      ...LoketRequestSummaryFields
    }
  }
  ${REQUEST_SUMMARY_FIELDS}
`;

export const LOKET_REQUEST_QUERY: TypedDocumentNode<{ loketRequest: LoketRequestDetail }, { id: string }> = gql`
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
        }
      }
      messages {
        id
        author
        authorName
        body
        createdAt
      }
      region {
        ...LoketRegionFields
      }
    }
  }
  ${REQUEST_SUMMARY_FIELDS}
  ${REGION_FIELDS}
`;

export const LOKET_EXPORT_CSV_QUERY: TypedDocumentNode<
  { exportLoketRequestsCsv: string },
  { regionId: string; filter?: LoketRequestFilter | null }
> = gql`
  query LoketExportCsv($regionId: ID!, $filter: LoketRequestFilter) {
    exportLoketRequestsCsv(regionId: $regionId, filter: $filter)
  }
`;

export const LOKET_AUDIT_LOG_QUERY: TypedDocumentNode<{ loketAuditLog: LoketAuditEntry[] }, { requestId: string }> = gql`
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
`;

export const LOKET_ROUTING_RULES_QUERY: TypedDocumentNode<{ loketRoutingRules: LoketRoutingRule[] }, { regionId: string }> = gql`
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
`;

export const LOKET_SLA_POLICY_QUERY: TypedDocumentNode<{ loketSlaPolicy: LoketSlaPolicy }, { regionId: string }> = gql`
  query LoketSlaPolicy($regionId: ID!) {
    loketSlaPolicy(regionId: $regionId) {
      regionId
      firstResponseMinutes
      resolutionMinutes
      warnBeforeMinutes
      businessHours
    }
  }
`;

export const LOKET_CANNED_REPLIES_QUERY: TypedDocumentNode<{ loketCannedReplies: LoketCannedReply[] }, { regionId: string }> = gql`
  query LoketCannedReplies($regionId: ID!) {
    loketCannedReplies(regionId: $regionId) {
      id
      regionId
      title
      body
      updatedAt
    }
  }
`;

export const LOKET_COMPANIES_QUERY: TypedDocumentNode<{ loketCompanies: LoketCompany[] }, { regionId: string; search?: string | null }> = gql`
  query LoketCompanies($regionId: ID!, $search: String) {
    loketCompanies(regionId: $regionId, search: $search) {
      id
      name
      kvk
      sector
      location
    }
  }
`;

export const LOKET_COMPANY_CONTACTS_QUERY: TypedDocumentNode<{ companyContactsThisMonth: LoketCompanyContact[] }, { companyId: string }> = gql`
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
`;

export const LOKET_EXPORT_COMPANY_QUERY: TypedDocumentNode<{ exportLoketCompany: string }, { companyId: string }> = gql`
  query LoketExportCompany($companyId: ID!) {
    exportLoketCompany(companyId: $companyId)
  }
`;

export const LOKET_REPORT_QUERY: TypedDocumentNode<{ loketReport: LoketReport }, { regionId: string; from: string; to: string }> = gql`
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
`;

/** The signed-in person's memberships with their school (which schools may they log an approach for). */
export const LOKET_MY_SCHOOLS_QUERY: TypedDocumentNode<
  { viewer: { person: { id: string; memberships: Array<{ id: string; region: { id: string }; school: Named | null }> } | null } },
  Record<string, never>
> = gql`
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
`;

/** Queries to refetch after a write or a live `loket:changed` event. */
export const LIVE_LOKET_QUERIES = ['LoketRequests', 'LoketRequest', 'LoketAuditLog'] as const;

// ---------- mutations ----------

export const REPLY_TO_LOKET_REQUEST: TypedDocumentNode<
  { replyToLoketRequest: LoketMessage },
  { id: string; body: string; internal: boolean; waitForCompany: boolean }
> = gql`
  mutation LoketReply($id: ID!, $body: String!, $internal: Boolean, $waitForCompany: Boolean) {
    replyToLoketRequest(id: $id, body: $body, internal: $internal, waitForCompany: $waitForCompany) {
      id
      author
      authorName
      body
      createdAt
    }
  }
`;

export const SET_LOKET_REQUEST_STATUS: TypedDocumentNode<
  { setLoketRequestStatus: { id: string; status: LoketRequestStatus } },
  { id: string; status: LoketRequestStatus }
> = gql`
  mutation LoketSetStatus($id: ID!, $status: LoketRequestStatus!) {
    setLoketRequestStatus(id: $id, status: $status) {
      id
      status
    }
  }
`;

export const ASSIGN_LOKET_REQUEST: TypedDocumentNode<
  { assignLoketRequest: { id: string } },
  { id: string; input: { ownerId: string; schoolIds: string[]; reason?: string | null } }
> = gql`
  mutation LoketAssign($id: ID!, $input: LoketAssignInput!) {
    assignLoketRequest(id: $id, input: $input) {
      id
    }
  }
`;

export const MERGE_LOKET_REQUEST: TypedDocumentNode<{ mergeLoketRequest: { id: string } }, { id: string; intoId: string }> = gql`
  mutation LoketMerge($id: ID!, $intoId: ID!) {
    mergeLoketRequest(id: $id, intoId: $intoId) {
      id
    }
  }
`;

export const ADD_LOKET_ROUTING_RULE: TypedDocumentNode<{ addLoketRoutingRule: { id: string } }, { input: LoketRoutingRuleInput }> = gql`
  mutation LoketAddRoutingRule($input: LoketRoutingRuleInput!) {
    addLoketRoutingRule(input: $input) {
      id
    }
  }
`;

export const DELETE_LOKET_ROUTING_RULE: TypedDocumentNode<{ deleteLoketRoutingRule: boolean }, { id: string }> = gql`
  mutation LoketDeleteRoutingRule($id: ID!) {
    deleteLoketRoutingRule(id: $id)
  }
`;

export const SET_LOKET_SLA_POLICY: TypedDocumentNode<{ setLoketSlaPolicy: LoketSlaPolicy }, { input: LoketSlaPolicyInput }> = gql`
  mutation LoketSetSlaPolicy($input: LoketSlaPolicyInput!) {
    setLoketSlaPolicy(input: $input) {
      regionId
      firstResponseMinutes
      resolutionMinutes
      warnBeforeMinutes
      businessHours
    }
  }
`;

export const SAVE_LOKET_CANNED_REPLY: TypedDocumentNode<{ saveLoketCannedReply: LoketCannedReply }, { input: LoketCannedReplyInput }> = gql`
  mutation LoketSaveCannedReply($input: LoketCannedReplyInput!) {
    saveLoketCannedReply(input: $input) {
      id
      regionId
      title
      body
      updatedAt
    }
  }
`;

export const DELETE_LOKET_CANNED_REPLY: TypedDocumentNode<{ deleteLoketCannedReply: boolean }, { id: string }> = gql`
  mutation LoketDeleteCannedReply($id: ID!) {
    deleteLoketCannedReply(id: $id)
  }
`;

export const LOG_COMPANY_CONTACT: TypedDocumentNode<
  { logCompanyContact: { warning: string | null; contact: { id: string } } },
  { input: { companyId: string; schoolId: string; note?: string | null } }
> = gql`
  mutation LoketLogCompanyContact($input: LogCompanyContactInput!) {
    logCompanyContact(input: $input) {
      warning
      contact {
        id
      }
    }
  }
`;

export const ERASE_LOKET_COMPANY: TypedDocumentNode<{ eraseLoketCompany: number }, { companyId: string }> = gql`
  mutation LoketEraseCompany($companyId: ID!) {
    eraseLoketCompany(companyId: $companyId)
  }
`;
