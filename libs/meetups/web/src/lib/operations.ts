/**
 * Typed GraphQL operations of the meetups screens, written against the API's schema
 * (libs/meetups/graphql: Activity, MyRegistration, Registration, ActivityAgendaItem).
 * Operation names are unique in the app: refetches after a write use them.
 */
import {
  graphql,
  type MeetupsActivityQuery,
  type MeetupsActivityRegistrationsQuery,
  type MeetupsActivitySummaryFieldsFragment,
  type MeetupsMyRegistrationFieldsFragment,
  type MeetupsRegionQuery,
} from '@verbinder/web/api-client';

export type { ActivityInput, ActivityKind, Audience, RegistrationStatus } from '@verbinder/web/api-client';

/** The region as the meetups screens need it (found by slug). */
export type MeetupsRegion = MeetupsRegionQuery['region'];
export type MyRegistration = MeetupsMyRegistrationFieldsFragment;
export type ActivitySummary = MeetupsActivitySummaryFieldsFragment;
export type ActivityDetail = NonNullable<MeetupsActivityQuery['activity']>;
export type AgendaItem = ActivityDetail['agenda'][number];
export type SeriesDetail = NonNullable<ActivityDetail['series']>;
export type RegistrationRow = NonNullable<MeetupsActivityRegistrationsQuery['activity']>['registrations'][number];

export const MY_REGISTRATION_FIELDS = graphql(`
  fragment MeetupsMyRegistrationFields on MyRegistration {
    id
    status
    waitlistPosition
    offerExpiresAt
  }
`);

export const ACTIVITY_SUMMARY_FIELDS = graphql(`
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
`);

export const MEETUPS_REGION_QUERY = graphql(`
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
`);

export const ACTIVITIES_QUERY = graphql(`
  query MeetupsActivities($regionId: ID!) {
    activities(regionId: $regionId) {
      ...MeetupsActivitySummaryFields
    }
  }
`);

export const ACTIVITY_QUERY = graphql(`
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
      actielijnId
      seriesId
      detached
      series {
        id
        title
        weekday
        startTime
        endTime
        startDate
        endDate
        hostSchoolIds
        skipDates
      }
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
        schools {
          id
          name
        }
      }
    }
  }
`);

/** Only for editors: the API refuses `registrations` to everyone else. */
export const ACTIVITY_REGISTRATIONS_QUERY = graphql(`
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
`);

/** Queries to refetch after a write or a live `activity:changed` event. */
export const LIVE_ACTIVITY_QUERIES = ['MeetupsActivities', 'MeetupsActivity', 'MeetupsActivityRegistrations'] as const;

export const CREATE_ACTIVITY = graphql(`
  mutation MeetupsCreateActivity($input: ActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

/** Organisers are left out: the API keeps them when an edit names none. */
export const UPDATE_ACTIVITY = graphql(`
  mutation MeetupsUpdateActivity($id: ID!, $input: ActivityInput!) {
    updateActivity(id: $id, input: $input) {
      id
    }
  }
`);

export const CREATE_ACTIVITY_SERIES = graphql(`
  mutation MeetupsCreateSeries($input: SeriesInput!) {
    createActivitySeries(input: $input) {
      id
      title
    }
  }
`);

/** Skip (`skip: true`) or move (`date`, `startTime`, `endTime`) one occurrence of a series. */
export const UPDATE_SERIES_OCCURRENCE = graphql(`
  mutation MeetupsUpdateOccurrence($activityId: ID!, $scope: OccurrenceScope!, $input: OccurrenceChangeInput!) {
    updateSeriesOccurrence(activityId: $activityId, scope: $scope, input: $input) {
      id
      startsAt
      endsAt
    }
  }
`);

export const REGISTER_FOR_ACTIVITY = graphql(`
  mutation MeetupsRegister($activityId: ID!) {
    registerForActivity(activityId: $activityId) {
      id
      status
    }
  }
`);

export const CANCEL_REGISTRATION = graphql(`
  mutation MeetupsCancelRegistration($activityId: ID!) {
    cancelRegistration(activityId: $activityId) {
      id
      status
    }
  }
`);

export const CLAIM_OFFERED_PLACE = graphql(`
  mutation MeetupsClaimOfferedPlace($activityId: ID!) {
    claimOfferedPlace(activityId: $activityId) {
      id
      status
    }
  }
`);

export const MARK_ATTENDANCE = graphql(`
  mutation MeetupsMarkAttendance($registrationId: ID!, $attended: Boolean!) {
    markAttendance(registrationId: $registrationId, attended: $attended) {
      id
      attended
    }
  }
`);

export const ADD_AGENDA_ITEM = graphql(`
  mutation MeetupsAddAgendaItem($activityId: ID!, $title: String!, $actieId: ID, $notes: String) {
    addAgendaItem(activityId: $activityId, title: $title, actieId: $actieId, notes: $notes) {
      id
      position
      title
      actieId
      notes
    }
  }
`);

export const SET_MEETING_MINUTES = graphql(`
  mutation MeetupsSetMinutes($activityId: ID!, $minutes: String) {
    setMeetingMinutes(activityId: $activityId, minutes: $minutes) {
      id
      minutes
    }
  }
`);
