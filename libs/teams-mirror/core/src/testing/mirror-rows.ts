// Rows of the Teams mirror for its unit specs, so every spec starts from the same link and item
// and says only what differs. Never part of a build (the app excludes **/testing/**).
import type { MirrorItem, TeamsLink } from '../mirror/mirror.types';

/** The time the mirror specs run at. */
export const MIRROR_NOW = new Date('2026-03-02T10:00:00Z');

/** Werkgroep w1 (region r1, tenant t1) linked to a channel, its folder not resolved yet, without an announcement webhook. */
export const teamsLink = (patch: Partial<TeamsLink> = {}): TeamsLink => ({
  id: 'l1',
  werkgroepId: 'w1',
  regionId: 'r1',
  tenantRef: 't1',
  teamId: 'team',
  channelId: 'c',
  subfolder: null,
  announcementWebhookUrl: null,
  driveId: null,
  folderId: null,
  createdById: null,
  createdAt: MIRROR_NOW,
  removedAt: null,
  ...patch,
});

/** A document of link l1 waiting to be mirrored: nothing in Teams yet, nothing pending, no attempts. */
export const mirrorItem = (patch: Partial<MirrorItem> = {}): MirrorItem => ({
  id: 'i1',
  linkId: 'l1',
  documentId: 'd1',
  status: 'PENDING',
  driveItemId: null,
  eTag: null,
  mirroredVersion: null,
  mirroredName: null,
  mirroredParentId: null,
  removedAt: null,
  uploadUrl: null,
  uploadVersion: null,
  pendingName: null,
  pendingParentId: null,
  pendingSha256: null,
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  leaseUntil: null,
  updatedAt: MIRROR_NOW,
  ...patch,
});
