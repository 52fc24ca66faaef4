// The PGlite folder lock with real processes and a real file system: a live holder (another
// process) refuses, naming its pid; a holder that died (SIGKILL) is taken over; a lock that names
// this very pid but that this process does not hold (a container's pid 1 after a restart) is taken
// over; the lock is released on close. The refusal of a second API process, db:reset and
// admin:create is in tests/e2e/chaos.e2e-spec.ts (g). Needs the built API (npm run build:api).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from '@verbinder/platform/db';
import { REPO_ROOT } from '../support/api-process';

describe('PGlite data folder lock', () => {
  let root: string;
  let folder: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'verbinder-lock-'));
    folder = join(root, 'pglite');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const holderScript = (dir: string) => `
    const { acquireDataDirLock } = require(${JSON.stringify(join(REPO_ROOT, 'dist', 'libs', 'platform', 'db', 'src', 'data-dir-lock.js'))});
    acquireDataDirLock(${JSON.stringify(dir)});
    process.stdout.write('locked\\n');
    setInterval(() => undefined, 1000);
  `;

  it('refuses while another live process holds it, naming its pid, and takes it over once that process is killed', async () => {
    const child = spawn(process.execPath, ['-e', holderScript(folder)], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      let refusal: unknown;
      try {
        acquireDataDirLock(folder)();
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(DataDirLockedError);
      expect((refusal as Error).message).toContain(`in gebruik door proces ${child.pid}`);
      expect((refusal as Error).message).toContain(`in use by process ${child.pid}`);
    } finally {
      // A holder that already exited (e.g. dist/ not built) must fail the test, not hang it.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
    }
    // The holder is dead: its lock file is still there, and it is taken over.
    expect(existsSync(`${folder}.lock`)).toBe(true);
    const release = acquireDataDirLock(folder);
    expect(JSON.parse(readFileSync(`${folder}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it('takes over a lock that names this pid but is not held by this process (a restarted container)', () => {
    writeFileSync(`${folder}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', procStart: '1' }));
    const release = acquireDataDirLock(folder);
    expect(JSON.parse(readFileSync(`${folder}.lock`, 'utf8')).startedAt).not.toBe('2026-01-01T00:00:00.000Z');
    // Held now: a second open in the same process refuses too.
    expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
    release();
  });

  it('keeps refusing a lock of another host while that host refreshes it', () => {
    writeFileSync(`${folder}.lock`, JSON.stringify({ pid: 1, hostname: 'een-andere-host', startedAt: new Date().toISOString(), procStart: null }));
    expect(() => acquireDataDirLock(folder)).toThrow(/in gebruik door proces 1 op een-andere-host/);
    // A minute without refresh: abandoned.
    spawnSync('touch', ['-d', '2 minutes ago', `${folder}.lock`]);
    acquireDataDirLock(folder)();
  });
});
