// The werkgroep document library and draaiboek end to end against the built API: uploads over
// real HTTP multipart (streamed, type from content, limits, unsafe names refused with nothing
// stored), versions with authors and notes, download with authorization and ETag, folders,
// Dutch full-text search with stemming, live changes over socket.io, no Teams mirror job
// without a Teams link, and the draaiboek's versions, diff and conflict on a stale base.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { Database } from '@verbinder/platform/db';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { storedFiles } from '../support/files';
import { connectSocket, nextEvent } from '../support/realtime-clients';
import { WerkgroepIds, werkgroepIds } from '../support/werkgroepen-fixtures';

const MAX_BYTES = 64 * 1024;

interface Version {
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  note: string | null;
  author: { name: string } | null;
  downloadUrl: string;
}
interface Doc {
  id: string;
  title: string;
  folderId: string | null;
  currentVersion: number;
  versions: Version[];
}

const DOC_FIELDS = 'id title folderId currentVersion versions { version fileName contentType size sha256 note author { name } downloadUrl }';

describe('werkgroep documents and draaiboek', () => {
  let api: ApiHandle;
  let dataDir: string;
  let ids: WerkgroepIds & { regionId: string };
  let docent: GraphqlHttpClient;
  let verbinder: GraphqlHttpClient;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-docs-'));
    api = await startApi({ dataDir, env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
    const beheerder = await signedIn(api.url, 'beheerder');
    docent = await signedIn(api.url, 'docent');
    verbinder = await signedIn(api.url, 'verbinder');
    const demo = await demoIds(beheerder);
    ids = { regionId: demo.regionId, ...(await werkgroepIds(beheerder, demo.regionId)) };
  }, 90_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function upload(client: GraphqlHttpClient | null, path: string, file: { name: string; bytes: Buffer | string; type?: string } | null, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([typeof file.bytes === 'string' ? Buffer.from(file.bytes) : file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
    const headers: Record<string, string> = {};
    if (client) headers['cookie'] = client.cookieHeader();
    const response = await fetch(`${api.url}${path}`, { method: 'POST', body: form, headers });
    return {
      status: response.status,
      body: (await response.json()) as { document?: { id: string; currentVersion: number }; code?: string; message?: string; fields?: Array<{ field: string; message: string }> },
    };
  }

  const allDocuments = async (client: GraphqlHttpClient, werkgroepId: string) => {
    const { documentFolders } = await client.request<{ documentFolders: Array<{ id: string; name: string }> }>('query($w: ID!) { documentFolders(werkgroepId: $w) { id name } }', { w: werkgroepId });
    const docs: Doc[] = [];
    for (const folderId of [null, ...documentFolders.map((f) => f.id)]) {
      const { werkgroepDocuments } = await client.request<{ werkgroepDocuments: Doc[] }>(`query($w: ID!, $f: ID) { werkgroepDocuments(werkgroepId: $w, folderId: $f) { ${DOC_FIELDS} } }`, {
        w: werkgroepId,
        f: folderId,
      });
      docs.push(...werkgroepDocuments);
    }
    return { folders: documentFolders, docs, versions: docs.reduce((n, d) => n + d.versions.length, 0) };
  };

  it('has the demo documents with folders and versions with authors and notes', async () => {
    const { folders, docs } = await allDocuments(docent, ids.engelsWerkgroepId);
    expect(folders.map((f) => f.name)).toEqual(['PTA en OER', 'Vergaderstukken']);
    const overdracht = docs.find((d) => d.title === 'Overdrachtsformulier vmbo-mbo');
    expect(overdracht?.currentVersion).toBe(2);
    expect(overdracht?.versions.map((v) => [v.version, v.author?.name, v.note])).toEqual([
      [2, 'Femke Mulder', 'Kolom "advies mbo" toegevoegd na de bijeenkomst bij Landstede.'],
      [1, 'Lotte Visser', 'Eerste opzet.'],
    ]);
    expect(overdracht?.versions[0].contentType).toBe('text/csv; charset=utf-8');
    expect(docs.find((d) => d.title === 'Agenda bijeenkomst vakgroep Engels')?.versions[0].contentType).toBe('application/pdf');
    // The verbinder manages the group but may not read its documents; the techniek group has its own.
    const refused = await verbinder.query('query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { id } }', { w: ids.engelsWerkgroepId });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await allDocuments(verbinder, ids.techniekWerkgroepId)).docs.map((d) => d.title)).toEqual(['Keuzevakken PIE en BWI naast de mbo-opleidingen']);
  });

  let uploadedId: string;

  it('uploads a document and a new version over multipart, live for the group, and finds it with Dutch stemming', async () => {
    const socket = await connectSocket(api.url, docent.cookieHeader());
    sockets.push(socket);
    expect(await socket.emitWithAck('werkgroep:watch', ids.engelsWerkgroepId)).toEqual({ ok: true });
    const live = nextEvent<{ werkgroepId: string; kind: string; entityId: string; action: string }>(socket, 'werkgroep:changed', 10_000, (c) => c.kind === 'document');

    const created = await upload(
      docent,
      `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`,
      { name: 'notulen.txt', bytes: 'Notulen van de vergaderingen over het PTA.\nWe spraken over leesvaardigheid.\n', type: 'application/pdf' },
      {
        title: 'Notulen september',
        description: 'Verslag van de vakgroep',
        note: 'Eerste versie',
      },
    );
    expect(created.status).toBe(201);
    uploadedId = created.body.document!.id;
    expect(await live).toMatchObject({ werkgroepId: ids.engelsWerkgroepId, kind: 'document', entityId: uploadedId, action: 'created' });

    const versioned = await upload(
      docent,
      `/bestanden/documenten/${uploadedId}/versies`,
      { name: 'notulen-v2.md', bytes: '# Notulen\n\nDe vergaderingen gaan voortaan over het OER.\n' },
      { note: 'Aangevuld met het OER' },
    );
    expect(versioned.status).toBe(201);
    expect(versioned.body.document?.currentVersion).toBe(2);

    const { werkgroepDocument } = await docent.request<{ werkgroepDocument: Doc & { latest: Version; createdBy: { name: string } } }>(
      `query($id: ID!) { werkgroepDocument(id: $id) { ${DOC_FIELDS} latest { version fileName } createdBy { name } } }`,
      { id: uploadedId },
    );
    expect(werkgroepDocument.latest).toEqual({ version: 2, fileName: 'notulen-v2.md' });
    expect(werkgroepDocument.createdBy.name).toBe('Youssef El Amrani');
    expect(werkgroepDocument.versions.map((v) => [v.version, v.fileName, v.contentType, v.note, v.author?.name])).toEqual([
      [2, 'notulen-v2.md', 'text/markdown; charset=utf-8', 'Aangevuld met het OER', 'Youssef El Amrani'],
      [1, 'notulen.txt', 'text/plain; charset=utf-8', 'Eerste versie', 'Youssef El Amrani'],
    ]);

    // "vergadering" finds "vergaderingen" (Dutch stemming), in the text of the current version.
    const { searchWerkgroepDocuments } = await docent.request<{ searchWerkgroepDocuments: Array<{ document: { id: string; title: string }; snippet: string }> }>(
      'query($w: ID!, $q: String!) { searchWerkgroepDocuments(werkgroepId: $w, query: $q) { document { id title } snippet } }',
      { w: ids.engelsWerkgroepId, q: 'vergadering OER' },
    );
    expect(searchWerkgroepDocuments[0].document).toEqual({ id: uploadedId, title: 'Notulen september' });
    expect(searchWerkgroepDocuments[0].snippet).toContain('vergaderingen gaan voortaan over het OER');
    // Plain text: no ts_headline markers (control characters) and no HTML.
    expect([...searchWerkgroepDocuments[0].snippet].some((c) => c.charCodeAt(0) < 0x20 || c === '<' || c === '>')).toBe(false);
    // Titles and descriptions are searched too; a member of another group finds nothing here.
    const byTitle = await docent.request<{ searchWerkgroepDocuments: Array<{ document: { title: string } }> }>(
      'query($w: ID!) { searchWerkgroepDocuments(werkgroepId: $w, query: "overdrachtsformulieren") { document { title } } }',
      { w: ids.engelsWerkgroepId },
    );
    expect(byTitle.searchWerkgroepDocuments.map((h) => h.document.title)).toEqual(['Overdrachtsformulier vmbo-mbo']);
    const outsider = await verbinder.query('query($w: ID!) { searchWerkgroepDocuments(werkgroepId: $w, query: "vergadering") { snippet } }', { w: ids.engelsWerkgroepId });
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  }, 30_000);

  it('downloads with authorization, a safe attachment name, nosniff and an ETag', async () => {
    const { werkgroepDocument } = await docent.request<{ werkgroepDocument: Doc }>(`query($id: ID!) { werkgroepDocument(id: $id) { ${DOC_FIELDS} } }`, { id: uploadedId });
    const v1 = werkgroepDocument.versions[1];
    const response = await fetch(`${api.url}${v1.downloadUrl}`, { headers: { cookie: docent.cookieHeader() } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Notulen van de vergaderingen over het PTA.\nWe spraken over leesvaardigheid.\n');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="notulen.txt"; filename*=UTF-8''notulen.txt`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(response.headers.get('etag')).toBe(`"${v1.sha256}"`);
    const again = await fetch(`${api.url}${v1.downloadUrl}`, { headers: { cookie: docent.cookieHeader(), 'if-none-match': `"${v1.sha256}"` } });
    expect(again.status).toBe(304);

    // Not a member: the same 404 as an unknown document; no session: 401.
    const outsider = await fetch(`${api.url}${v1.downloadUrl}`, { headers: { cookie: verbinder.cookieHeader() } });
    const unknown = await fetch(`${api.url}/bestanden/documenten/00000000-0000-4000-8000-00000000000d/versies/1`, { headers: { cookie: docent.cookieHeader() } });
    expect(outsider.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await outsider.json()).toEqual(await unknown.json());
    expect((await fetch(`${api.url}${v1.downloadUrl}`)).status).toBe(401);
    expect((await fetch(`${api.url}/bestanden/documenten/${uploadedId}/versies/9`, { headers: { cookie: docent.cookieHeader() } })).status).toBe(404);
    // Uploading needs a member: the verbinder gets 403, nobody signed in 401.
    expect((await upload(verbinder, `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`, { name: 'a.txt', bytes: 'tekst' })).status).toBe(403);
    expect((await upload(null, `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`, { name: 'a.txt', bytes: 'tekst' })).status).toBe(401);
  });

  it('refuses empty, oversized, disguised and badly named files with a clear answer and stores nothing', async () => {
    const before = { ...(await allDocuments(docent, ids.engelsWerkgroepId)), files: storedFiles(dataDir) };
    const path = `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`;
    const mz = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 1)]);
    const cases: Array<[string, { name: string; bytes: Buffer | string } | null, number, RegExp]> = [
      ['empty', { name: 'leeg.txt', bytes: '' }, 400, /leeg/],
      ['oversized', { name: 'groot.txt', bytes: 'a'.repeat(MAX_BYTES + 1) }, 413, /groter dan 64 kB/],
      ['disguised executable', { name: 'verslag.pdf', bytes: mz }, 415, /programma/],
      ['elf', { name: 'foto.png', bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(64)]) }, 415, /programma/],
      ['script', { name: 'lijst.csv', bytes: '#!/bin/sh\nrm -rf /\n' }, 415, /script/],
      ['unknown binary', { name: 'data.txt', bytes: Buffer.from([1, 2, 3, 0, 5, 6, 7, 0]) }, 415, /niet ondersteund/],
      ['path traversal', { name: '../../etc/passwd', bytes: 'root:x:0:0' }, 400, /andere map/],
      ['absolute path', { name: '/etc/passwd', bytes: 'root:x:0:0' }, 400, /volledig pad/],
      ['reserved name', { name: 'CON.txt', bytes: 'tekst' }, 400, /niet toegestaan/],
      ['no file', null, 400, /Kies een bestand/],
    ];
    for (const [label, file, status, message] of cases) {
      const answer = await upload(docent, path, file, { title: `Geweigerd: ${label}` });
      expect([label, answer.status]).toEqual([label, status]);
      expect(answer.body.message).toMatch(message);
      expect(answer.body.fields?.[0].field).toBe('file');
    }
    const notMultipart = await fetch(`${api.url}${path}`, { method: 'POST', headers: { cookie: docent.cookieHeader(), 'content-type': 'application/json' }, body: '{}' });
    expect(notMultipart.status).toBe(400);
    // A bad title is refused after the file arrived: the staged file is removed as well.
    expect((await upload(docent, path, { name: 'ok.txt', bytes: 'prima tekst' }, { title: 'x'.repeat(201) })).status).toBe(400);
    const after = { ...(await allDocuments(docent, ids.engelsWerkgroepId)), files: storedFiles(dataDir) };
    expect(after.docs.length).toBe(before.docs.length);
    expect(after.versions).toBe(before.versions);
    expect(after.files).toEqual(before.files);
    expect(after.files.some((f) => f.startsWith('tmp/'))).toBe(false);
  }, 30_000);

  it('stores an identical file once, content-addressed', async () => {
    const bytes = 'Dezelfde inhoud, twee keer geüpload.\n';
    const first = await upload(docent, `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`, { name: 'kopie-1.txt', bytes });
    const before = storedFiles(dataDir);
    const second = await upload(docent, `/bestanden/werkgroepen/${ids.engelsWerkgroepId}`, { name: 'kopie-2.txt', bytes });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(storedFiles(dataDir)).toEqual(before);
    const { werkgroepDocument } = await docent.request<{ werkgroepDocument: Doc }>(`query($id: ID!) { werkgroepDocument(id: $id) { ${DOC_FIELDS} } }`, { id: second.body.document!.id });
    const sha = werkgroepDocument.versions[0].sha256;
    expect(before).toContain(`${sha.slice(0, 2)}/${sha}`);
  });

  it('renames, moves and deletes documents and manages folders', async () => {
    const w = ids.engelsWerkgroepId;
    const { createDocumentFolder: folder } = await docent.request<{ createDocumentFolder: { id: string; name: string; parentId: string | null } }>(
      'mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "Notulen" }) { id name parentId } }',
      { w },
    );
    const duplicate = await docent.query('mutation($w: ID!) { createDocumentFolder(input: { werkgroepId: $w, name: "notulen" }) { id } }', { w });
    expect(duplicate.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const { createDocumentFolder: sub } = await docent.request<{ createDocumentFolder: { id: string; parentId: string } }>(
      'mutation($w: ID!, $p: ID!) { createDocumentFolder(input: { werkgroepId: $w, parentId: $p, name: "2026" }) { id parentId } }',
      { w, p: folder.id },
    );
    expect(sub.parentId).toBe(folder.id);

    await docent.request('mutation($id: ID!, $f: ID) { moveDocument(id: $id, folderId: $f) { id folderId } }', { id: uploadedId, f: sub.id });
    const { updateDocument } = await docent.request<{ updateDocument: { title: string; description: string | null } }>(
      'mutation($id: ID!) { updateDocument(id: $id, input: { title: "Notulen september 2026", description: null }) { title description } }',
      { id: uploadedId },
    );
    expect(updateDocument).toEqual({ title: 'Notulen september 2026', description: null });
    const inSub = await docent.request<{ werkgroepDocuments: Array<{ id: string }> }>('query($w: ID!, $f: ID) { werkgroepDocuments(werkgroepId: $w, folderId: $f) { id } }', { w, f: sub.id });
    expect(inSub.werkgroepDocuments.map((d) => d.id)).toEqual([uploadedId]);
    const notEmpty = await docent.query('mutation($id: ID!) { deleteDocumentFolder(id: $id) }', { id: folder.id });
    expect(notEmpty.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    const { renameDocumentFolder } = await docent.request<{ renameDocumentFolder: { name: string } }>('mutation($id: ID!) { renameDocumentFolder(id: $id, name: "Notulen en verslagen") { name } }', {
      id: folder.id,
    });
    expect(renameDocumentFolder.name).toBe('Notulen en verslagen');

    expect(await docent.request('mutation($id: ID!) { deleteDocument(id: $id) }', { id: uploadedId })).toEqual({ deleteDocument: true });
    const gone = await docent.query('query($id: ID!) { werkgroepDocument(id: $id) { id } }', { id: uploadedId });
    expect(gone.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const search = await docent.request<{ searchWerkgroepDocuments: Array<{ document: { id: string } }> }>(
      'query($w: ID!) { searchWerkgroepDocuments(werkgroepId: $w, query: "vergadering OER") { document { id } } }',
      { w },
    );
    expect(search.searchWerkgroepDocuments.length).toBeGreaterThan(0);
    expect(search.searchWerkgroepDocuments.map((h) => h.document.id)).not.toContain(uploadedId);
    expect(await docent.request('mutation($id: ID!) { deleteDocumentFolder(id: $id) }', { id: sub.id })).toEqual({ deleteDocumentFolder: true });
    expect(await docent.request('mutation($id: ID!) { deleteDocumentFolder(id: $id) }', { id: folder.id })).toEqual({ deleteDocumentFolder: true });
  });

  it('keeps the draaiboek with versions, a line diff and a conflict on a stale base version', async () => {
    const w = ids.engelsWerkgroepId;
    const { draaiboek } = await docent.request<{
      draaiboek: { version: number; body: string; author: { name: string }; versions: Array<{ version: number; note: string; author: { name: string } }> };
    }>('query($w: ID!) { draaiboek(werkgroepId: $w) { version body author { name } versions { version note author { name } } } }', { w });
    expect(draaiboek.version).toBe(3);
    expect(draaiboek.author.name).toBe('Lotte Visser');
    expect(draaiboek.versions.map((v) => [v.version, v.author.name])).toEqual([
      [3, 'Lotte Visser'],
      [2, 'Femke Mulder'],
      [1, 'Femke Mulder'],
    ]);
    const { draaiboekDiff } = await docent.request<{ draaiboekDiff: Array<{ kind: string; text: string }> }>('query($w: ID!) { draaiboekDiff(werkgroepId: $w, from: 2, to: 3) { kind text } }', { w });
    expect(draaiboekDiff.filter((l) => l.kind !== 'SAME')).toEqual([{ kind: 'ADDED', text: '- Notulen: Lotte Visser (zie de map `Vergaderstukken`)' }]);

    const { saveDraaiboek } = await docent.request<{ saveDraaiboek: { version: number; note: string } }>(
      'mutation($w: ID!, $b: String!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, note: "Kort gemaakt", baseVersion: 3 }) { version note } }',
      { w, b: '# Draaiboek\n\nNieuw.\n' },
    );
    expect(saveDraaiboek).toEqual({ version: 4, note: 'Kort gemaakt' });
    // The largest draaiboek fits through the API (200 000 characters, multi-byte ones too).
    const { saveDraaiboek: big } = await docent.request<{ saveDraaiboek: { version: number } }>(
      'mutation($w: ID!, $b: String!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, baseVersion: 4 }) { version } }',
      { w, b: 'ë'.repeat(200_000) },
    );
    expect(big.version).toBe(5);
    const stale = await docent.query('mutation($w: ID!) { saveDraaiboek(input: { werkgroepId: $w, body: "Mijn tekst", baseVersion: 4 }) { version } }', { w });
    expect(stale.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].message).toBe('Iemand anders heeft het draaiboek intussen gewijzigd (versie 5). Laad de nieuwe versie en voeg je wijzigingen opnieuw toe.');
    const { draaiboekVersion } = await docent.request<{ draaiboekVersion: { version: number; body: string } }>('query($w: ID!) { draaiboekVersion(werkgroepId: $w, version: 1) { version body } }', {
      w,
    });
    expect(draaiboekVersion.body).toContain('# Draaiboek interscolaire vakgroep Engels');
    const diff = await docent.request<{ draaiboekDiff: Array<{ kind: string; text: string }> }>('query($w: ID!) { draaiboekDiff(werkgroepId: $w, from: 3, to: 4) { kind text } }', { w });
    expect(diff.draaiboekDiff).toContainEqual({ kind: 'REMOVED', text: '# Draaiboek interscolaire vakgroep Engels' });
    expect(diff.draaiboekDiff).toContainEqual({ kind: 'ADDED', text: 'Nieuw.' });
    // The techniek group has no draaiboek yet: version 0, empty.
    const { draaiboek: empty } = await verbinder.request<{ draaiboek: { version: number; body: string; updatedAt: string | null } }>(
      'query($w: ID!) { draaiboek(werkgroepId: $w) { version body updatedAt } }',
      { w: ids.techniekWerkgroepId },
    );
    expect(empty).toEqual({ version: 0, body: '', updatedAt: null });
  });

  it('queues no Teams mirror job when the group has no Teams link, and keeps one file per stored version', async () => {
    // PGlite is one process's database: stop the API first. PostgreSQL is read while it runs
    // (stopping would drop the test database).
    const databaseUrl = api.databaseUrl;
    if (!databaseUrl) await api.stop();
    const database = await Database.open(databaseUrl ? { kind: 'postgres', url: databaseUrl, poolSize: 1 } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      const outbox = (await database.db.execute(sql`select count(*)::int as n from outbox where kind = 'document.changed'`)) as unknown as { rows: Array<{ n: number }> };
      expect(outbox.rows[0].n).toBe(0);
      const shas = (await database.db.execute(sql`select distinct sha256 from document_versions order by sha256`)) as unknown as { rows: Array<{ sha256: string }> };
      const expected = shas.rows.map((r) => `${r.sha256.slice(0, 2)}/${r.sha256}`).sort();
      expect(storedFiles(dataDir).filter((f) => !f.startsWith('tmp/'))).toEqual(expected);
    } finally {
      await database.close();
    }
  }, 60_000);
});
