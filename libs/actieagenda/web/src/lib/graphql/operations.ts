/**
 * Typed GraphQL operations of the actieagenda screens, written against the contract
 * (actieagenda.graphql) on top of the existing schema (Region, School, Person).
 * Operation names are unique in the app: refetches use them (see LIVE_* below).
 */
import { graphql } from '@verbinder/web/api-client';

export const NAMED_PERSON = graphql(`
  fragment ActieagendaPersonName on Person {
    id
    name
  }
`);

export const ACTIE_SUMMARY_FIELDS = graphql(`
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
`);

export const CHECK_IN_FIELDS = graphql(`
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
`);

export const REVIEW_FIELDS = graphql(`
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
`);

export const MEETING_ACTIE_FIELDS = graphql(`
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
`);

export const ACTIELIJN_FIELDS = graphql(`
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
`);

// Queries

/** The region by slug: its id (for actieagenda(regionId)), schools and whether the viewer manages it. */
export const ACTIEAGENDA_REGION_QUERY = graphql(`
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
`);

/** People of the region, to choose owners from and to filter on. */
export const ACTIEAGENDA_PEOPLE_QUERY = graphql(`
  query ActieagendaPeople($regionId: ID!) {
    people(regionId: $regionId) {
      id
      name
      email
    }
  }
`);

/** The dashboard: the agenda, its lines and (filtered) top-level acties. Null when the region has none. */
export const ACTIEAGENDA_QUERY = graphql(`
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
`);

/** The agenda's id and rights only (meeting page). */
export const ACTIEAGENDA_REF_QUERY = graphql(`
  query ActieagendaRef($regionId: ID!) {
    actieagenda(regionId: $regionId) {
      id
      title
      canEdit
    }
  }
`);

/** The actie page. */
export const ACTIE_QUERY = graphql(`
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
`);

/** Acties to discuss in the verbinders meeting on `date` (default on the server: next Wednesday). */
export const MEETING_AGENDA_QUERY = graphql(`
  query MeetingAgenda($agendaId: ID!, $date: Date) {
    meetingAgenda(agendaId: $agendaId, date: $date) {
      ...MeetingActieFields
    }
  }
`);

/** One actie in the meeting that is no longer due (it was discussed); kept on screen with the same fields. */
export const MEETING_ACTIE_QUERY = graphql(`
  query MeetingActie($id: ID!) {
    actie(id: $id) {
      ...MeetingActieFields
    }
  }
`);

export const ACHTJE_QUERY = graphql(`
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
`);

export const EXPORT_ACTIEAGENDA_CSV = graphql(`
  query ExportActieagendaCsv($agendaId: ID!) {
    exportActieagendaCsv(agendaId: $agendaId)
  }
`);

// Mutations

export const CREATE_ACTIEAGENDA = graphql(`
  mutation CreateActieagenda($input: CreateActieagendaInput!) {
    createActieagenda(input: $input) {
      id
      title
      periodStart
      periodEnd
    }
  }
`);

export const UPSERT_ACTIELIJN = graphql(`
  mutation UpsertActielijn($input: ActielijnInput!) {
    upsertActielijn(input: $input) {
      ...ActielijnFields
    }
  }
`);

export const CREATE_ACTIE = graphql(`
  mutation CreateActie($input: ActieInput!) {
    createActie(input: $input) {
      ...ActieSummaryFields
    }
  }
`);

export const UPDATE_ACTIE = graphql(`
  mutation UpdateActie($id: ID!, $input: ActieInput!) {
    updateActie(id: $id, input: $input) {
      ...ActieSummaryFields
    }
  }
`);

export const CLOSE_ACTIE = graphql(`
  mutation CloseActie($id: ID!, $closure: ActieClosure!, $note: String) {
    closeActie(id: $id, closure: $closure, note: $note) {
      ...ActieSummaryFields
    }
  }
`);

export const REOPEN_ACTIE = graphql(`
  mutation ReopenActie($id: ID!) {
    reopenActie(id: $id) {
      ...ActieSummaryFields
    }
  }
`);

export const SET_ACTIE_PUBLIC = graphql(`
  mutation SetActiePublic($id: ID!, $isPublic: Boolean!, $publicSummary: String) {
    setActiePublic(id: $id, isPublic: $isPublic, publicSummary: $publicSummary) {
      id
      isPublic
      publicSummary
    }
  }
`);

export const ADD_CHECK_IN = graphql(`
  mutation AddCheckIn($input: CheckInInput!) {
    addCheckIn(input: $input) {
      ...CheckInFields
    }
  }
`);

export const ADD_BIJSTELLING = graphql(`
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
`);

export const REQUEST_REVIEW = graphql(`
  mutation RequestReview($actieId: ID!, $question: String) {
    requestReview(actieId: $actieId, question: $question) {
      ...ReviewFields
    }
  }
`);

export const DECIDE_REVIEW = graphql(`
  mutation DecideReview($reviewId: ID!, $outcome: ReviewOutcome!, $note: String) {
    decideReview(reviewId: $reviewId, outcome: $outcome, note: $note) {
      ...ReviewFields
    }
  }
`);

export const RECORD_DECISION = graphql(`
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
`);

export const IMPORT_ACTIEAGENDA_CSV = graphql(`
  mutation ImportActieagendaCsv($agendaId: ID!, $csv: String!) {
    importActieagendaCsv(agendaId: $agendaId, csv: $csv) {
      created
      updated
      lines
    }
  }
`);

/** Active queries that show actie data; refetched after a write and on 'actieagenda:changed'. */
export const LIVE_ACTIE_QUERIES = ['Actieagenda', 'Actie', 'MeetingAgenda', 'MeetingActie', 'Achtje'] as const;
