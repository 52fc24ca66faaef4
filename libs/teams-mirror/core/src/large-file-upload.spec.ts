import { assertValidRangeSize, nextUploadRange, uploadLargeFile } from './large-file-upload';
import { TeamsConflict, TeamsNotFound } from './teams-drive.errors';
import { TeamsDrivePort, UPLOAD_RANGE_UNIT_BYTES, UploadRangeInput } from './teams-drive.port';

const UNIT = UPLOAD_RANGE_UNIT_BYTES;

describe('upload ranges', () => {
  it('only accepts range sizes that are multiples of 320 KiB below 60 MiB', () => {
    expect(() => assertValidRangeSize(10 * UNIT)).not.toThrow();
    expect(() => assertValidRangeSize(5 * 1024 * 1024 + 1)).toThrow();
    expect(() => assertValidRangeSize(192 * UNIT)).toThrow();
    expect(() => assertValidRangeSize(0)).toThrow();
  });

  it('continues from the first expected offset', () => {
    expect(nextUploadRange([{ start: 2 * UNIT, end: null }], 5 * UNIT + 7, 2 * UNIT)).toEqual({ start: 2 * UNIT, length: 2 * UNIT });
    expect(nextUploadRange([{ start: 4 * UNIT, end: 5 * UNIT + 6 }], 5 * UNIT + 7, 2 * UNIT)).toEqual({ start: 4 * UNIT, length: UNIT + 7 });
    expect(nextUploadRange([], 10, UNIT)).toBeNull();
  });
});

describe('uploadLargeFile', () => {
  /** An in-memory upload endpoint keeping one session. */
  const fakePort = (options: { expired?: boolean; received?: number } = {}) => {
    let received = options.received ?? 0;
    const sent: Array<{ start: number; length: number }> = [];
    let created = 0;
    const port = {
      createUploadSession: async () => {
        created += 1;
        received = 0;
        return { uploadUrl: 'https://upload/new', expiresAt: null, nextExpectedRanges: [{ start: 0, end: null }] };
      },
      getUploadSession: async () => {
        if (options.expired) throw new TeamsNotFound();
        return { uploadUrl: 'https://upload/stored', expiresAt: null, nextExpectedRanges: [{ start: received, end: null }] };
      },
      uploadRange: async (input: UploadRangeInput) => {
        if (input.start !== received) throw new TeamsConflict('range-not-expected', 416);
        sent.push({ start: input.start, length: input.bytes.byteLength });
        received += input.bytes.byteLength;
        if (received === input.totalSize) {
          return {
            done: true,
            item: { driveId: 'd', id: 'file', name: 'f', eTag: 'e', cTag: null, parentId: 'p', size: received, isFolder: false, lastModifiedAt: null, lastModifiedBy: null, webUrl: null },
          };
        }
        return { done: false, nextExpectedRanges: [{ start: received, end: null }], expiresAt: null };
      },
    } as unknown as TeamsDrivePort;
    return { port, sent, created: () => created };
  };

  const input = (size: number) => ({
    tenantId: 't',
    driveId: 'd',
    parentId: 'p',
    name: 'f',
    size,
    conflict: 'fail' as const,
    rangeBytes: 2 * UNIT,
    read: async (_start: number, length: number) => new Uint8Array(length),
  });

  it('sends ranges in order and stores the session before the first range', async () => {
    const { port, sent } = fakePort();
    const stored: string[] = [];
    const item = await uploadLargeFile(port, { ...input(5 * UNIT + 3), onSession: (s) => void stored.push(s.uploadUrl) });
    expect(item.size).toBe(5 * UNIT + 3);
    expect(stored).toEqual(['https://upload/new']);
    expect(sent).toEqual([
      { start: 0, length: 2 * UNIT },
      { start: 2 * UNIT, length: 2 * UNIT },
      { start: 4 * UNIT, length: UNIT + 3 },
    ]);
  });

  it('resumes a stored session from nextExpectedRanges', async () => {
    const { port, sent, created } = fakePort({ received: 2 * UNIT });
    await uploadLargeFile(port, { ...input(5 * UNIT), resumeUploadUrl: 'https://upload/stored' });
    expect(created()).toBe(0);
    expect(sent[0]).toEqual({ start: 2 * UNIT, length: 2 * UNIT });
  });

  it('starts a new session when the stored one expired', async () => {
    const { port, sent, created } = fakePort({ expired: true, received: 2 * UNIT });
    await uploadLargeFile(port, { ...input(3 * UNIT), resumeUploadUrl: 'https://upload/stored' });
    expect(created()).toBe(1);
    expect(sent[0].start).toBe(0);
  });
});
