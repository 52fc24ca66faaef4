/**
 * Typed GraphQL operations of the meetups screens, written against the API's schema
 * (libs/meetups/graphql: Activity, MyRegistration, Registration, ActivityAgendaItem).
 * Operation names are unique in the app: refetches after a write use them.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type ActivityKind =
  | 'VERBINDERSOVERLEG'
  | 'KENNISMAKINGSDAG'
  | 'MEELOOPDAG'
  | 'DOCENTSTAGE'
  | 'GASTLES'
  | 'WORKSHOP'
  | 'THEMADAG'
  | 'CONGRES'
  | 'ONTBIJT_MEETUP'
  | 'OPEN_DAG';
export type Audience = 'DOCENTEN' | 'LEERLINGEN' | 'OUDERS' | 'BEDRIJVEN' | 'PUBLIEK';
export type RegistrationStatus = 'PENDING_CONFIRMATION' | 'CONFIRMED' | 'WAITLISTED' | 'OFFERED' | 'CANCELLED' | 'EXPIRED';

export interface Named {
  id: string;
  name: string;
}

/** The region as the meetups screens need it (found by slug). */
export interface MeetupsRegion {
  id: string;
  slug: string;
  name: string;
  canManage: boolean;
  schools: Named[];
}

export interface MyRegistration {
  id: string;
  status: RegistrationStatus;
  /** 1 = next in line; only while WAITLISTED. */
  waitlistPosition: number | null;
  /** Until when an offered place can be claimed; only while OFFERED. */
  offerExpiresAt: string | null;
}

export interface ActivitySummary {
  id: string;
  kind: ActivityKind;
  title: string;
  startsAt: string;
  endsAt: string;
  address: string | null;
  room: string | null;
  hostSchool: Named | null;
  audience: Audience[];
  capacity: number | null;
  /** null = no limit. */
  placesLeft: number | null;
  waitlistCount: number;
  registrationOpen: boolean;
  isPublic: boolean;
  myRegistration: MyRegistration | null;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  actieId: string | null;
  notes: string | null;
}

export interface ActivityDetail extends ActivitySummary {
  description: string | null;
  travelNote: string | null;
  confirmedCount: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  organisers: Named[];
  actieId: string | null;
  seriesId: string | null;
  minutes: string | null;
  canEdit: boolean;
  agenda: AgendaItem[];
  region: { id: string; slug: string; name: string };
}

export interface RegistrationRow {
  id: string;
  status: RegistrationStatus;
  name: string | null;
  email: string | null;
  queuedAt: string;
  tokenExpiresAt: string | null;
  attended: boolean | null;
  person: Named | null;
}

export interface ActivityInput {
  regionId: string;
  kind: ActivityKind;
  title: string;
  description?: string | null;
  hostSchoolId?: string | null;
  address?: string | null;
  room?: string | null;
  travelNote?: string | null;
  /** ISO 8601 with offset, e.g. 2026-03-04T09:00:00+01:00. */
  startsAt: string;
  endsAt: string;
  audience?: Audience[] | null;
  capacity?: number | null;
  registrationClosesAt?: string | null;
}

const MY_REGISTRATION_FIELDS = gql`
  fragment MeetupsMyRegistrationFields on MyRegistration {
    id
    status
    waitlistPosition
    offerExpiresAt
  }
`;

const ACTIVITY_SUMMARY_FIELDS = gql`
  fragment MeetupsActivitySummaryFields on Activity {
    id
    kind
    title
    startsAt
    endsAt
    address
    room
    hostSchool {
      id
      name
    }
    audience
    capacity
    placesLeft
    waitlistCount
    registrationOpen
    isPublic
    myRegistration {
      ...MeetupsMyRegistrationFields
    }
  }
  ${MY_REGISTRATION_FIELDS}
`;

