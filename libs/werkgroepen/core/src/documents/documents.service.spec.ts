import type { Werkgroep } from '../werkgroepen.types';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type DocumentStore, KernelPorts, type Outbox, type OutboxJob, type StagedFile } from '@verbinder/shared/kernel';
import { MemoryDocumentsRepository } from '../testing/memory-documents';
import { actor, GROUP, MISSING, rejection, uuid, werkgroepenWith } from '../testing/werkgroepen-fakes';
import { WerkgroepDocumentsService } from './documents.service';
import { DOCUMENT_CHANGED_JOB, DOCUMENT_FOLDER_CHANGED_JOB, DocumentChangedJob, TeamsLinkLookup } from './ports';

const MEMBER = uuid(1);
const member = actor(MEMBER, [['DOCENT']]);
const regionReader = actor(uuid(2), [['DOCENT']]);
const outsider = actor(uuid(3), [['DOCENT']]);

/** A store that keeps staged bytes in memory and records what was committed and discarded. */
class MemoryStore implements DocumentStore {
  readonly committed = new Map<string, Buffer>();
  discarded = 0;
  async stage(source: Readable, options: { maxBytes: number; headBytes: number }): Promise<StagedFile> {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      sha256,
      size: Math.min(bytes.length, options.maxBytes + 1),
      tooLarge: bytes.length > options.maxBytes,
      head: bytes.subarray(0, options.headBytes),
      tail: bytes.subarray(-65536),
      commit: async () => void this.committed.set(sha256, bytes),
      discard: async () => void this.discarded++,
    };
  }
  async put(): Promise<{ sha256: string; size: number }> {
    throw new Error('not used');
  }
  async open(sha256: string) {
    return Readable.from([this.committed.get(sha256) as Buffer]);
  }
  async exists(sha256: string) {
    return this.committed.has(sha256);
  }
  async deleteUnreferenced() {
    return 0;
  }
}

function library(options: { linked?: boolean; group?: Partial<Werkgroep> } = {}) {
  const werkgroepen = werkgroepenWith({ group: options.group, members: [[MEMBER, 'LID']] });
  const repo = new MemoryDocumentsRepository();
  const store = new MemoryStore();
  const jobs: OutboxJob[] = [];
  const outbox: Outbox = { enqueue: async (job) => Boolean(jobs.push(job)) };
  const announced: DocumentChangedJob[] = [];
  const teams: TeamsLinkLookup = { hasLinks: async () => options.linked ?? false, documentQueued: async (job) => void announced.push(job) };
  const service = new WerkgroepDocumentsService(werkgroepen.service, repo, store, { maxBytes: 1024 }, teams, new KernelPorts(werkgroepen.uow, werkgroepen.events.asPort(), outbox, werkgroepen.clock));
  const upload = (content: string | Buffer, name = 'notities.txt') => service.receive(Readable.from([Buffer.from(content)]), name);
  return { service, repo, store, jobs, announced, upload, clock: werkgroepen.clock, changes: werkgroepen.changes };
}

