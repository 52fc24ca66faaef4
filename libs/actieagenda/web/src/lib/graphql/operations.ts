/**
 * Typed GraphQL operations of the actieagenda screens, written against the contract
 * (actieagenda.graphql) on top of the existing schema (Region, School, Person).
 * Operation names are unique in the app: refetches use them (see LIVE_* below).
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AchtjeSchool,
  ActieClosure,
  ActieDetail,
  ActieFilter,
  ActieInput,
  ActieSummary,
  Actieagenda,
  ActieagendaRef,
  ActieagendaRegion,
  Actielijn,
  ActielijnInput,
  Bijstelling,
  BijstellingInput,
  CheckIn,
  CheckInInput,
  CreateActieagendaInput,
  Decision,
  ImportResult,
  MeetingActie,
  PersonOption,
  Review,
  ReviewOutcome,
} from './types';

const NAMED_PERSON = gql`
  fragment ActieagendaPersonName on Person {
    id
    name
  }
`;

const ACTIE_SUMMARY_FIELDS = gql`
  fragment ActieSummaryFields on Actie {
    id
    title
    description
    target
    leadSchool {
      id
      name
    }
    partnerSchools {
      id
      name
    }
    owners {
      ...ActieagendaPersonName
    }
    periodStart
    periodEnd
    status
    closure
    closedAt
    progressMode
    progress
    trend
    cadenceDays
    nextCheckInDue
    overdue
    canEdit
    canCheckIn
    parent {
      id
      title
    }
    subActies {
      id
      title
      status
      progress
      closure
      overdue
      nextCheckInDue
    }
  }
  ${NAMED_PERSON}
`;

const CHECK_IN_FIELDS = gql`
  fragment CheckInFields on CheckIn {
    id
    author {
      ...ActieagendaPersonName
    }
    date
    status
    progress
    text
    evidenceLinks
    createdAt
  }
  ${NAMED_PERSON}
`;

const REVIEW_FIELDS = gql`
  fragment ReviewFields on Review {
    id
    requestedBy {
      ...ActieagendaPersonName
    }
    requestedAt
    question
    outcome
    decidedBy {
      ...ActieagendaPersonName
    }
    decidedAt
    note
  }
  ${NAMED_PERSON}
`;

const MEETING_ACTIE_FIELDS = gql`
  fragment MeetingActieFields on Actie {
    ...ActieSummaryFields
    actielijn {
      id
      number
      title
    }
    latestCheckIn {
      ...CheckInFields
    }
    reviews {
      ...ReviewFields
    }
  }
  ${ACTIE_SUMMARY_FIELDS}
  ${CHECK_IN_FIELDS}
  ${REVIEW_FIELDS}
`;

const ACTIELIJN_FIELDS = gql`
  fragment ActielijnFields on Actielijn {
    id
    number
    title
    description
    focusYears
    inFocus
    progress
    status
    trend
  }
`;

// Queries

/** The region by slug: its id (for actieagenda(regionId)), schools and whether the viewer manages it. */
export const ACTIEAGENDA_REGION_QUERY: TypedDocumentNode<{ region: ActieagendaRegion }, { slug: string }> = gql`
  query ActieagendaRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      canManage
      schools {
        id
        name
        kind
      }
    }
  }
`;

/** People of the region, to choose owners from and to filter on. */
export const ACTIEAGENDA_PEOPLE_QUERY: TypedDocumentNode<{ people: PersonOption[] }, { regionId: string }> = gql`
  query ActieagendaPeople($regionId: ID!) {
    people(regionId: $regionId) {
      id
      name
      email
    }
  }
`;

/** The dashboard: the agenda, its lines and (filtered) top-level acties. Null when the region has none. */
export const ACTIEAGENDA_QUERY: TypedDocumentNode<
  { actieagenda: Actieagenda | null },
  { regionId: string; filter?: ActieFilter | null }