export const MEETUPS_REGION_QUERY: TypedDocumentNode<{ region: MeetupsRegion }, { slug: string }> = gql`
  query MeetupsRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      canManage
      schools {
        id
        name
      }
    }
  }
`;

export const ACTIVITIES_QUERY: TypedDocumentNode<{ activities: ActivitySummary[] }, { regionId: string }> = gql`
  query MeetupsActivities($regionId: ID!) {
    activities(regionId: $regionId) {
      ...MeetupsActivitySummaryFields
    }
  }
  ${ACTIVITY_SUMMARY_FIELDS}
`;

export const ACTIVITY_QUERY: TypedDocumentNode<{ activity: ActivityDetail }, { id: string }> = gql`
  query MeetupsActivity($id: ID!) {
    activity(id: $id) {
      ...MeetupsActivitySummaryFields
      description
      travelNote
      confirmedCount
      registrationOpensAt
      registrationClosesAt
      organisers {
        id
        name
      }
      actieId
      seriesId
      minutes
      canEdit
      agenda {
        id
        position
        title
        actieId
        notes
      }
      region {
        id
        slug
        name
      }
    }
  }
  ${ACTIVITY_SUMMARY_FIELDS}
`;

/** Only for editors: the API refuses `registrations` to everyone else. */
export const ACTIVITY_REGISTRATIONS_QUERY: TypedDocumentNode<{ activity: { id: string; registrations: RegistrationRow[] } }, { id: string }> = gql`
  query MeetupsActivityRegistrations($id: ID!) {
    activity(id: $id) {
      id
      registrations {
        id
        status
        name
        email
        queuedAt
        tokenExpiresAt
        attended
        person {
          id
          name
        }
      }
    }
  }
`;

/** Queries to refetch after a write or a live `activity:changed` event. */
export const LIVE_ACTIVITY_QUERIES = ['MeetupsActivities', 'MeetupsActivity', 'MeetupsActivityRegistrations'] as const;

export const CREATE_ACTIVITY: TypedDocumentNode<{ createActivity: { id: string } }, { input: ActivityInput }> = gql`
  mutation MeetupsCreateActivity($input: ActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`;

interface RegistrationResult {
  id: string;
  status: RegistrationStatus;
}

export const REGISTER_FOR_ACTIVITY: TypedDocumentNode<{ registerForActivity: RegistrationResult }, { activityId: string }> = gql`
  mutation MeetupsRegister($activityId: ID!) {
    registerForActivity(activityId: $activityId) {
      id
      status
    }
  }
`;

export const CANCEL_REGISTRATION: TypedDocumentNode<{ cancelRegistration: RegistrationResult }, { activityId: string }> = gql`
  mutation MeetupsCancelRegistration($activityId: ID!) {
    cancelRegistration(activityId: $activityId) {
      id
      status
    }
  }
`;

export const CLAIM_OFFERED_PLACE: TypedDocumentNode<{ claimOfferedPlace: RegistrationResult }, { activityId: string }> = gql`
  mutation MeetupsClaimOfferedPlace($activityId: ID!) {
    claimOfferedPlace(activityId: $activityId) {
      id
      status
    }
  }
`;

export const MARK_ATTENDANCE: TypedDocumentNode<
  { markAttendance: { id: string; attended: boolean | null } },
  { registrationId: string; attended: boolean }
> = gql`
  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {
    markAttendance(registrationId: $registrationId, attended: $attended) {
      id
      attended
    }
  }
`;

export const ADD_AGENDA_ITEM: TypedDocumentNode<
  { addAgendaItem: AgendaItem },
  { activityId: string; title: string; actieId?: string | null; notes?: string | null }
> = gql`
  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {
    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {
      id
      position
      title
      actieId
      notes
    }
  }
`;

export const SET_MEETING_MINUTES: TypedDocumentNode<{ setMeetingMinutes: { id: string; minutes: string | null } }, { activityId: string; minutes: string | null }> = gql`
  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {
    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {
      id
      minutes
    }
  }
`;
