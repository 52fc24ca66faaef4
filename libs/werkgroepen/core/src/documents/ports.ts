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
  /** Called in the same transaction, after a `document.changed` job was queued (announcements). */
  documentQueued?(job: DocumentChangedJob): Promise<void>;
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

/**
 * The outbox job of a renamed (or, once the library can, moved) folder, written in the same
 * transaction as the change when the group is linked to Teams: the mirror renames or moves the
 * folder in every linked channel, so its documents keep their driveItems.
 */
export const DOCUMENT_FOLDER_CHANGED_JOB = 'document.folder-changed';
export interface DocumentFolderChangedJob {
  werkgroepId: string;
  folderId: string;
  action: 'renamed' | 'moved';
  /** Folder names from the root to the folder itself, before and after. */
  fromPath: string[];
  toPath: string[];
}
