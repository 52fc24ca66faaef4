// In-memory fakes of the mirror worker's ports for its unit specs (no database, no network).
import { Readable } from 'node:stream';
import type { OutboxJob } from '@verbinder/shared/kernel';
import type { DocumentStore } from '@verbinder/shared/kernel';
import type { DocumentChangedJob, WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { TeamsDriftRepository } from '../drift/drift.types';
import { TeamsConflict, TeamsNotFound, TeamsTransient } from '../teams-drive.errors';
import type { TeamsDriveItem, TeamsDrivePort, UploadRangeInput } from '../teams-drive.port';
import { quickXorHash } from '../quick-xor-hash';
import { TeamsRetryPolicy } from '../throttling/retry-policy';
import type { MirrorItemPatch, TeamsMirrorRepository } from './mirror-repository.port';
import { mirrorItem, mirrorPorts, teamsLink } from '../testing/mirror-rows';
import { TeamsMirrorWorker } from './mirror-worker';
import type { MirrorEvent, MirrorItem, MirrorSourceDocument, TeamsTenant } from './mirror.types';

export const NOW = new Date('2026-03-02T10:00:00Z');
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const DOC = 'd0c00000-0000-4000-8000-000000000001';

/** In-memory repository: one tenant, one link, documents by id. */
export function memoryRepo(tenantConsent: TeamsTenant['consent'] = 'GRANTED') {
  const tenant: TeamsTenant = { id: 't1', regionId: 'r1', tenantId: TENANT, name: 'Vmbo De Brug', consent: tenantConsent, consentError: null, consentChangedAt: NOW, createdAt: NOW };
  const link = teamsLink({ channelId: '19:c@thread.tacv2' });
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
        items.set(id, mirrorItem({ id, linkId, documentId }));
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
export function memoryDrive() {
  const files = new Map<string, { id: string; name: string; parentId: string; content: Buffer; eTag: string; byPerson?: boolean }>();
  const calls: string[] = [];
  /** Operations whose next call succeeds in Teams but whose answer is lost on the way back. */
  const loseAnswer = new Set<string>();
  const failures: Array<{ op: string; error: Error }> = [];
  let seq = 0;
  let session: { name: string; parentId: string; received: Buffer[]; size: number } | null = null;
  const item = (f: { id: string; name: string; parentId: string; content: Buffer; eTag: string; byPerson?: boolean }): TeamsDriveItem => ({
    driveId: 'drive',
    id: f.id,
    name: f.name,
    eTag: f.eTag,
    cTag: null,
    parentId: f.parentId,
    size: f.content.length,
    isFolder: false,
    lastModifiedAt: null,
    lastModifiedBy: f.byPerson ? 'Docent' : 'Verbinder',
    lastModifiedByApp: !f.byPerson,
    quickXorHash: quickXorHash(f.content),
    webUrl: null,
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

export function setup(options: { consent?: TeamsTenant['consent']; maxAttempts?: number; drifts?: TeamsDriftRepository } = {}) {
  const mem = memoryRepo(options.consent);
  const drv = memoryDrive();
  const blobs = new Map<string, Buffer>();
  const store = { open: async (sha: string) => Readable.from([blobs.get(sha) as Buffer]) } as unknown as DocumentStore;
  const jobs: OutboxJob[] = [];
  const changed: string[] = [];
  const werkgroepen = { changed: (_w: unknown, kind: string, id: string, action: string) => changed.push(`${kind}:${id}:${action}`) } as unknown as WerkgroepenService;
  const worker = new TeamsMirrorWorker(
    mirrorPorts({
      repo: mem.repo,
      settings: { configured: true, maxAttempts: options.maxAttempts ?? 3, leaseMs: 60_000 },
      drive: drv.drive,
      outbox: {
        enqueue: async (job) => {
          jobs.push(job);
          return true;
        },
      },
      clock: { now: () => NOW },
    }),
    new TeamsRetryPolicy({}, () => 0.5),
    store,
    werkgroepen,
    options.drifts ?? null,
  );
  const put = (version: number, content: Buffer, extra: Partial<MirrorSourceDocument> = {}) => {
    const sha = `sha-${version}-${content.length}`;
    blobs.set(sha, content);
    mem.docs.set(DOC, {
      documentId: DOC,
      werkgroepId: 'w1',
      title: 'Notulen',
      deleted: false,
      version,
      fileName: 'notulen.txt',
      sha256: sha,
      size: content.length,
      folderPath: [],
      ...(mem.docs.get(DOC) ? pick(mem.docs.get(DOC) as MirrorSourceDocument) : {}),
      ...extra,
    });
  };
  const job = (action: DocumentChangedJob['action'], version = 1): DocumentChangedJob => ({ werkgroepId: 'w1', documentId: DOC, version, action, sha256: '', fileName: 'notulen.txt', folderPath: [] });
  const item = () => mem.items.get(`l1:${DOC}`) as MirrorItem;
  return { ...mem, ...drv, worker, jobs, changed, put, job, item };
}

export const pick = (d: MirrorSourceDocument) => ({ title: d.title, folderPath: d.folderPath, deleted: d.deleted });
