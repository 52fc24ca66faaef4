import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileDocumentStore } from './file-document-store';

describe('FileDocumentStore', () => {
  let root: string;
  let store: FileDocumentStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'file-store-'));
    store = new FileDocumentStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('stages while hashing, and commits content-addressed under <sha[0:2]>/<sha>', async () => {
    const staged = await store.stage(chunks('hallo ', 'wereld'), { maxBytes: 100, headBytes: 4 });
    expect(staged).toMatchObject({ sha256: sha('hallo wereld'), size: 12, tooLarge: false });
    expect(staged.head.toString()).toBe('hall');
    expect(staged.tail.toString()).toBe('hallo wereld');
    expect(existsSync(store.pathOf(staged.sha256))).toBe(false);
    await staged.commit();
    expect(readFileSync(join(root, staged.sha256.slice(0, 2), staged.sha256), 'utf8')).toBe('hallo wereld');
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    const read: Buffer[] = [];
    for await (const c of await store.open(staged.sha256)) read.push(c as Buffer);
    expect(Buffer.concat(read).toString()).toBe('hallo wereld');
  });

  it('stores an identical file once', async () => {
    const a = await store.put(chunks('zelfde'), { maxBytes: 100 });
    const b = await store.put(chunks('zel', 'fde'), { maxBytes: 100 });
    expect(a).toEqual(b);
    expect(readdirSync(join(root, a.sha256.slice(0, 2)))).toEqual([a.sha256]);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('stops keeping data past the limit and leaves nothing behind', async () => {
    const staged = await store.stage(chunks('12345', '67890', 'abc'), { maxBytes: 8, headBytes: 64 });
    expect(staged.tooLarge).toBe(true);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    await expect(staged.commit()).rejects.toThrow();
  });

  it('discards a staged file', async () => {
    const staged = await store.stage(chunks('weg ermee'), { maxBytes: 100, headBytes: 64 });
    await staged.discard();
    await staged.discard();
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    expect(await store.exists(staged.sha256)).toBe(false);
  });

  it('deletes unreferenced files older than a moment', async () => {
    const keep = await store.put(chunks('houden'), { maxBytes: 100 });
    const drop = await store.put(chunks('weggooien'), { maxBytes: 100 });
    expect(await store.deleteUnreferenced(new Set([keep.sha256]), new Date(Date.now() + 1000))).toBe(1);
    expect(await store.exists(keep.sha256)).toBe(true);
    expect(await store.exists(drop.sha256)).toBe(false);
  });

  it('removes the temp file when the source fails mid-upload (a client gone, a truncated body)', async () => {
    const failing = new Readable({ read: () => undefined });
    failing.push(Buffer.from('half'));
    setImmediate(() => failing.destroy(new Error('Unexpected end of form')));
    await expect(store.stage(failing, { maxBytes: 100, headBytes: 64 })).rejects.toThrow('Unexpected end of form');
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('sweeps temp files no upload of this process holds and untouched since the cut-off, never a live one', async () => {
    const live = await store.stage(chunks('nog niet vastgelegd'), { maxBytes: 100, headBytes: 64 });
    const [liveName] = readdirSync(join(root, 'tmp'));
    writeFileSync(join(root, 'tmp', 'wees.part'), 'achtergebleven');
    const future = new Date(Date.now() + 60_000);
    expect(await store.sweepTemporary(future)).toEqual({ removed: 1, bytes: 'achtergebleven'.length });
    expect(readdirSync(join(root, 'tmp'))).toEqual([liveName]);
    // A young file (perhaps another node's live upload on a shared folder) stays too.
    writeFileSync(join(root, 'tmp', 'jong.part'), 'bezig');
    expect(await store.sweepTemporary(new Date(Date.now() - 60_000))).toEqual({ removed: 0, bytes: 0 });
    await live.commit();
    expect(await store.sweepTemporary(future)).toEqual({ removed: 1, bytes: 'bezig'.length });
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });
});
