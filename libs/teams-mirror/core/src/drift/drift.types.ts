import type { MirrorItem, TeamsLink } from '../mirror/mirror.types';

/**
 * Drift: a mirrored file was changed (CHANGED) or deleted (DELETED) in Teams by a person. The
 * mirror never overwrites it silently; a member decides: import the Teams version as a new
 * version, or keep Verbinder's version (the next mirror run then overwrites / re-uploads).
 */
export const DRIFT_KINDS = ['CHANGED', 'DELETED'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/**
 * IMPORTED: the Teams version became a new Verbinder version. KEPT_VERBINDER: a member chose
 * Verbinder's version (Teams gets it again). DOCUMENT_DELETED: the document was deleted in
 * Verbinder too (a DELETED drift then has nothing left to decide).
 */
export const DRIFT_RESOLUTIONS = ['IMPORTED', 'KEPT_VERBINDER', 'DOCUMENT_DELETED'] as const;
export type DriftResolution = (typeof DRIFT_RESOLUTIONS)[number];

/** What a scan (or a failed If-Match) saw in Teams. */
export interface DriftObservation {
  itemId: string;
  kind: DriftKind;
  driveItemId: string;
  /** The Teams eTag of the changed file (null for DELETED). */
  teamsETag: string | null;
  teamsName: string | null;
  size: number | null;
  /** Display name only (AVG: nothing else about the person is kept). */
  modifiedBy: string | null;
  modifiedAt: Date | null;
  detectedAt: Date;
}

export interface TeamsDrift extends DriftObservation {
  id: string;
  linkId: string;
  documentId: string;
  werkgroepId: string;
  resolvedAt: Date | null;
  resolution: DriftResolution | null;
  resolvedById: string | null;
  /** The Verbinder version created by an import. */
  importedVersion: number | null;
}

/** A drift with its document's title, for lists. */
export interface TeamsDriftView extends TeamsDrift {
  documentTitle: string;
  documentDeleted: boolean;
}

/** Per link: where the last delta query ended, and who is scanning it now (several nodes). */
export interface DriftCursor {
  linkId: string;
  deltaLink: string | null;
  leaseUntil: Date | null;
  lastScanAt: Date | null;
  lastError: string | null;
}

export const TEAMS_DRIFT_REPOSITORY = Symbol('TEAMS_DRIFT_REPOSITORY');

export interface TeamsDriftRepository {
  /** Active links whose channel folder is known (something may have been mirrored). */
  scannableLinks(): Promise<TeamsLink[]>;
  /**
   * Takes the link's scan lease (creating the cursor row when missing); null when another node
   * holds it, or (with `scannedBefore`) when the link was last scanned after that moment.
   */
  claimCursor(linkId: string, now: Date, until: Date, scannedBefore?: Date | null): Promise<DriftCursor | null>;
  releaseCursor(linkId: string, patch: Partial<Pick<DriftCursor, 'deltaLink' | 'lastScanAt' | 'lastError'>>): Promise<void>;
  /** Mirror items of the link that have a driveItem. */
  mirroredItemsOfLink(linkId: string): Promise<MirrorItem[]>;
  findDrift(id: string): Promise<TeamsDrift | null>;
  openDrift(itemId: string): Promise<TeamsDrift | null>;
  /**
   * Records an observation idempotently: the same open drift (kind and eTag) → 'same'; an open
   * drift of the item with another eTag or kind → updated ('updated'); an observation that a
   * member already resolved (same eTag) → 'same'; otherwise a new open drift ('new').
   */
  recordDrift(observation: DriftObservation): Promise<{ drift: TeamsDrift; outcome: 'new' | 'updated' | 'same' }>;
  /** Resolves an open drift; null when it was no longer open (resolved concurrently). */
  resolveDrift(id: string, patch: { resolution: DriftResolution; resolvedById: string | null; at: Date; importedVersion?: number | null }): Promise<TeamsDrift | null>;
  /** Drifts of the group's active links (open ones, or all), newest first. */
  driftsOfGroup(werkgroepId: string, includeResolved: boolean): Promise<TeamsDriftView[]>;
}

/** "Gewijzigd in Teams door X op …" – shown on the item while the drift is open. */
export function driftMessage(drift: Pick<TeamsDrift, 'kind' | 'modifiedBy' | 'modifiedAt'>): string {
  const by = drift.modifiedBy ? ` door ${drift.modifiedBy}` : '';
  const at = drift.modifiedAt ? ` op ${formatAmsterdam(drift.modifiedAt)}` : '';
  return drift.kind === 'DELETED'
    ? `Verwijderd in Teams${by}${at}. Verbinder zet het niet vanzelf terug: kies 'Opnieuw in Teams zetten' of verwijder het document ook in Verbinder.`
    : `Gewijzigd in Teams${by}${at}. Verbinder overschrijft dat niet: neem de Teams-versie over als nieuwe versie, of houd de Verbinder-versie.`;
}

export function formatAmsterdam(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
