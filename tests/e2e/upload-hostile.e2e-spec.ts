// Hostile multipart against every upload route of the built API (werkgroep document, new
// document version, story image): a body that ends before its closing boundary (82 bytes, the
// request that used to end the process), a truncated part that is not the file, a malformed part
// header, a missing boundary or a wrong Content-Type, too many parts, fields or files, an
// overlong field, a field instead of a file, and a client that disconnects mid-upload. Each gets
// a 4xx with a stable code (or nothing, for the client that left), the process stays up, and no
// temp file is left in DATA_DIR/files/tmp. Also: an orphaned `.part` planted before boot is
// swept at boot (a young one, possibly another node's live upload, is kept), and /readyz and
// /metrics report DATA_DIR's free space.
//
// Disk full (when this machine lets the test mount a tmpfs): DATA_DIR/files on an 8 MB tmpfs;
// with the disk nearly full /readyz answers 503, an upload answers 507 INSUFFICIENT_STORAGE at
// once (it used to hang until Node's timeout) with nothing left behind, and after space is freed
// the node is ready again and an upload works — without a restart.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, signedIn } from '../support/fixtures';
import { storedFiles } from '../support/files';
import type { GraphqlHttpClient } from '../support/graphql-client';
import { makePng } from '../support/images';
import { storyClients } from '../support/stories-public-fixtures';
import { waitFor } from '../support/timing';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

