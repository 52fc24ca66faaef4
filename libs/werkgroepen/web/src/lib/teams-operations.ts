/**
 * GraphQL operations of the Teams pages (libs/teams-mirror/graphql). Operation names are unique
 * in the app: live refetches use them.
 */
import {
  graphql,
  type DocumentMirrorHistoryQuery,
  type TeamsAnnouncementStatus,
  type TeamsConsentStatus,
  type TeamsLinkAnnouncementFieldsFragment,
  type TeamsMirrorStatus,
  type TeamsTenantFieldsFragment,
  type WerkgroepDocumentMirrorsQuery,
  type WerkgroepTeamsQuery,
} from '@verbinder/web/api-client';

export type ConsentStatus = TeamsConsentStatus;
export type MirrorStatus = TeamsMirrorStatus;
export type AnnouncementStatus = TeamsAnnouncementStatus;
export type TeamsTenant = TeamsTenantFieldsFragment;
/** `announcementWebhookUrl` only for beheerders (the address is a credential for the channel). */
export type TeamsLink = WerkgroepTeamsQuery['teamsMirror']['links'][number];
export type TeamsAnnouncement = NonNullable<TeamsLinkAnnouncementFieldsFragment['lastAnnouncement']>;
export type DocumentMirror = WerkgroepDocumentMirrorsQuery['documentMirrors'][number];
export type MirrorEvent = DocumentMirrorHistoryQuery['documentMirrorHistory'][number];

export const LINK_ANNOUNCEMENT_FIELDS = graphql(`
  fragment TeamsLinkAnnouncementFields on TeamsLink {
    announcementWebhookUrl
    announcementsEnabled
    lastAnnouncement {
      id
      status
      documentCount
      dueAt
      attempts
      nextAttemptAt
      lastError
      sentAt
    }
  }
`);

export const TENANT_FIELDS = graphql(`
  fragment TeamsTenantFields on TeamsTenant {
    id
    tenantId
    name
    consent
    consentError
    consentChangedAt
  }
`);

export const WERKGROEP_TEAMS = graphql(`
  query WerkgroepTeams($id: ID!) {
    werkgroep(id: $id) { id name permissions { canRead canWrite } }
    teamsMirror(werkgroepId: $id) {
      configured canManage
      links {
        id teamId channelId subfolder createdAt waitingReason ...TeamsLinkAnnouncementFields
        createdBy { id name }
        tenant { id name consent consentError }
        counts { mirrored pending waiting retrying failed drift }
      }
      tenants { ...TeamsTenantFields }
    }
  }
`);

/** The status per document (only for those who may read the group: titles are content). */
export const DOCUMENT_MIRRORS = graphql(`
  query WerkgroepDocumentMirrors($id: ID!) {
    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }
  }
`);

export const DOCUMENT_MIRROR_HISTORY = graphql(`
  query DocumentMirrorHistory($documentId: ID!) {
    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }
  }
`);

export const LINK_TEAMS_CHANNEL = graphql(`
  mutation LinkTeamsChannel($input: TeamsLinkInput!) {
    linkTeamsChannel(input: $input) { id }
  }
`);

export const UNLINK_TEAMS_CHANNEL = graphql(`
  mutation UnlinkTeamsChannel($id: ID!) {
    unlinkTeamsChannel(id: $id)
  }
`);

export const RETRY_DOCUMENT_MIRROR = graphql(`
  mutation RetryDocumentMirror($id: ID!) {
    retryDocumentMirror(id: $id) { id status }
  }
`);

export const REGION_TEAMS_TENANTS = graphql(`
  query RegionForTeamsTenants($slug: String!) {
    region(slug: $slug) { id name }
  }
`);

export const TEAMS_TENANTS = graphql(`
  query TeamsTenants($regionId: ID!) {
    teamsTenants(regionId: $regionId) { ...TeamsTenantFields }
  }
`);

export const REGISTER_TEAMS_TENANT = graphql(`
  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {
    registerTeamsTenant(input: $input) { ...TeamsTenantFields }
  }
`);

export const SET_TEAMS_TENANT_CONSENT = graphql(`
  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {
    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ...TeamsTenantFields }
  }
`);

export const SET_TEAMS_LINK_ANNOUNCEMENTS = graphql(`
  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {
    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ...TeamsLinkAnnouncementFields }
  }
`);
