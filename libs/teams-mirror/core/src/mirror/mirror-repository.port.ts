import { DocumentMirror, MirrorEvent, MirrorItem, MirrorOutcome, MirrorSourceDocument, TeamsLink, TeamsTenant } from './mirror.types';

export const TEAMS_MIRROR_REPOSITORY = Symbol('TEAMS_MIRROR_REPOSITORY');

export type MirrorItemPatch = Partial<Omit<MirrorItem, 'id' | 'linkId' | 'documentId' | 'updatedAt'>>;

export interface TeamsMirrorRepository {
  regionExists(regionId: string): Promise<boolean>;
  listTenants(regionId: string): Promise<TeamsTenant[]>;
  findTenant(id: string): Promise<TeamsTenant | null>;
  findTenantByGuid(regionId: string, tenantId: string): Promise<TeamsTenant | null>;
  insertTenant(input: { regionId: string; tenantId: string; name: string }): Promise<TeamsTenant>;
  updateTenant(id: string, patch: Partial<Pick<TeamsTenant, 'name' | 'consent' | 'consentError' | 'consentChangedAt'>>): Promise<TeamsTenant>;

  /** Active links of a group (not removed), oldest first. */
  activeLinks(werkgroepId: string): Promise<TeamsLink[]>;
  hasActiveLink(werkgroepId: string): Promise<boolean>;
  findLink(id: string): Promise<TeamsLink | null>;
  findActiveLink(werkgroepId: string, tenantRef: string, teamId: string, channelId: string): Promise<TeamsLink | null>;
  insertLink(input: Omit<TeamsLink, 'id' | 'regionId' | 'createdAt' | 'removedAt' | 'driveId' | 'folderId'>): Promise<TeamsLink>;
  removeLink(id: string, byId: string, at: Date): Promise<void>;
  setLinkFolder(id: string, driveId: string, folderId: string): Promise<void>;
  linksByIds(ids: readonly string[]): Promise<TeamsLink[]>;

  findItem(id: string): Promise<MirrorItem | null>;
  /** The item of (link, document), created PENDING when missing. */
  ensureItem(linkId: string, documentId: string): Promise<MirrorItem>;
  updateItem(id: string, patch: MirrorItemPatch): Promise<MirrorItem>;
  /** Takes the item's lease when it is free (or expired); false when another worker holds it. */
  claimItem(id: string, now: Date, until: Date): Promise<boolean>;
  /** Items of the group's active links, with their document, newest change first. */
  groupItems(werkgroepId: string): Promise<DocumentMirror[]>;
  itemsOfDocument(documentId: string): Promise<MirrorItem[]>;
  /** True when another item (any link) already holds this driveItem id. */
  driveItemHeldElsewhere(driveItemId: string, exceptItemId: string): Promise<boolean>;
  /** FAILED items on links of this tenant (for a retry once consent is back). */
  failedItemsOfTenant(tenantRef: string): Promise<MirrorItem[]>;

  addEvent(event: { itemId: string; action: string; outcome: MirrorOutcome; version: number | null; message: string | null; at: Date }): Promise<void>;
  eventsOfDocument(documentId: string, limit: number): Promise<MirrorEvent[]>;

  /** The current state of a document (null when it no longer exists at all). */
  sourceDocument(documentId: string): Promise<MirrorSourceDocument | null>;
  /** Ids of the group's documents that are not deleted. */
  liveDocumentIds(werkgroepId: string): Promise<string[]>;
  /** The werkgroep a document belongs to (also when deleted). */
  documentWerkgroepId(documentId: string): Promise<string | null>;
}
