import type { Readable } from 'node:stream';
import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError } from './domain-error';

/**
 * Where uploaded bytes live (werkgroep documents, story images). The default adapter
 * (libs/platform/file-store) stores content-addressed files under DATA_DIR; another adapter
 * (object storage) only has to honour this contract. Several domains share one store: a file
 * is kept while any of them references its hash.
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
  /**
   * Deletes the stored files whose hash is not in `referenced` and that are older than
   * `olderThan`; returns how many. `referenced` must hold the hashes of *every* domain that
   * stores files here (documents and story images).
   */
  deleteUnreferenced(referenced: ReadonlySet<string>, olderThan: Date): Promise<number>;
}

/**
 * Rules a refused upload carries in `DomainError.details.rule` (the HTTP routes map them to 400,
 * 413 and 415). The MULTIPART_ rules are about the request body itself, not the file in it.
 */
export const UPLOAD_RULES = {
  tooLarge: 'FILE_TOO_LARGE',
  type: 'FILE_TYPE_REFUSED',
  empty: 'FILE_EMPTY',
  name: 'FILE_NAME_REFUSED',
  missing: 'FILE_MISSING',
  /** Not multipart/form-data with a boundary (400). */
  notMultipart: 'MULTIPART_REQUIRED',
  /** Truncated, malformed part header, unreadable body (400). */
  malformed: 'MULTIPART_INVALID',
  /** More parts, fields or files than the route takes, or a field or header too long (413). */
  tooManyParts: 'MULTIPART_TOO_MANY_PARTS',
} as const;

/**
 * The store's disk is full or over its quota: nothing was stored (HTTP 507). It passes by itself
 * once space is freed.
 */
export const storageFull = (): DomainError =>
  new DomainError(ErrorCode.INSUFFICIENT_STORAGE, 'De opslag van de server is vol. Er is niets opgeslagen. Probeer het later opnieuw of meld het bij de beheerder.');

/** A refused upload: BAD_USER_INPUT on the field `file`, with the rule. */
export const uploadRefusal = (rule: string, message: string): DomainError => new DomainError(ErrorCode.BAD_USER_INPUT, message, { rule, fields: [{ field: 'file', message }] });

/** "10 MB", "64 KB": a limit for a Dutch message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`.replace('.', ',');
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
