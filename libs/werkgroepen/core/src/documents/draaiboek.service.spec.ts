import type { Werkgroep } from '../werkgroepen.types';
import { MemoryDocumentsRepository } from '../testing/memory-documents';
import { actor, GROUP, rejection, uuid, werkgroepenWith } from '../testing/werkgroepen-fakes';
import { DRAAIBOEK_MAX_CHARS, DraaiboekService } from './draaiboek.service';
import { DIFF_MAX_LINES } from './draaiboek-diff';

const WRITER = uuid(1);
const writer = actor(WRITER, [['DOCENT']]);
const colleague = actor(uuid(2), [['DOCENT']]);
const regionReader = actor(uuid(3), [['DOCENT']]);

function draaiboek(group: Partial<Werkgroep> = {}) {
  const werkgroepen = werkgroepenWith({
    group,
    members: [
      [WRITER, 'LID'],
      [colleague.personId, 'LID'],
    ],
  });
  const repo = new MemoryDocumentsRepository();
  const service = new DraaiboekService(werkgroepen.service, repo, werkgroepen.kernel);
  return { service, repo, changes: werkgroepen.changes };
}

describe('DraaiboekService', () => {
  let services: DraaiboekService[] = [];
  const make = (...args: Parameters<typeof draaiboek>) => {
    const made = draaiboek(...args);
    services.push(made.service);
    return made;
  };
  afterEach(async () => {
    await Promise.all(services.map((s) => s.onModuleDestroy()));
    services = [];
  });

  it('starts empty at version 0 and saves each change as the next version', async () => {
    const { service, changes } = make();
    expect(await service.current(writer, GROUP)).toEqual({ werkgroepId: GROUP, version: 0, body: '', authorId: null, note: null, updatedAt: null });
    await service.save(writer, { werkgroepId: GROUP, body: '# Draaiboek\n', baseVersion: 0 });
    const second = await service.save(colleague, { werkgroepId: GROUP, body: '# Draaiboek\nStap 1\n', note: 'Eerste stap', baseVersion: 1 });
    expect(second).toMatchObject({ version: 2, authorId: colleague.personId, note: 'Eerste stap' });
    expect((await service.versions(writer, GROUP)).map((v) => v.version)).toEqual([2, 1]);
    expect((await service.version(writer, GROUP, 1)).body).toBe('# Draaiboek\n');
    expect((await rejection(service.version(writer, GROUP, 9))).code).toBe('NOT_FOUND');
    expect(changes()).toEqual(['draaiboek:saved', 'draaiboek:saved']);
  });

  it('refuses a save based on an older version (CONFLICT, nothing overwritten)', async () => {
    const { service, repo } = make();
    await service.save(writer, { werkgroepId: GROUP, body: 'A', baseVersion: 0 });
    const error = await rejection(service.save(colleague, { werkgroepId: GROUP, body: 'B', baseVersion: 0 }));
    expect(error).toMatchObject({ code: 'CONFLICT', details: { field: 'baseVersion' } });
    expect(error.message).toContain('versie 1');
    expect(repo.draaiboek.map((v) => v.body)).toEqual(['A']);
  });

  it('checks the size, the note and the base version', async () => {
    const { service } = make();
    const error = await rejection(service.save(writer, { werkgroepId: GROUP, body: 'x'.repeat(DRAAIBOEK_MAX_CHARS + 1), note: 'n'.repeat(501), baseVersion: -1 }));
    expect((error.details.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['body', 'note', 'baseVersion']);
  });

  it('diffs two versions (0 is the empty draaiboek) and refuses unknown versions and versions too long to compare', async () => {
    const { service, repo } = make();
    await service.save(writer, { werkgroepId: GROUP, body: 'een\ntwee\n', baseVersion: 0 });
    await service.save(writer, { werkgroepId: GROUP, body: 'een\ndrie\n', baseVersion: 1 });
    expect(await service.diff(writer, GROUP, 1, 2)).toEqual([
      { kind: 'SAME', text: 'een' },
      { kind: 'REMOVED', text: 'twee' },
      { kind: 'ADDED', text: 'drie' },
    ]);
    expect((await service.diff(writer, GROUP, 0, 1)).map((l) => l.kind)).toEqual(['ADDED', 'ADDED']);
    expect((await rejection(service.diff(writer, GROUP, 1, 7))).details.fields).toEqual([{ field: 'to', message: 'Versie 7 van het draaiboek bestaat niet.' }]);
    expect((await rejection(service.diff(writer, GROUP, 1.5, 2))).details.fields).toEqual([{ field: 'from', message: 'Versie 1.5 van het draaiboek bestaat niet.' }]);
    repo.draaiboek.push({ werkgroepId: GROUP, version: 3, body: 'r\n'.repeat(DIFF_MAX_LINES), authorId: WRITER, note: null, createdAt: new Date(0) });
    expect((await rejection(service.diff(writer, GROUP, 2, 3))).code).toBe('BAD_USER_INPUT');
  });

  it('lets readers of a REGION group read but not save, and refuses saves to an archived group', async () => {
    const open = make({ visibility: 'REGION' });
    expect((await open.service.current(regionReader, GROUP)).version).toBe(0);
    expect((await rejection(open.service.save(regionReader, { werkgroepId: GROUP, body: 'x', baseVersion: 0 }))).code).toBe('FORBIDDEN');
    const archived = make({ archivedAt: new Date('2026-11-01T00:00:00Z') });
    expect((await rejection(archived.service.save(writer, { werkgroepId: GROUP, body: 'x', baseVersion: 0 }))).code).toBe('CONFLICT');
  });
});
