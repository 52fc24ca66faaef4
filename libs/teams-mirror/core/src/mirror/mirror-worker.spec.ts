import { Readable } from 'node:stream';
import type { OutboxJob } from '@verbinder/shared/kernel';
import type { DocumentStore } from '@verbinder/shared/kernel';
import type { DocumentChangedJob, WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { DriftObservation, TeamsDrift, TeamsDriftRepository } from '../drift/drift.types';
import { TeamsAuthFailed, TeamsConflict, TeamsNotFound, TeamsNotProvisioned, TeamsThrottled, TeamsTransient } from '../teams-drive.errors';
import type { TeamsDriveItem, TeamsDrivePort, UploadRangeInput } from '../teams-drive.port';
import { quickXorHash } from '../quick-xor-hash';
import { TeamsRetryPolicy } from '../throttling/retry-policy';
import { checkSubfolder, disambiguatedName, mirrorFileName } from './mirror-naming';
import type { MirrorItemPatch, TeamsMirrorRepository } from './mirror-repository.port';
import { TeamsMirrorWorker } from './mirror-worker';
import type { MirrorEvent, MirrorItem, MirrorSourceDocument, TeamsLink, TeamsTenant } from './mirror.types';
import { SequentialReader } from './sequential-reader';

const NOW = new Date('2026-03-02T10:00:00Z');
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const DOC = 'd0c00000-0000-4000-8000-000000000001';

/** In-memory repository: one tenant, one link, documents by id. */
function memoryRepo(tenantConsent: TeamsTenant['consent'] = 'GRANTED') {
  const tenant: TeamsTenant = { id: 't1', regionId: 'r1', tenantId: TENANT, name: 'Vmbo De Brug', consent: tenantConsent, consentError: null, consentChangedAt: NOW, createdAt: NOW };
  const link: TeamsLink = {
    id: 'l1', werkgroepId: 'w1', regionId: 'r1', tenantRef: 't1', teamId: 'team', channelId: '19:c@thread.tacv2', subfolder: null,
    announcementWebhookUrl: null, driveId: null, folderId: null, createdById: null, createdAt: NOW, removedAt: null,
  };
  const items = new Map<string, MirrorItem>();
  const events: Array<Omit<MirrorEvent, 'id'>> = [];
  const docs = new Map<string, MirrorSourceDocument>();
  const repo: Partial<TeamsMirrorRepository> = {
    findTenant: async () => tenant,
    updateTenant: async (_id, patch) => Object.assign(tenant, patch),
    activeLinks: async () => [link],
    findLink: async () => link,
    setLinkFolder: async (_id, driveId, folderId) => void Object.assign(link, { driveId, folderId }),
    findItem: async (id) => ({ ...(items.get(id) as MirrorItem) }),
    ensureItem: async (linkId, documentId) => {
      const id = `${linkId}:${documentId}`;
      if (!items.has(id)) {
        items.set(id, {
          id, linkId, documentId, status: 'PENDING', driveItemId: null, eTag: null, mirroredVersion: null, mirroredName: null, mirroredParentId: null,
          removedAt: null, uploadUrl: null, uploadVersion: null, pendingName: null, pendingParentId: null, pendingSha256: null, attempts: 0, nextAttemptAt: null, lastError: null, leaseUntil: null, updatedAt: NOW,
        });
      }
      return { ...(items.get(id) as MirrorItem) };
    },
    updateItem: async (id, patch: MirrorItemPatch) => Object.assign(items.get(id) as MirrorItem, patch),
    claimItem: async (id, now) => {
      const item = items.get(id) as MirrorItem;
      if (item.leaseUntil && item.leaseUntil > now) return false;
      item.leaseUntil = new Date(now.getTime() + 60_000);
      return true;
    },
    driveItemHeldElsewhere: async (driveItemId, exceptItemId) => [...items.values()].some((i) => i.id !== exceptItemId && i.driveItemId === driveItemId && !i.removedAt),
    addEvent: async (event) => void events.push(event),
    sourceDocument: async (id) => docs.get(id) ?? null,
    liveDocumentIds: async () => [...docs.values()].filter((d) => !d.deleted).map((d) => d.documentId),
  };
  return { repo: repo as TeamsMirrorRepository, tenant, link, items, events, docs };
}

/** In-memory channel drive recording every call; `fail` makes the next calls of an operation throw. */
function memoryDrive() {
  const files = new Map<string, { id: string; name: string; parentId: string; content: Buffer; eTag: string; byPerson?: boolean }>();
  const calls: string[] = [];
  /** Operations whose next call succeeds in Teams but whose answer is lost on the way back. */
  const loseAnswer = new Set<string>();
  const failures: Array<{ op: string; error: Error }> = [];
  let seq = 0;
  let session: { name: string; parentId: string; received: Buffer[]; size: number } | null = null;
  const item = (f: { id: string; name: string; parentId: string; content: Buffer; eTag: string; byPerson?: boolean }): TeamsDriveItem => ({
    driveId: 'drive', id: f.id, name: f.name, eTag: f.eTag, cTag: null, parentId: f.parentId, size: f.content.length, isFolder: false, lastModifiedAt: null,
    lastModifiedBy: f.byPerson ? 'Docent' : 'Verbinder', lastModifiedByApp: !f.byPerson, quickXorHash: quickXorHash(f.content), webUrl: null,
  });
  const lost = <T>(op: string, result: T): T => {
    if (loseAnswer.delete(op)) throw new TeamsTransient('socket hang up');
    return result;
  };
  const maybeFail = (op: string) => {
    calls.push(op);
    const i = failures.findIndex((f) => f.op === op);
    if (i >= 0) throw failures.splice(i, 1)[0].error;
  };
  const put = (parentId: string, name: string, content: Buffer, conflict: string, ifMatch?: string) => {
    const existing = [...files.values()].find((f) => f.parentId === parentId && f.name === name);
    if (existing && conflict === 'fail') throw new TeamsConflict('name-exists', 409);
    if (existing && ifMatch && existing.eTag !== ifMatch) throw new TeamsConflict('etag-mismatch', 412);
    const f = existing ?? { id: `item${++seq}`, name, parentId, content, eTag: '' };
    f.content = content;
    f.eTag = `"e${++seq}"`;
    files.set(f.id, f);
    return item(f);
  };
  const drive: Partial<TeamsDrivePort> = {
    resolveChannelFolder: async () => {
      maybeFail('resolveChannelFolder');
      return { driveId: 'drive', folderId: 'root', name: 'Engels', webUrl: null };
    },
    ensureFolder: async (input) => {
      maybeFail('ensureFolder');
      return { ...item({ id: `folder:${input.path}`, name: input.path, parentId: input.parentId, content: Buffer.alloc(0), eTag: '"f"' }), isFolder: true };
    },
    uploadSmall: async (input) => {
      maybeFail('uploadSmall');
      return lost('uploadSmall', put(input.parentId, input.name, Buffer.from(input.content), input.conflict, input.ifMatch));
    },
    findByPath: async (input) => {
      maybeFail('findByPath');
      const f = [...files.values()].find((x) => x.parentId === input.parentId && x.name === input.path);
      return f ? item(f) : null;
    },
    createUploadSession: async (input) => {
      maybeFail('createUploadSession');
      session = { name: input.name, parentId: input.parentId, received: [], size: input.size };
      return { uploadUrl: 'https://upload/1', expiresAt: null, nextExpectedRanges: [{ start: 0, end: null }] };
    },
    getUploadSession: async () => {
      maybeFail('getUploadSession');
      const received = session ? Buffer.concat(session.received).length : 0;
      return { uploadUrl: 'https://upload/1', expiresAt: null, nextExpectedRanges: [{ start: received, end: null }] };
    },
    uploadRange: async (input: UploadRangeInput) => {
      maybeFail('uploadRange');
      if (!session) throw new Error('no session');
      session.received.push(Buffer.from(input.bytes));
      const received = Buffer.concat(session.received);
      if (received.length < input.totalSize) return { done: false, nextExpectedRanges: [{ start: received.length, end: null }], expiresAt: null };
      const done = put(session.parentId, session.name, received, 'replace');
      session = null;
      return { done: true, item: done };
    },
    updateItem: async (input) => {
      maybeFail('updateItem');
      const f = files.get(input.itemId);
      if (!f) throw new Error('gone');
      if (input.name) f.name = input.name;
      if (input.parentId) f.parentId = input.parentId;
      f.eTag = `"e${++seq}"`;
      return item(f);
    },
    deleteItem: async (input) => {
      maybeFail('deleteItem');
      files.delete(input.itemId);
    },
    cancelUploadSession: async () => void calls.push('cancelUploadSession'),
    getItem: async (input) => {
      maybeFail('getItem');
      const f = files.get(input.itemId);
      if (!f) throw new TeamsNotFound(404);
      return { ...item(f), lastModifiedBy: 'Mevr. Jansen' };
    },
  };
  return { drive: drive as TeamsDrivePort, files, calls, failures, loseAnswer, startSession: (s: typeof session) => (session = s) };
}

function setup(options: { consent?: TeamsTenant['consent']; maxAttempts?: number; drifts?: TeamsDriftRepository } = {}) {
  const mem = memoryRepo(options.consent);
  const drv = memoryDrive();
  const blobs = new Map<string, Buffer>();
  const store = { open: async (sha: string) => Readable.from([blobs.get(sha) as Buffer]) } as unknown as DocumentStore;
  const jobs: OutboxJob[] = [];
  const changed: string[] = [];
  const werkgroepen = { changed: (_w: unknown, kind: string, id: string, action: string) => changed.push(`${kind}:${id}:${action}`) } as unknown as WerkgroepenService;
  const worker = new TeamsMirrorWorker(
    mem.repo,
    { configured: true, maxAttempts: options.maxAttempts ?? 3, leaseMs: 60_000 },
    drv.drive,
    new TeamsRetryPolicy({}, () => 0.5),
    store,
    {
      enqueue: async (job) => {
        jobs.push(job);
        return true;
      },
    },
    { now: () => NOW },
    werkgroepen,
    options.drifts ?? null,
  );
  const put = (version: number, content: Buffer, extra: Partial<MirrorSourceDocument> = {}) => {
    const sha = `sha-${version}-${content.length}`;
    blobs.set(sha, content);
    mem.docs.set(DOC, { documentId: DOC, werkgroepId: 'w1', title: 'Notulen', deleted: false, version, fileName: 'notulen.txt', sha256: sha, size: content.length, folderPath: [], ...(mem.docs.get(DOC) ? pick(mem.docs.get(DOC) as MirrorSourceDocument) : {}), ...extra });
  };
  const job = (action: DocumentChangedJob['action'], version = 1): DocumentChangedJob => ({ werkgroepId: 'w1', documentId: DOC, version, action, sha256: '', fileName: 'notulen.txt', folderPath: [] });
  const item = () => mem.items.get(`l1:${DOC}`) as MirrorItem;
  return { ...mem, ...drv, worker, jobs, changed, put, job, item };
}

const pick = (d: MirrorSourceDocument) => ({ title: d.title, folderPath: d.folderPath, deleted: d.deleted });

describe('TeamsMirrorWorker', () => {
  it('uploads once and does nothing for a job of a version that is already mirrored', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    await t.worker.documentChanged(t.job('created'));
    await t.worker.documentChanged(t.job('created'));
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(1);
    expect([...t.files.values()].map((f) => f.name)).toEqual(['Notulen.txt']);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 1, mirroredName: 'Notulen.txt', leaseUntil: null });
    expect(t.events.map((e) => e.outcome)).toEqual(['QUEUED', 'MIRRORED', 'QUEUED', 'UNCHANGED']);
    expect(t.changed).toContain(`document:${DOC}:mirrored`);
  });

  it('replaces its own file for a new version (If-Match), renames, moves and deletes it', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    await t.worker.documentChanged(t.job('created'));
    t.put(2, Buffer.from('twee!'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => f.content.toString())).toEqual(['twee!']);
    t.put(2, Buffer.from('twee!'), { title: 'Notulen definitief', folderPath: ['Verslagen'] });
    await t.worker.documentChanged(t.job('moved', 2));
    expect([...t.files.values()].map((f) => [f.parentId, f.name])).toEqual([['folder:Verslagen', 'Notulen definitief.txt']]);
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(2);
    t.put(2, Buffer.from('twee!'), { deleted: true });
    await t.worker.documentChanged(t.job('deleted', 2));
    await t.worker.documentChanged(t.job('deleted', 2));
    expect(t.files.size).toBe(0);
    expect(t.calls.filter((c) => c === 'deleteItem')).toHaveLength(1);
  });

  it('fans a new link out into one job per existing document (history action "linked")', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    await t.worker.linkSync({ linkId: 'l1' });
    expect(t.calls).toEqual([]);
    expect(t.jobs).toEqual([{ kind: 'teams.mirror.retry', payload: { itemId: t.item().id, action: 'linked' }, key: `teams-link-item:${t.item().id}` }]);
    await t.worker.retry(t.jobs[0].payload as { itemId: string; action: string });
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 1 });
    expect(t.events.map((e) => [e.action, e.outcome])).toEqual([['linked', 'MIRRORED']]);
  });

  it('adopts the file a lost answer left behind instead of uploading a second copy', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', driveItemId: null, pendingName: 'Notulen.txt', pendingParentId: 'root' });
    expect(t.files.size).toBe(1);

    await t.worker.retry({ itemId: t.item().id });
    expect([...t.files.values()].map((f) => f.name)).toEqual(['Notulen.txt']);
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(1);
    expect(t.calls).toContain('findByPath');
    expect(t.item()).toMatchObject({ status: 'MIRRORED', driveItemId: [...t.files.keys()][0], mirroredVersion: 1, mirroredName: 'Notulen.txt', pendingName: null, pendingSha256: null });
    expect(t.events.at(-1)?.message).toContain('teruggevonden');

    // Later versions replace that same file.
    t.put(2, Buffer.from('versie twee'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => f.content.toString())).toEqual(['versie twee']);
  });

  it('adopts a lost first upload of an older version and then uploads the current one into it', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    t.put(2, Buffer.from('versie twee, langer'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => [f.name, f.content.toString()])).toEqual([['Notulen.txt', 'versie twee, langer']]);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 2 });
  });

  it('does not adopt a file at the pending path that a person changed, nor one another item holds', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    const [file] = t.files.values();
    file.byPerson = true; // a teacher saved over it in Teams before the retry
    await t.worker.retry({ itemId: t.item().id });
    expect([...t.files.values()].map((f) => f.name).sort()).toEqual(['Notulen (d0c00000).txt', 'Notulen.txt']);
    expect(t.item().mirroredName).toBe('Notulen (d0c00000).txt');

    const u = setup();
    u.put(1, Buffer.from('versie een'));
    u.loseAnswer.add('uploadSmall');
    await u.worker.documentChanged(u.job('created'));
    const [other] = u.files.keys();
    u.items.set('other', { ...u.item(), id: 'other', documentId: 'elders', driveItemId: other, pendingName: null, pendingParentId: null, pendingSha256: null });
    await u.worker.retry({ itemId: u.item().id });
    expect(u.item()).toMatchObject({ status: 'MIRRORED', mirroredName: 'Notulen (d0c00000).txt' });
    expect(u.files.size).toBe(2);
  });

  it('never overwrites someone else’s file with the same name: ours gets the document’s short id', async () => {
    const t = setup();
    t.files.set('other', { id: 'other', name: 'Notulen.txt', parentId: 'root', content: Buffer.from('van iemand anders'), eTag: '"x"' });
    t.put(1, Buffer.from('van ons'));
    await t.worker.documentChanged(t.job('created'));
    expect([...t.files.values()].map((f) => [f.name, f.content.toString()]).sort()).toEqual([
      [disambiguatedName('Notulen.txt', DOC), 'van ons'],
      ['Notulen.txt', 'van iemand anders'],
    ]);
  });

  it('resumes a stored upload session of a large file from nextExpectedRanges', async () => {
    const t = setup();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1234, 7);
    t.put(1, big);
    await t.worker.documentChanged(t.job('created'));
    expect(t.item().status).toBe('MIRRORED');
    // A second version, interrupted after its first range (a crash): the session URL is stored.
    const next = Buffer.alloc(6 * 1024 * 1024, 9);
    t.put(2, next);
    t.failures.push({ op: 'uploadRange', error: new Error('ECONNRESET') }, { op: 'uploadRange', error: new Error('ECONNRESET') });
    t.calls.length = 0;
    // The first range goes out, then the connection drops twice (the second attempt is not retried inline by this bare port).
    const firstRangeOnly = t.drive.uploadRange;
    let ranges = 0;
    t.drive.uploadRange = async (input) => {
      ranges += 1;
      if (ranges === 1) {
        t.failures.length = 0;
        const r = await firstRangeOnly(input);
        t.failures.push({ op: 'uploadRange', error: new Error('ECONNRESET') });
        return r;
      }
      return firstRangeOnly(input);
    };
    await t.worker.documentChanged(t.job('versioned', 2));
    expect(t.item()).toMatchObject({ status: 'RETRYING', uploadUrl: 'https://upload/1', uploadVersion: 2, mirroredVersion: 1 });
    t.calls.length = 0;
    await t.worker.retry({ itemId: t.item().id });
    expect(t.calls).toEqual(['getUploadSession', 'uploadRange']);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 2, uploadUrl: null });
    expect([...t.files.values()].map((f) => f.content.equals(next))).toEqual([true]);
  });

  it('reschedules after Retry-After when throttled, without counting it as a failed attempt', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'uploadSmall', error: new TeamsThrottled(300_000, 429) });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', attempts: 0 });
    expect(t.item().nextAttemptAt!.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(300_000);
    expect(t.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry', runAfter: t.item().nextAttemptAt })]);
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item().status).toBe('MIRRORED');
    expect(t.files.size).toBe(1);
  });

  it('waits for Teams while the channel is not provisioned, with the fix', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'resolveChannelFolder', error: new TeamsNotProvisioned() });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'WAITING', lastError: expect.stringContaining('Open het tabblad Bestanden van dit kanaal één keer in Teams') });
    expect(t.jobs).toHaveLength(1);
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item().status).toBe('MIRRORED');
  });

  it('stops on revoked consent: the tenant is REVOKED, nothing is retried, and later jobs make no calls', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'resolveChannelFolder', error: new TeamsAuthFailed('consent-revoked', 400, 'AADSTS65001') });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'FAILED', nextAttemptAt: null, lastError: expect.stringContaining('opnieuw toestemming') });
    expect(t.tenant).toMatchObject({ consent: 'REVOKED', consentError: expect.stringContaining('AADSTS65001') });
    expect(t.jobs).toEqual([]);
    t.calls.length = 0;
    await t.worker.documentChanged(t.job('versioned', 1));
    expect(t.calls).toEqual([]);
    expect(t.item().status).toBe('FAILED');
  });

  it('retries other failures with back-off and fails with the reason after the last attempt', async () => {
    const t = setup({ maxAttempts: 2 });
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'uploadSmall', error: new TeamsTransient('verbinding verbroken') }, { op: 'uploadSmall', error: new TeamsTransient('verbinding verbroken') });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', attempts: 1 });
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item()).toMatchObject({ status: 'FAILED', attempts: 2, lastError: expect.stringContaining('na 2 pogingen') });
    expect(t.jobs).toHaveLength(1);
  });

  it('leaves an item another worker holds alone and looks again later', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    await t.repo.ensureItem('l1', DOC);
    t.item().leaseUntil = new Date(NOW.getTime() + 30_000);
    await t.worker.documentChanged(t.job('created'));
    expect(t.calls).toEqual([]);
    expect(t.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry' })]);
  });
});

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

  it('turns an eTag mismatch into drift (who changed it), and leaves the Teams file alone while it is open', async () => {
    const drifts = memoryDrifts();
    const t = setup({ drifts: drifts.repo });
    t.put(1, Buffer.from('versie een'));
    await t.worker.documentChanged(t.job('created'));
    const file = [...t.files.values()][0];
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
    const drifts = memoryDrifts();
    const t = setup({ drifts: drifts.repo });
    t.put(1, Buffer.from('versie een'));
    await t.worker.documentChanged(t.job('created'));
    const file = [...t.files.values()][0];
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