/** Boot on a busy 2-core CI machine (seeding the demo data) may take longer than startApi's default minute. */
const BOOT_MS = 180_000;
const B = 'grens';
const MULTIPART = `multipart/form-data; boundary=${B}`;
const part = (headers: string[], body: string) => `--${B}\r\n${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
const fieldPart = (name: string, value: string) => part([`Content-Disposition: form-data; name="${name}"`], value);
const filePart = (name: string, fileName: string, body: string) => part([`Content-Disposition: form-data; name="${name}"; filename="${fileName}"`, 'Content-Type: text/plain'], body);
const END = `--${B}--\r\n`;
/** The finding's request: a file part that ends before its closing boundary, 82 bytes in all. */
const TRUNCATED_82 = `--${B}\r\nContent-Disposition: form-data; name="file"; filename="abcd.txt"\r\n\r\nhallo`;

interface Answer {
  status: number;
  body: { code?: string; rule?: string; message?: string; document?: { id: string }; image?: { id: string } };
}

/** A long text file body (type from content: plain text). */
const textOf = (bytes: number) => 'Notulen van de vakgroep over het PTA en de leesvaardigheid.\n'.repeat(Math.ceil(bytes / 60)).slice(0, bytes);

async function post(url: string, path: string, cookie: string, body: string | Buffer, contentType: string | null = MULTIPART): Promise<Answer> {
  const headers: Record<string, string> = { cookie };
  if (contentType) headers['content-type'] = contentType;
  // A bound, not a timing assertion: an upload that hangs fails here instead of after Node's 300 s.
  const response = await fetch(`${url}${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('hostile uploads', () => {
  let api: ApiHandle;
  let dataDir: string;
  let docent: GraphqlHttpClient;
  let redacteur: GraphqlHttpClient;
  let routes: Array<{ name: string; path: string; cookie: () => string }>;
  const tmpFiles = () => storedFiles(dataDir).filter((f) => f.startsWith('tmp/'));
  const alive = async () => expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-upload-hostile-'));
    // Left by a killed process: an old orphan (swept at boot) and a young file (kept: it may be
    // another node's live upload on a shared folder).
    mkdirSync(join(dataDir, 'files', 'tmp'), { recursive: true });
    writeFileSync(join(dataDir, 'files', 'tmp', 'orphan.part'), Buffer.alloc(64 * 1024, 1));
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dataDir, 'files', 'tmp', 'orphan.part'), twoHoursAgo, twoHoursAgo);
    writeFileSync(join(dataDir, 'files', 'tmp', 'young.part'), 'nog bezig');
    api = await startApi({ dataDir, readyTimeoutMs: BOOT_MS });
    docent = await signedIn(api.url, 'docent');
    const beheerder = await signedIn(api.url, 'beheerder');
    const { engelsWerkgroepId } = await werkgroepIds(beheerder, (await demoIds(beheerder)).regionId);
    const stories = await storyClients(api.url);
    redacteur = stories.redacteur;
    const { createStory } = await redacteur.request<{ createStory: { id: string } }>('mutation($input: CreateStoryInput!) { createStory(input: $input) { id } }', {
      input: { regionId: stories.regionId, title: 'Verhaal voor vijandige uploads', lead: 'Een intro.', body: '<p>Tekst.</p>', audience: ['OUDERS'] },
    });
    const first = await post(api.url, `/bestanden/werkgroepen/${engelsWerkgroepId}`, docent.cookieHeader(), filePart('file', 'eerste.txt', textOf(500)) + END);
    expect(first.status).toBe(201);
    routes = [
      { name: 'werkgroep document', path: `/bestanden/werkgroepen/${engelsWerkgroepId}`, cookie: () => docent.cookieHeader() },
      { name: 'document version', path: `/bestanden/documenten/${first.body.document!.id}/versies`, cookie: () => docent.cookieHeader() },
      { name: 'story image', path: `/bestanden/verhalen/${createStory.id}/afbeeldingen`, cookie: () => redacteur.cookieHeader() },
    ];
  }, BOOT_MS + 60_000);

  afterAll(async () => {
    await api?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sweeps an orphaned temp file at boot, keeps a young one, and counts what it removed', async () => {
    expect(tmpFiles()).toEqual(['tmp/young.part']);
    expect(api.logs()).toContain('orphaned upload temp files removed');
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/^verbinder_upload_orphans_removed\{[^}]*\} 1$/m);
    expect(metrics).toMatch(/^verbinder_upload_orphan_bytes_removed\{[^}]*\} 65536$/m);
    expect(metrics).toMatch(/^verbinder_data_dir_free_bytes\{[^}]*\} [1-9]\d*$/m);
    rmSync(join(dataDir, 'files', 'tmp', 'young.part'));
  });

  it('reports the free space of DATA_DIR in /readyz', async () => {
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; disk: { freeBytes: number; minFreeBytes: number } };
    expect(body.status).toBe('ready');
    expect(body.disk.freeBytes).toBeGreaterThan(body.disk.minFreeBytes);
    expect(body.disk.minFreeBytes).toBe(256 * 1024 * 1024);
  });

  it('answers the 82-byte truncated body with 400 MULTIPART_INVALID on every route, stays up, and stores nothing', async () => {
    expect(Buffer.byteLength(TRUNCATED_82)).toBe(82);
    for (const route of routes) {
      const before = storedFiles(dataDir);
      const answer = await post(api.url, route.path, route.cookie(), TRUNCATED_82);
      expect([route.name, answer.status, answer.body.code, answer.body.rule]).toEqual([route.name, 400, 'BAD_USER_INPUT', 'MULTIPART_INVALID']);
      expect(answer.body.message).toContain('niet volledig');
      await alive();
      expect(storedFiles(dataDir)).toEqual(before);
    }
    // And a correct upload right after works.
    const ok = await post(api.url, routes[0].path, docent.cookieHeader(), filePart('file', 'daarna.txt', textOf(2000)) + END);
    expect(ok.status).toBe(201);
    const image = makePng(8, 8);
    const img = await post(
      api.url,
      routes[2].path,
      redacteur.cookieHeader(),
      Buffer.concat([
        Buffer.from(fieldPart('alt', 'Een plaatje') + `--${B}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`),
        image,
        Buffer.from(`\r\n${END}`),
      ]),
    );
    expect(img.status).toBe(201);
    expect(tmpFiles()).toEqual([]);
  });

  it('refuses malformed and oversized bodies with a stable 4xx code, never a 5xx', async () => {
    const cases: Array<[string, string | Buffer, string | null, number, string]> = [
      ['truncated after a large file part', filePart('file', 'groot.txt', textOf(300 * 1024)).slice(0, -2), MULTIPART, 400, 'MULTIPART_INVALID'],
      [
        'truncated in a part that is not the file',
        fieldPart('title', 'x') + `--${B}\r\nContent-Disposition: form-data; name="bijlage"; filename="b.txt"\r\n\r\nhalf`,
        MULTIPART,
        400,
        'MULTIPART_INVALID',
      ],
      ['malformed part header', `--${B}\r\nContent Disposition kapot\r\n\r\nabc\r\n${END}`, MULTIPART, 400, 'MULTIPART_INVALID'],
      ['part header over 16 kB', `--${B}\r\nContent-Disposition: form-data; name="file"; filename="${'a'.repeat(17_000)}.txt"\r\n\r\nabc\r\n${END}`, MULTIPART, 400, 'MULTIPART_INVALID'],
      ['no closing boundary at all', 'zomaar wat bytes', MULTIPART, 400, 'MULTIPART_INVALID'],
      ['multipart without a boundary', filePart('file', 'a.txt', 'abc') + END, 'multipart/form-data', 400, 'MULTIPART_REQUIRED'],
      ['text/plain', 'abc', 'text/plain', 400, 'MULTIPART_REQUIRED'],
      ['JSON', '{"file":"abc"}', 'application/json', 400, 'MULTIPART_REQUIRED'],
      ['a form', 'file=abc', 'application/x-www-form-urlencoded', 400, 'MULTIPART_REQUIRED'],
      ['no Content-Type', Buffer.from('abc'), null, 400, 'MULTIPART_REQUIRED'],
      ['two files', filePart('file', 'a.txt', 'abc') + filePart('file', 'b.txt', 'def') + END, MULTIPART, 413, 'MULTIPART_TOO_MANY_PARTS'],
      ['too many fields', Array.from({ length: 12 }, (_, i) => fieldPart(`veld${i}`, 'x')).join('') + filePart('file', 'a.txt', 'abc') + END, MULTIPART, 413, 'MULTIPART_TOO_MANY_PARTS'],
      ['an overlong field', fieldPart('title', 'x'.repeat(20_000)) + filePart('file', 'a.txt', 'abc') + END, MULTIPART, 413, 'MULTIPART_TOO_MANY_PARTS'],
      ['a field instead of the file', fieldPart('file', 'dit is geen bestand') + END, MULTIPART, 400, 'FILE_MISSING'],
    ];
    for (const route of routes) {
      for (const [name, body, contentType, status, rule] of cases) {
        const answer = await post(api.url, route.path, route.cookie(), body, contentType);
        // The story image route asks for its alt text and the file together: without a file it names the file.
        expect([route.name, name, answer.status, answer.body.rule ?? answer.body.code]).toEqual([
          route.name,
          name,
          status,
          route.name === 'story image' && rule === 'FILE_MISSING' ? 'BAD_USER_INPUT' : rule,
        ]);
      }
      await alive();
    }
    expect(tmpFiles()).toEqual([]);
  });

  it('removes the temp file when the client disconnects in the middle of an upload', async () => {
    for (const route of routes) {
      const head = `--${B}\r\nContent-Disposition: form-data; name="file"; filename="groot.txt"\r\nContent-Type: text/plain\r\n\r\n`;
      const fileBytes = 4 * 1024 * 1024;
      const socket = connect(api.port, '127.0.0.1');
      socket.on('error', () => undefined);
      await once(socket, 'connect');
      socket.write(
        `POST ${route.path} HTTP/1.1\r\nHost: 127.0.0.1:${api.port}\r\nCookie: ${route.cookie()}\r\nContent-Type: ${MULTIPART}\r\n` +
          `Content-Length: ${Buffer.byteLength(head) + fileBytes + Buffer.byteLength(`\r\n${END}`)}\r\n\r\n${head}`,
      );
      socket.write(Buffer.alloc(fileBytes / 2, 'a'));
      await waitFor(`${route.name}: the upload to reach its temp file`, async () => tmpFiles().length > 0, 20_000);
      socket.destroy();
      await waitFor(`${route.name}: the temp file to be removed`, async () => tmpFiles().length === 0, 20_000);
      await alive();
    }
  });
});

