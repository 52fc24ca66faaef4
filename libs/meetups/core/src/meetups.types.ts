import type { ActivityKind } from '@verbinder/shared/contracts';
export { ACTIVITY_KINDS } from '@verbinder/shared/contracts';
export type { ActivityKind } from '@verbinder/shared/contracts';

export const AUDIENCES = ['DOCENTEN', 'LEERLINGEN', 'OUDERS', 'BEDRIJVEN', 'PUBLIEK'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * CONFIRMED and OFFERED hold a place; WAITLISTED waits in order of `queuedAt`;
 * PENDING_CONFIRMATION is a public registration whose e-mail link was not yet followed.
 */
export const REGISTRATION_STATUSES = ['PENDING_CONFIRMATION', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'EXPIRED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Activity {
  id: string;
  regionId: string;
  seriesId: string | null;
  /** An occurrence edited on its own; "this and following" edits leave it alone. */
  detached: boolean;
  kind: ActivityKind;
  title: string;
  description: string | null;
  hostSchoolId: string | null;
  address: string | null;
  room: string | null;
  travelNote: string | null;
  startsAt: Date;
  endsAt: Date;
  audience: Audience[];
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  isPublic: boolean;
  actielijnId: string | null;
  actieId: string | null;
  /** The werkgroep this activity is a meeting of. */
  werkgroepId: string | null;
  minutes: string | null;
  organiserIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface Registration {
  id: string;
  activityId: string;
  personId: string | null;
  /** Public registrations only (members are known by personId). */
  name: string | null;
  email: string | null;
  status: RegistrationStatus;
  /** Waiting-list order. */
  queuedAt: Date;
  /** SHA-256 of the current confirmation or claim token (the token itself is only e-mailed). */
  tokenHash: string | null;
  tokenExpiresAt: Date | null;
  attended: boolean | null;
  createdAt: Date;
}

export interface PlaceCounts {
  activityId: string;
  confirmed: number;
  offered: number;
  waitlisted: number;
}

export interface ActivitySeries {
  id: string;
  regionId: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  /** 0 = Sunday … 3 = Wednesday … 6 = Saturday. */
  weekday: number;
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  /** Occurrences from this date on follow the current host order (moved by "this and following" edits). */
  rotationStart: string;
  hostSchoolIds: string[];
  skipDates: string[];
  audience: Audience[];
  capacity: number | null;
  isPublic: boolean;
  organiserIds: string[];
  createdAt: Date;
}

export interface RegionHoliday {
  id: string;
  regionId: string;
  name: string;
  startDate: string;
  endDate: string;
}

export interface AgendaItem {
  id: string;
  activityId: string;
  position: number;
  title: string;
  actieId: string | null;
  notes: string | null;
}

export const FEED_SCOPES = ['PERSON', 'REGION', 'WERKGROEP'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

export interface CalendarFeed {
  id: string;
  personId: string;
  scope: FeedScope;
  regionId: string | null;
  /** The werkgroep whose meetings the feed lists (scope WERKGROEP). */
  werkgroepId: string | null;
  tokenHash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface ActivityInput {
  regionId: string;
  kind: string;
  title: string;
  description?: string | null;
  hostSchoolId?: string | null;
  address?: string | null;
  room?: string | null;
  travelNote?: string | null;
  /** ISO 8601 date-time with offset, e.g. 2026-03-04T09:00:00+01:00. */
  startsAt: string;
  endsAt: string;
  audience?: string[] | null;
  organiserIds?: string[] | null;
  capacity?: number | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  actielijnId?: string | null;
  actieId?: string | null;
  /** A meeting of this werkgroep (of the same region; the organiser manages it or is a member). */
  werkgroepId?: string | null;
}

export interface SeriesInput {
  regionId: string;
  kind: string;
  title: string;
  description?: string | null;
  weekday: number;
  /** HH:MM, Europe/Amsterdam. */
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  hostSchoolIds: string[];
  skipDates?: string[] | null;
  audience?: string[] | null;
  organiserIds?: string[] | null;
  capacity?: number | null;
}