> = gql`
  query Actieagenda($regionId: ID!, $filter: ActieFilter) {
    actieagenda(regionId: $regionId) {
      id
      title
      periodStart
      periodEnd
      progress
      status
      canEdit
      overdueCount
      region {
        id
        slug
        name
      }
      lines {
        ...ActielijnFields
        acties(filter: $filter) {
          ...ActieSummaryFields
        }
      }
    }
  }
  ${ACTIELIJN_FIELDS}
  ${ACTIE_SUMMARY_FIELDS}
`;

/** The agenda's id and rights only (meeting page). */
export const ACTIEAGENDA_REF_QUERY: TypedDocumentNode<{ actieagenda: ActieagendaRef | null }, { regionId: string }> = gql`
  query ActieagendaRef($regionId: ID!) {
    actieagenda(regionId: $regionId) {
      id
      title
      canEdit
    }
  }
`;

/** The actie page. */
export const ACTIE_QUERY: TypedDocumentNode<{ actie: ActieDetail }, { id: string }> = gql`
  query Actie($id: ID!) {
    actie(id: $id) {
      ...MeetingActieFields
      isPublic
      publicSummary
      leadSchool {
        id
        name
        region {
          id
          slug
          name
        }
      }
      partnerSchools {
        id
        name
        region {
          id
          slug
          name
        }
      }
      history {
        kind
        at
        date
        actorName
        summary
      }
    }
  }
  ${MEETING_ACTIE_FIELDS}
`;

/** Acties to discuss in the verbinders meeting on `date` (default on the server: next Wednesday). */
export const MEETING_AGENDA_QUERY: TypedDocumentNode<{ meetingAgenda: MeetingActie[] }, { agendaId: string; date?: string | null }> = gql`
  query MeetingAgenda($agendaId: ID!, $date: Date) {
    meetingAgenda(agendaId: $agendaId, date: $date) {
      ...MeetingActieFields
    }
  }
  ${MEETING_ACTIE_FIELDS}
`;

/** One actie in the meeting that is no longer due (it was discussed); kept on screen with the same fields. */
export const MEETING_ACTIE_QUERY: TypedDocumentNode<{ actie: MeetingActie }, { id: string }> = gql`
  query MeetingActie($id: ID!) {
    actie(id: $id) {
      ...MeetingActieFields
    }
  }
  ${MEETING_ACTIE_FIELDS}
`;

export const ACHTJE_QUERY: TypedDocumentNode<{ achtje: AchtjeSchool[] }, { regionId: string }> = gql`
  query Achtje($regionId: ID!) {
    achtje(regionId: $regionId) {
      school {
        id
        name
        kind
      }
      layers {
        layer
        engaged
        people {
          ...ActieagendaPersonName
        }
        lastActiveAt
      }
    }
  }
  ${NAMED_PERSON}
`;

export const EXPORT_ACTIEAGENDA_CSV: TypedDocumentNode<{ exportActieagendaCsv: string }, { agendaId: string }> = gql`
  query ExportActieagendaCsv($agendaId: ID!) {
    exportActieagendaCsv(agendaId: $agendaId)
  }
`;

// Mutations

export const CREATE_ACTIEAGENDA: TypedDocumentNode<
  { createActieagenda: { id: string; title: string; periodStart: string; periodEnd: string } },
  { input: CreateActieagendaInput }
> = gql`
  mutation CreateActieagenda($input: CreateActieagendaInput!) {
    createActieagenda(input: $input) {
      id
      title
      periodStart
      periodEnd
    }
  }
`;

export const UPSERT_ACTIELIJN: TypedDocumentNode<{ upsertActielijn: Omit<Actielijn, 'acties'> }, { input: ActielijnInput }> = gql`
  mutation UpsertActielijn($input: ActielijnInput!) {
    upsertActielijn(input: $input) {
      ...ActielijnFields
    }
  }
  ${ACTIELIJN_FIELDS}
`;

