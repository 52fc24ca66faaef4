import type { Readable } from 'node:stream';

/**
 * The port the Teams mirror owns: what it needs from a Teams channel's files folder, in
 * Verbinder terms. No Graph types leak through; `libs/integrations/ms-graph` implements it.
 *
 * Every operation names the tenant (each school is usually its own Microsoft 365 tenant) and,
 * once the files folder is resolved, the drive. Failures are the typed errors in
 * `teams-drive.errors.ts`.
 */
export const TEAMS_DRIVE = Symbol('TEAMS_DRIVE');

/** Simple uploads up to this size; larger files go through an upload session. */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
/** Every range of a split upload (except the last) must be a multiple of this. */
export const UPLOAD_RANGE_UNIT_BYTES = 320 * 1024;
/** Default range size: 16 × 320 KiB = 5 MiB, as the Microsoft SDKs use. */
export const DEFAULT_UPLOAD_RANGE_BYTES = 16 * UPLOAD_RANGE_UNIT_BYTES;

export interface ChannelRef {
  tenantId: string;
  teamId: string;
  channelId: string;
}

export interface DriveRef {
  tenantId: string;
  driveId: string;
  /**
   * The team whose (standard channels') drive this is, when the caller knows it. Graph counts its
   * 4 requests/s per team or channel: the adapter's request gate keys the team, so the lookups of
   * a node that does not know the drive yet and the uploads of a node that does share one budget.
   */
  teamId?: string;
}

export interface DriveItemRef extends DriveRef {
  itemId: string;
}

/** Where a channel keeps its files: upload parent for everything mirrored into it. */
export interface ChannelFolder {
  driveId: string;
  folderId: string;
  name: string;
  webUrl: string | null;
}

export interface TeamsDriveItem {
  driveId: string;
  id: string;
  name: string;
  /** Changes with every change of the item (content or metadata); guards updates via If-Match. */
  eTag: string;
  /** Changes only when the content changes. */
  cTag: string | null;
  parentId: string | null;
  size: number;
  isFolder: boolean;
  lastModifiedAt: Date | null;
  /** Display name of who changed it last (a person in Teams, or the Verbinder app). */
  lastModifiedBy: string | null;
  /** True when an application (no person) changed it last. */
  lastModifiedByApp?: boolean;
  /** Microsoft's QuickXorHash of the content (base64), the only hash SharePoint returns; null for folders or when absent. */
  quickXorHash?: string | null;
  webUrl: string | null;
}

export type ConflictBehaviour = 'fail' | 'replace' | 'rename';

export interface SmallUploadInput extends DriveRef {
  parentId: string;
  name: string;
  content: Uint8Array;
  conflict: ConflictBehaviour;
  /** Only replace when the current item still has this eTag (TeamsConflict 'etag-mismatch' otherwise). */
  ifMatch?: string;
}

export interface CreateUploadSessionInput extends DriveRef {
  parentId: string;
  name: string;
  size: number;
  conflict: ConflictBehaviour;
  ifMatch?: string;
}

/** A byte range `start`..`end` inclusive; `end` null means "to the end of the file". */
export interface ByteRange {
  start: number;
  end: number | null;
}

/** Store `uploadUrl` with the job: after a crash the upload resumes from it. */
export interface UploadSessionState {
  uploadUrl: string;
  expiresAt: Date | null;
  nextExpectedRanges: ByteRange[];
}

export interface UploadRangeInput extends DriveRef {
  uploadUrl: string;
  /** Offset of `bytes` in the file. */
  start: number;
  bytes: Uint8Array;
  totalSize: number;
}

export type UploadRangeResult = { done: false; nextExpectedRanges: ByteRange[]; expiresAt: Date | null } | { done: true; item: TeamsDriveItem };

export interface UpdateItemInput extends DriveItemRef {
  /** New name (rename). */
  name?: string;
  /** New parent folder in the same drive (move). */
  parentId?: string;
  ifMatch?: string;
}

export interface DeleteItemInput extends DriveItemRef {
  ifMatch?: string;
}

export interface FindByPathInput extends DriveRef {
  parentId: string;
  /** Path below the parent, `/`-separated ("Werkgroep Techniek/Verslagen", "Verslagen/Notulen.docx"); empty segments are ignored. */
  path: string;
}

export interface EnsureFolderInput extends DriveRef {
  parentId: string;
  /** Sub-path below the parent, `/`-separated ("Werkgroep Techniek/Verslagen"). */
  path: string;
}

export type DriveChange = { kind: 'upserted'; item: TeamsDriveItem } | { kind: 'deleted'; driveId: string; itemId: string; name: string | null; parentId: string | null };

export interface DeltaInput extends DriveRef {
  /**
   * The folder whose changes (itself and everything below it) are asked for
   * (`/drives/{d}/items/{folderId}/delta`): the drift scan reads the linked folder only, never the rest of the team site.
   */
  folderId: string;
  /** Link returned by the previous delta call; null starts a full enumeration. */
  deltaLink: string | null;
}

export interface DeltaResult {
  changes: DriveChange[];
  /** Store it; the next call returns only what changed after this one. */
  deltaLink: string;
}

/** The bytes of a file in Teams (for importing a version changed by a person). */
export interface DriveItemContent {
  content: Readable;
  /** From Content-Length when known. */
  size: number | null;
}

export interface TeamsDrivePort {
  /** TeamsNotProvisioned while Teams has not created the channel's folder yet. */
  resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder>;
  /** Finds or creates every folder of `path` below `parentId`; returns the deepest one. */
  ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem>;
  /**
   * The file or folder at `path` below `parentId` in one read (`items/{parent}:/{path}:`; the
   * parent itself for an empty path), or null when there is none (creates nothing).
   */
  findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null>;
  /** Files up to SIMPLE_UPLOAD_MAX_BYTES. */
  uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem>;
  createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState>;
  /** Status of a stored session (resume after a crash); TeamsNotFound when it expired. */
  getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState>;
  /** Sends one range; ranges go in order, each a multiple of UPLOAD_RANGE_UNIT_BYTES except the last. */
  uploadRange(input: UploadRangeInput): Promise<UploadRangeResult>;
  /** Idempotent: an unknown or expired session counts as cancelled. */
  cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void>;
  /** Rename and/or move within the drive. */
  updateItem(input: UpdateItemInput): Promise<TeamsDriveItem>;
  /** Idempotent: an item that is already gone counts as deleted. */
  deleteItem(input: DeleteItemInput): Promise<void>;
  getItem(input: DriveItemRef): Promise<TeamsDriveItem>;
  /**
   * Changes in the whole drive since `deltaLink` (all pages, following `@odata.nextLink`);
   * TeamsResyncRequired when the link is too old: start again with `deltaLink: null`.
   */
  delta(input: DeltaInput): Promise<DeltaResult>;
  /** The file's current bytes (`GET …/items/{id}/content`, following the download redirect). */
  downloadContent(input: DriveItemRef): Promise<DriveItemContent>;
}
