/** Upload limits from the configuration (DOCUMENT_MAX_BYTES). */
export const DOCUMENT_LIMITS = Symbol('DOCUMENT_LIMITS');
export interface DocumentLimits {
  maxBytes: number;
}

/**
 * Whether a group is linked to a Teams channel (documents are then mirrored). The Teams mirror
 * issue (#5) binds a real lookup; until then NoTeamsLinks answers false and nothing is queued.
 */
export const TEAMS_LINK_LOOKUP = Symbol('TEAMS_LINK_LOOKUP');
export interface TeamsLinkLookup {
  hasLinks(werkgroepId: string): Promise<boolean>;
}

export class NoTeamsLinks implements TeamsLinkLookup {
  async hasLinks(): Promise<boolean> {
    return false;
  }
}

/** The outbox job the Teams mirror consumes, written in the same transaction as the change. */
export const DOCUMENT_CHANGED_JOB = 'document.changed';
export interface DocumentChangedJob {
  werkgroepId: string;
  documentId: string;
  version: number;
  action: 'created' | 'versioned' | 'renamed' | 'moved' | 'deleted';
  sha256: string;
  fileName: string;
  /** Folder names from the root, e.g. ["Vergaderstukken", "2026"]; empty at the root. */
  folderPath: string[];
}