export const CREATE_ACTIE: TypedDocumentNode<{ createActie: ActieSummary }, { input: ActieInput }> = gql`
  mutation CreateActie($input: ActieInput!) {
    createActie(input: $input) {
      ...ActieSummaryFields
    }
  }
  ${ACTIE_SUMMARY_FIELDS}
`;

export const UPDATE_ACTIE: TypedDocumentNode<{ updateActie: ActieSummary }, { id: string; input: ActieInput }> = gql`
  mutation UpdateActie($id: ID!, $input: ActieInput!) {
    updateActie(id: $id, input: $input) {
      ...ActieSummaryFields
    }
  }
  ${ACTIE_SUMMARY_FIELDS}
`;

export const CLOSE_ACTIE: TypedDocumentNode<{ closeActie: ActieSummary }, { id: string; closure: ActieClosure; note?: string | null }> = gql`
  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {
    closeActie(id: $id, closure: $closure, note: $note) {
      ...ActieSummaryFields
    }
  }
  ${ACTIE_SUMMARY_FIELDS}
`;

export const REOPEN_ACTIE: TypedDocumentNode<{ reopenActie: ActieSummary }, { id: string }> = gql`
  mutation ReopenActie($id: ID!) {
    reopenActie(id: $id) {
      ...ActieSummaryFields
    }
  }
  ${ACTIE_SUMMARY_FIELDS}
`;

export const SET_ACTIE_PUBLIC: TypedDocumentNode<
  { setActiePublic: { id: string; isPublic: boolean; publicSummary: string | null } },
  { id: string; isPublic: boolean; publicSummary?: string | null }
> = gql`
  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {
    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {
      id
      isPublic
      publicSummary
    }
  }
`;

export const ADD_CHECK_IN: TypedDocumentNode<{ addCheckIn: CheckIn }, { input: CheckInInput }> = gql`
  mutation AddCheckIn($input: CheckInInput!) {
    addCheckIn(input: $input) {
      ...CheckInFields
    }
  }
  ${CHECK_IN_FIELDS}
`;

export const ADD_BIJSTELLING: TypedDocumentNode<{ addBijstelling: Bijstelling }, { input: BijstellingInput }> = gql`
  mutation AddBijstelling($input: BijstellingInput!) {
    addBijstelling(input: $input) {
      id
      author {
        ...ActieagendaPersonName
      }
      what
      why
      before
      after
      createdAt
    }
  }
  ${NAMED_PERSON}
`;

export const REQUEST_REVIEW: TypedDocumentNode<{ requestReview: Review }, { actieId: string; question?: string | null }> = gql`
  mutation RequestReview($actieId: ID!, $question: String) {
    requestReview(actieId: $actieId, question: $question) {
      ...ReviewFields
    }
  }
  ${REVIEW_FIELDS}
`;

export const DECIDE_REVIEW: TypedDocumentNode<
  { decideReview: Review },
  { reviewId: string; outcome: ReviewOutcome; note?: string | null }
> = gql`
  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {
    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {
      ...ReviewFields
    }
  }
  ${REVIEW_FIELDS}
`;

export const RECORD_DECISION: TypedDocumentNode<
  { recordDecision: Decision },
  { actieId: string; text: string; meetingDate?: string | null }
> = gql`
  mutation RecordDecision($actieId: ID!, $text: String!, $meetingDate: Date) {
    recordDecision(actieId: $actieId, text: $text, meetingDate: $meetingDate) {
      id
      author {
        ...ActieagendaPersonName
      }
      text
      meetingDate
      createdAt
    }
  }
  ${NAMED_PERSON}
`;

export const IMPORT_ACTIEAGENDA_CSV: TypedDocumentNode<{ importActieagendaCsv: ImportResult }, { agendaId: string; csv: string }> = gql`
  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {
    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {
      created
      updated
      lines
    }
  }
`;

/** Active queries that show actie data; refetched after a write and on 'actieagenda:changed'. */
export const LIVE_ACTIE_QUERIES = ['Actieagenda', 'Actie', 'MeetingAgenda', 'MeetingActie', 'Achtje'] as const;
