import { TeamsConflict, TeamsNotFound } from './teams-drive.errors';
import { ByteRange, CreateUploadSessionInput, DEFAULT_UPLOAD_RANGE_BYTES, TeamsDriveItem, TeamsDrivePort, UPLOAD_RANGE_UNIT_BYTES, UploadSessionState } from './teams-drive.port';

export interface LargeFileUploadInput extends CreateUploadSessionInput {
  /** Bytes per range; a multiple of 320 KiB (default 5 MiB). */
  rangeBytes?: number;
  /** Reads `length` bytes of the file from `start`. */
  read(start: number, length: number): Promise<Uint8Array>;
  /** A session URL stored by an earlier (crashed) run: resumed from nextExpectedRanges when still valid. */
  resumeUploadUrl?: string | null;
  /** Persist the session before the first range goes out, so a crash can resume it. */
  onSession?(session: UploadSessionState): Promise<void> | void;
  /** After every accepted range, with the number of bytes Teams has. */
  onProgress?(receivedBytes: number): Promise<void> | void;
}

/** Checks a range size: a positive multiple of 320 KiB below Graph's 60 MiB per request. */
export function assertValidRangeSize(rangeBytes: number): void {
  if (!Number.isInteger(rangeBytes) || rangeBytes <= 0 || rangeBytes % UPLOAD_RANGE_UNIT_BYTES !== 0 || rangeBytes >= 60 * 1024 * 1024) {
    throw new Error(`Upload range size ${rangeBytes} must be a positive multiple of ${UPLOAD_RANGE_UNIT_BYTES} bytes below 60 MiB`);
  }
}

/** The next range to send: from the first expected offset, `rangeBytes` long or up to the end. */
export function nextUploadRange(nextExpectedRanges: ByteRange[], totalSize: number, rangeBytes: number): { start: number; length: number } | null {
  if (nextExpectedRanges.length === 0) return null;
  const start = Math.min(...nextExpectedRanges.map((range) => range.start));
  if (start >= totalSize) return null;
  return { start, length: Math.min(rangeBytes, totalSize - start) };
}

/**
 * Uploads a file through an upload session, in order, resuming a stored session when there
 * is one. A 416 (range already received) re-reads the session status and continues.
 */
export async function uploadLargeFile(port: TeamsDrivePort, input: LargeFileUploadInput): Promise<TeamsDriveItem> {
  const rangeBytes = input.rangeBytes ?? DEFAULT_UPLOAD_RANGE_BYTES;
  assertValidRangeSize(rangeBytes);
  const ref = { tenantId: input.tenantId, driveId: input.driveId };

  let session: UploadSessionState | null = null;
  if (input.resumeUploadUrl) {
    try {
      session = await port.getUploadSession({ ...ref, uploadUrl: input.resumeUploadUrl });
    } catch (error) {
      if (!(error instanceof TeamsNotFound)) throw error;
    }
  }
  if (!session) {
    session = await port.createUploadSession({
      tenantId: input.tenantId,
      driveId: input.driveId,
      parentId: input.parentId,
      name: input.name,
      size: input.size,
      conflict: input.conflict,
      ifMatch: input.ifMatch,
    });
    await input.onSession?.(session);
  }

  let resyncs = 0;
  let ranges = session.nextExpectedRanges;
  for (;;) {
    const next = nextUploadRange(ranges, input.size, rangeBytes);
    if (!next) throw new Error('Upload session expects no more bytes but did not return the file');
    const bytes = await input.read(next.start, next.length);
    try {
      const result = await port.uploadRange({ ...ref, uploadUrl: session.uploadUrl, start: next.start, bytes, totalSize: input.size });
      if (result.done) return result.item;
      ranges = result.nextExpectedRanges;
      await input.onProgress?.(Math.min(...ranges.map((range) => range.start)));
    } catch (error) {
      if (!(error instanceof TeamsConflict && error.reason === 'range-not-expected') || resyncs >= 3) throw error;
      resyncs += 1;
      ranges = (await port.getUploadSession({ ...ref, uploadUrl: session.uploadUrl })).nextExpectedRanges;
    }
  }
}
