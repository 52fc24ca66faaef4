// Rows of the Teams mirror for its unit specs, so every spec starts from the same link and item
// and says only what differs. Never part of a build (the app excludes **/testing/**).
import { Clock, KernelPorts, Outbox, UnitOfWork } from '@verbinder/shared/kernel';
import { FakeUnitOfWork, MemoryOutbox, RecordingEvents } from '@verbinder/shared/kernel/testing';
import type { TeamsMirrorRepository } from '../mirror/mirror-repository.port';
import type { MirrorItem, TeamsLink, TeamsMirrorSettings } from '../mirror/mirror.types';
import { TeamsMirrorPorts } from '../mirror/teams-mirror-ports';
import type { TeamsDrivePort } from '../teams-drive.port';

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

/** The mirror's ports over a spec's fakes; without a drive Teams is not reachable, and the unit of work, outbox and clock default to the kernel's fakes. */
export function mirrorPorts(fakes: {
  repo: Partial<TeamsMirrorRepository>;
  settings: TeamsMirrorSettings;
  drive?: TeamsDrivePort | null;
  uow?: UnitOfWork;
  outbox?: Outbox;
  clock?: Clock;
}): TeamsMirrorPorts {
  const { uow = new FakeUnitOfWork(), outbox = new MemoryOutbox(), clock = { now: () => MIRROR_NOW } } = fakes;
  return new TeamsMirrorPorts(fakes.repo as TeamsMirrorRepository, fakes.settings, fakes.drive ?? null, new KernelPorts(uow, new RecordingEvents().asPort(), outbox, clock));
}