describe('WerkgroepDocumentsService', () => {
  it('stores an upload only after every check, with its text for search, and announces it', async () => {
    const { service, store, upload, changes } = library();
    const file = await upload('Verslag van de werkgroep\n', 'verslag.md');
    expect(store.committed.size).toBe(0);
    const document = await service.create(member, GROUP, { description: 'Oktober' }, file);
    expect(document).toMatchObject({ title: 'verslag', description: 'Oktober', currentVersion: 1, createdById: MEMBER });
    expect(store.committed.size).toBe(1);
    expect((await service.search(member, GROUP, 'werkgroep')).map((h) => h.document.id)).toEqual([document.id]);
    const { version, open } = await service.download(member, document.id, 1);
    expect(version).toMatchObject({ fileName: 'verslag.md', authorId: MEMBER });
    expect((await open()).read().toString()).toBe('Verslag van de werkgroep\n');
    expect(changes()).toEqual(['document:created']);
  });

  it('refuses unsafe names, empty and too large files and executables, keeping nothing', async () => {
    const { upload, store } = library();
    expect((await rejection(upload('x', '../../etc/passwd'))).details).toMatchObject({ rule: 'FILE_NAME_REFUSED' });
    expect((await rejection(upload('', 'leeg.txt'))).details).toMatchObject({ rule: 'FILE_EMPTY' });
    expect((await rejection(upload('x'.repeat(1025), 'groot.txt'))).details).toMatchObject({ rule: 'FILE_TOO_LARGE' });
    expect((await rejection(upload(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'rapport.pdf'))).details).toMatchObject({ rule: 'FILE_TYPE_REFUSED' });
    expect(store.committed.size).toBe(0);
    expect(store.discarded).toBe(3);
  });

  it('checks rights and input before storing: a reader of a REGION group cannot upload; a missing file or folder is refused', async () => {
    const { service, upload, store } = library({ group: { visibility: 'REGION' } });
    expect((await rejection(service.create(regionReader, GROUP, {}, await upload('x')))).code).toBe('FORBIDDEN');
    expect((await rejection(service.create(member, GROUP, {}, null))).details).toMatchObject({ rule: 'FILE_MISSING' });
    expect((await rejection(service.create(member, GROUP, { folderId: MISSING }, await upload('x')))).details.fields).toEqual([
      { field: 'folderId', message: 'Deze map bestaat niet in deze werkgroep.' },
    ]);
    expect(store.committed.size).toBe(0);
  });

  it('answers NOT_FOUND for documents of a group one may not read, as for unknown ids', async () => {
    const { service, upload } = library();
    const document = await service.create(member, GROUP, { title: 'Intern' }, await upload('geheim'));
    expect((await rejection(service.get(outsider, document.id))).code).toBe('NOT_FOUND');
    expect((await rejection(service.download(member, document.id, 2))).code).toBe('NOT_FOUND');
    expect((await rejection(service.get(member, 'x'))).code).toBe('NOT_FOUND');
  });

  it('adds versions, renames, moves and deletes (softly)', async () => {
    const { service, repo, upload, changes, clock } = library();
    const document = await service.create(member, GROUP, { title: 'Plan' }, await upload('v1'));
    expect((await service.addVersion(member, document.id, { note: 'Herzien' }, await upload('v2'))).currentVersion).toBe(2);
    const folder = await service.createFolder(member, { werkgroepId: GROUP, name: 'Vergaderstukken' });
    await service.move(member, document.id, folder.id);
    expect((await service.list(member, GROUP, folder.id)).map((d) => d.title)).toEqual(['Plan']);
    await service.update(member, document.id, { title: 'Plan 2027' });
    expect(await service.delete(member, document.id)).toBe(true);
    expect(repo.documents[0].deletedAt).toEqual(clock.now());
    expect((await rejection(service.get(member, document.id))).code).toBe('NOT_FOUND');
    expect(changes()).toEqual(['document:created', 'document:versioned', 'folder:created', 'document:moved', 'document:renamed', 'document:deleted']);
  });

  it('keeps folder names unique per parent, refuses slashes and deleting a folder that is not empty', async () => {
    const { service, upload } = library();
    const folder = await service.createFolder(member, { werkgroepId: GROUP, name: 'Stukken' });
    expect(await rejection(service.createFolder(member, { werkgroepId: GROUP, name: 'stukken' }))).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    expect((await rejection(service.createFolder(member, { werkgroepId: GROUP, name: 'a/b' }))).code).toBe('BAD_USER_INPUT');
    await service.create(member, GROUP, { folderId: folder.id }, await upload('inhoud'));
    expect((await rejection(service.deleteFolder(member, folder.id))).code).toBe('CONFLICT');
  });

  it('queues Teams mirror jobs with the folder path only when the group is linked', async () => {
    const unlinked = library();
    await unlinked.service.create(member, GROUP, {}, await unlinked.upload('x'));
    expect(unlinked.jobs).toEqual([]);

    const { service, jobs, announced, upload } = library({ linked: true });
    const parent = await service.createFolder(member, { werkgroepId: GROUP, name: 'Vergaderstukken' });
    const child = await service.createFolder(member, { werkgroepId: GROUP, parentId: parent.id, name: '2026' });
    const document = await service.create(member, GROUP, { folderId: child.id }, await upload('agenda', 'agenda.txt'));
    expect(jobs[0]).toMatchObject({ kind: DOCUMENT_CHANGED_JOB, payload: { documentId: document.id, version: 1, action: 'created', fileName: 'agenda.txt', folderPath: ['Vergaderstukken', '2026'] } });
    expect(announced).toHaveLength(1);
    await service.renameFolder(member, parent.id, 'Stukken');
    expect(jobs[1]).toMatchObject({ kind: DOCUMENT_FOLDER_CHANGED_JOB, payload: { folderId: parent.id, action: 'renamed', fromPath: ['Vergaderstukken'], toPath: ['Stukken'] } });
    await service.renameFolder(member, parent.id, 'Stukken');
    expect(jobs).toHaveLength(2);
  });
});
