import type { Readable } from 'node:stream';

/**
 * Where document bytes live, owned by the werkgroepen core. The default adapter
 * (libs/platform/file-store) stores content-addressed files under DATA_DIR; another adapter
 * (object storage) only has to honour this contract.
 */
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/** A received upload held in a temporary place: nothing is visible until `commit`. */
export interface StagedFile {
  sha256: string;
  size: number;
  /** More than `maxBytes` arrived: reading stopped at the limit (the temp file is gone already). */
  tooLarge: boolean;
  /** The first bytes (up to `headBytes`), for type detection and text extraction. */
  head: Buffer;
  /** The last bytes (up to 64 KB), for a ZIP's central directory. */
  tail: Buffer;
  /** Moves the file into the store (atomic; an identical file is stored once). */
  commit(): Promise<void>;
  /** Removes the temporary file. Safe to call more than once. */
  discard(): Promise<void>;
}

export interface DocumentStore {
  /** Streams `source` to a temporary file while hashing; stops reading after `maxBytes`. */
  stage(source: Readable, options: { maxBytes: number; headBytes: number }): Promise<StagedFile>;
  /** Convenience: stage and commit at once. */
  put(source: Readable, options: { maxBytes: number }): Promise<{ sha256: string; size: number }>;
  open(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** Deletes the stored files whose hash is not in `referenced` and that are older than `olderThan`; returns how many. */
  deleteUnreferenced(referenced: ReadonlySet<string>, olderThan: Date): Promise<number>;
}

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
