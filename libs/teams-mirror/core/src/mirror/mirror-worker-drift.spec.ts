import { Readable } from 'node:stream';
import type { DriftObservation, TeamsDrift, TeamsDriftRepository } from '../drift/drift.types';
import { TeamsConflict } from '../teams-drive.errors';
import { checkSubfolder, disambiguatedName, mirrorFileName } from './mirror-naming';
import { SequentialReader } from './sequential-reader';
import { DOC, setup } from './mirror-worker.fakes';

describe('mirror naming', () => {
  it('names the file after the document title with the extension of its file', () => {
    expect(mirrorFileName('Verslag juni', 'verslag.DOCX')).toBe('Verslag juni.docx');
    expect(mirrorFileName('Planning.pdf', 'planning.pdf')).toBe('Planning.pdf');
    expect(mirrorFileName('Wat: "nu"?', 'a.txt')).toBe('Wat- -nu--.txt');
    expect(disambiguatedName('Notulen.txt', DOC)).toBe('Notulen (d0c00000).txt');
  });

  it('checks a subfolder path', () => {
    expect(checkSubfolder(' Verbinder / Engels ')).toEqual({ path: 'Verbinder/Engels' });
    expect(checkSubfolder('a/../b')).toHaveProperty('error');
    expect(checkSubfolder('a:b')).toHaveProperty('error');
  });
});

describe('SequentialReader', () => {
  it('reads ranges in order from a stream and reopens it to go back', async () => {
    const bytes = Buffer.from('0123456789abcdefghij');
    let opened = 0;
    const reader = new SequentialReader(async () => {
      opened += 1;
      return Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 13), bytes.subarray(13)]);
    });
    expect(Buffer.from(await reader.read(2, 6)).toString()).toBe('234567');
    expect(Buffer.from(await reader.read(8, 10)).toString()).toBe('89abcdefgh');
    expect(Buffer.from(await reader.read(0, 3)).toString()).toBe('012');
    expect(opened).toBe(2);
    await expect(reader.read(18, 5)).rejects.toThrow('stream ended');
    reader.close();
  });
});

describe('TeamsMirrorWorker and drift', () => {
  /** One open drift at most, as the real repository keeps it. */
  function memoryDrifts() {
    let open: TeamsDrift | null = null;
    const seen: DriftObservation[] = [];
    const repo: Partial<TeamsDriftRepository> = {
      openDrift: async () => open,
      recordDrift: async (o) => {
        seen.push(o);
        open = { ...o, id: 'drift1', linkId: 'l1', documentId: DOC, werkgroepId: 'w1', resolvedAt: null, resolution: null, resolvedById: null, importedVersion: null };
        return { drift: open, outcome: 'new' };
      },
      resolveDrift: async () => {
        const done = open;
        open = null;
        return done;
      },
    };
    return { repo: repo as TeamsDriftRepository, seen, open: () => open };
  }

  /** A document mirrored once (version 1) by a worker that records drift. */
  async function mirroredWithDrifts() {
    const drifts = memoryDrifts();
    const t = setup({ drifts: drifts.repo });
    t.put(1, Buffer.from('versie een'));
    await t.worker.documentChanged(t.job('created'));
    return { drifts, t, file: [...t.files.values()][0] };
  }

  it('turns an eTag mismatch into drift (who changed it), and leaves the Teams file alone while it is open', async () => {
    const { drifts, t, file } = await mirroredWithDrifts();
    file.content = Buffer.from('door een docent in Teams');
    file.eTag = '"by-person"';
    t.put(2, Buffer.from('versie twee'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect(drifts.seen.map((o) => [o.kind, o.teamsETag, o.modifiedBy])).toEqual([['CHANGED', '"by-person"', 'Mevr. Jansen']]);
    expect(t.item()).toMatchObject({ status: 'DRIFT', mirroredVersion: 1, nextAttemptAt: null });
    expect(t.item().lastError).toMatch(/^Gewijzigd in Teams door Mevr\. Jansen\. Verbinder overschrijft dat niet/);
    expect(t.changed).toContain(`document:${DOC}:teams-drift`);

    const uploads = t.calls.filter((c) => c === 'uploadSmall').length;
    t.put(3, Buffer.from('versie drie'));
    await t.worker.documentChanged(t.job('versioned', 3));
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(uploads);
    expect(file.content.toString()).toBe('door een docent in Teams');
    expect(t.jobs.filter((j) => j.kind === 'teams.mirror.retry')).toEqual([]);
  });

  it('records a file deleted in Teams as DELETED drift, and closes it when the document is deleted in Verbinder too', async () => {
    const { drifts, t, file } = await mirroredWithDrifts();
    t.files.delete(file.id);
    t.failures.push({ op: 'uploadSmall', error: new TeamsConflict('etag-mismatch', 412) });
    t.put(2, Buffer.from('versie twee'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect(drifts.seen.map((o) => o.kind)).toEqual(['DELETED']);
    expect(t.item().status).toBe('DRIFT');

    t.put(2, Buffer.from('versie twee'), { deleted: true });
    await t.worker.documentChanged(t.job('deleted', 2));
    expect(drifts.open()).toBeNull();
    expect(t.item().status).toBe('MIRRORED');
    expect(t.changed).toContain(`document:${DOC}:teams-drift-resolved`);
  });
});