// ---------- disk full ----------

/** Whether this machine lets the test mount a tmpfs (root in a container that allows it). */
function canMount(): string | null {
  const probe = mkdtempSync(join(tmpdir(), 'verbinder-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountProblem = canMount();
if (mountProblem) console.warn(`upload-hostile: disk-full tests skipped: cannot mount a tmpfs here (${mountProblem})`);

(mountProblem ? describe.skip : describe)('uploads on a full disk', () => {
  let api: ApiHandle;
  let dataDir: string;
  let filesDir: string;
  let mounted = false;
  let docent: GraphqlHttpClient;
  let werkgroepPath: string;
  let documentCount: () => Promise<number>;
  const filler = () => join(filesDir, 'vuller.bin');
  const readyz = async () => {
    const res = await fetch(`${api.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { status: string; reason?: string; disk?: { freeBytes: number; minFreeBytes: number } } };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbinder-disk-full-'));
    filesDir = join(dataDir, 'files');
    mkdirSync(filesDir);
    // Only the file store on the small disk: the database (PGlite) stays on the normal one.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', filesDir]);
    mounted = true;
    api = await startApi({ dataDir, env: { DISK_MIN_FREE_MB: '2' }, readyTimeoutMs: BOOT_MS });
    docent = await signedIn(api.url, 'docent');
    const beheerder = await signedIn(api.url, 'beheerder');
    const { engelsWerkgroepId } = await werkgroepIds(beheerder, (await demoIds(beheerder)).regionId);
    werkgroepPath = `/bestanden/werkgroepen/${engelsWerkgroepId}`;
    documentCount = async () =>
      (await docent.request<{ werkgroepDocuments: unknown[] }>('query($w: ID!) { werkgroepDocuments(werkgroepId: $w) { id } }', { w: engelsWerkgroepId })).werkgroepDocuments.length;
  }, BOOT_MS + 60_000);

  afterAll(async () => {
    await api?.stop().catch(() => undefined);
    if (mounted) execFileSync('umount', [filesDir]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 507 at once with nothing left behind, reports not ready, and recovers when space is freed', async () => {
    expect((await readyz()).status).toBe(200);
    const documentsBefore = await documentCount();
    const storedBefore = storedFiles(dataDir);
    // Something else fills the disk up to about 1 MB free.
    const free = statfsSync(filesDir);
    writeFileSync(filler(), Buffer.alloc(free.bavail * free.bsize - 1024 * 1024, 7));
    const full = await readyz();
    expect(full.status).toBe(503);
    expect(full.body.status).toBe('unavailable');
    expect(full.body.reason).toContain('disk');
    expect(full.body.disk!.freeBytes).toBeLessThan(full.body.disk!.minFreeBytes);

    // 3 MB (uploads of 200 kB and more used to hang until Node's request timeout; smaller ones got a 500) and 1.5 MB.
    for (const bytes of [3 * 1024 * 1024, 1536 * 1024]) {
      const answer = await post(api.url, werkgroepPath, docent.cookieHeader(), filePart('file', 'groot.txt', textOf(bytes)) + END);
      expect([bytes, answer.status, answer.body.code]).toEqual([bytes, 507, 'INSUFFICIENT_STORAGE']);
      expect(answer.body.message).toContain('De opslag van de server is vol');
      expect(storedFiles(dataDir)).toEqual([...storedBefore, 'vuller.bin'].sort());
    }
    expect(await documentCount()).toBe(documentsBefore);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

    // Space freed: ready again and uploads work, without a restart.
    rmSync(filler());
    expect((await readyz()).status).toBe(200);
    const after = await post(api.url, werkgroepPath, docent.cookieHeader(), filePart('file', 'groot.txt', textOf(3 * 1024 * 1024)) + END);
    expect(after.status).toBe(201);
    expect(await documentCount()).toBe(documentsBefore + 1);
    expect(storedFiles(dataDir).filter((f) => f.startsWith('tmp/'))).toEqual([]);
  }, 120_000);
});
