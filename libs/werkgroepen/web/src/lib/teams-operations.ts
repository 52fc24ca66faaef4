/**
 * GraphQL operations of the Teams pages (libs/teams-mirror/graphql). Operation names are unique
 * in the app: live refetches use them.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export type ConsentStatus = 'PENDING' | 'GRANTED' | 'REVOKED';
export type MirrorStatus = 'PENDING' | 'MIRRORED' | 'WAITING' | 'RETRYING' | 'FAILED' | 'DRIFT';

export interface TeamsTenant {
  id: string;
  tenantId: string;
  name: string;
  consent: ConsentStatus;
  consentError: string | null;
  consentChangedAt: string;
}

export interface TeamsLink {
  id: string;
  teamId: string;
  channelId: string;
  subfolder: string | null;
  /** Only for beheerders (the address is a credential for the channel). */
  announcementWebhookUrl: string | null;
  announcementsEnabled: boolean;
  lastAnnouncement: TeamsAnnouncement | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  tenant: Pick<TeamsTenant, 'id' | 'name' | 'consent' | 'consentError'>;
  counts: { mirrored: number; pending: number; waiting: number; retrying: number; failed: number; drift: number };
  /** Why the link as a whole waits (no access to the team's site), or null. */
  waitingReason: string | null;
}

export type AnnouncementStatus = 'OPEN' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

export interface TeamsAnnouncement {
  id: string;
  status: AnnouncementStatus;
  documentCount: number;
  dueAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
}

export const LINK_ANNOUNCEMENT_FIELDS = 'announcementWebhookUrl announcementsEnabled lastAnnouncement { id status documentCount dueAt attempts nextAttemptAt lastError sentAt }';

export interface DocumentMirror {
  id: string;
  linkId: string;
  documentId: string;
  documentTitle: string;
  documentDeleted: boolean;
  status: MirrorStatus;
  mirroredVersion: number | null;
  mirroredName: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  updatedAt: string;
  /** Why it is not in Teams yet (in de wacht, opnieuw gepland), in Dutch; null otherwise. */
  waitingReason: string | null;
}

export interface MirrorEvent {
  id: string;
  linkId: string | null;
  action: string;
  outcome: string;
  version: number | null;
  message: string | null;
  at: string;
}

const TENANT_FIELDS = 'id tenantId name consent consentError consentChangedAt';

export const WERKGROEP_TEAMS: TypedDocumentNode<
  {
    werkgroep: { id: string; name: string; permissions: { canRead: boolean; canWrite: boolean } };
    teamsMirror: { configured: boolean; canManage: boolean; links: TeamsLink[]; tenants: TeamsTenant[] };
  },
  { id: string }
> = gql`
  query WerkgroepTeams($id: ID!) {
    werkgroep(id: $id) { id name permissions { canRead canWrite } }
    teamsMirror(werkgroepId: $id) {
      configured canManage
      links {
        id teamId channelId subfolder createdAt ${LINK_ANNOUNCEMENT_FIELDS}
        createdBy { id name }
        tenant { id name consent consentError }
        counts { mirrored pending waiting retrying failed drift }
        waitingReason
      }
      tenants { ${TENANT_FIELDS} }
    }
  }
`;

/** The status per document (only for those who may read the group: titles are content). */
export const DOCUMENT_MIRRORS: TypedDocumentNode<{ documentMirrors: DocumentMirror[] }, { id: string }> = gql`
  query WerkgroepDocumentMirrors($id: ID!) {
    documentMirrors(werkgroepId: $id) { id linkId documentId documentTitle documentDeleted status mirroredVersion mirroredName attempts nextAttemptAt lastError updatedAt waitingReason }
  }
`;

export const DOCUMENT_MIRROR_HISTORY: TypedDocumentNode<{ documentMirrorHistory: MirrorEvent[] }, { documentId: string }> = gql`
  query DocumentMirrorHistory($documentId: ID!) {
    documentMirrorHistory(documentId: $documentId) { id action outcome version message at }
  }
`;

export const LINK_TEAMS_CHANNEL: TypedDocumentNode<
  { linkTeamsChannel: { id: string } },
  { input: { werkgroepId: string; tenantId: string; teamId: string; channelId: string; subfolder: string | null; announcementWebhookUrl: string | null } }
> = gql`
  mutation LinkTeamsChannel($input: TeamsLinkInput!) {
    linkTeamsChannel(input: $input) { id }
  }
`;

export const UNLINK_TEAMS_CHANNEL: TypedDocumentNode<{ unlinkTeamsChannel: boolean }, { id: string }> = gql`
  mutation UnlinkTeamsChannel($id: ID!) {
    unlinkTeamsChannel(id: $id)
  }
`;

export const RETRY_DOCUMENT_MIRROR: TypedDocumentNode<{ retryDocumentMirror: { id: string; status: MirrorStatus } }, { id: string }> = gql`
  mutation RetryDocumentMirror($id: ID!) {
    retryDocumentMirror(id: $id) { id status }
  }
`;

export const REGION_TEAMS_TENANTS: TypedDocumentNode<{ region: { id: string; name: string } | null }, { slug: string }> = gql`
  query RegionForTeamsTenants($slug: String!) {
    region(slug: $slug) { id name }
  }
`;

export const TEAMS_TENANTS: TypedDocumentNode<{ teamsTenants: TeamsTenant[] }, { regionId: string }> = gql`
  query TeamsTenants($regionId: ID!) {
    teamsTenants(regionId: $regionId) { ${TENANT_FIELDS} }
  }
`;

export const REGISTER_TEAMS_TENANT: TypedDocumentNode<{ registerTeamsTenant: TeamsTenant }, { input: { regionId: string; tenantId: string; name: string } }> = gql`
  mutation RegisterTeamsTenant($input: TeamsTenantInput!) {
    registerTeamsTenant(input: $input) { ${TENANT_FIELDS} }
  }
`;

export const SET_TEAMS_TENANT_CONSENT: TypedDocumentNode<{ setTeamsTenantConsent: TeamsTenant }, { id: string; consent: ConsentStatus; note: string | null }> = gql`
  mutation SetTeamsTenantConsent($id: ID!, $consent: TeamsConsentStatus!, $note: String) {
    setTeamsTenantConsent(id: $id, consent: $consent, note: $note) { ${TENANT_FIELDS} }
  }
`;

export const SET_TEAMS_LINK_ANNOUNCEMENTS: TypedDocumentNode<
  { setTeamsLinkAnnouncements: Pick<TeamsLink, 'id' | 'announcementWebhookUrl' | 'announcementsEnabled' | 'lastAnnouncement'> },
  { id: string; webhookUrl: string | null }
> = gql`
  mutation SetTeamsLinkAnnouncements($id: ID!, $webhookUrl: String) {
    setTeamsLinkAnnouncements(id: $id, webhookUrl: $webhookUrl) { id ${LINK_ANNOUNCEMENT_FIELDS} }
  }
`;
