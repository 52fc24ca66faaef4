// A PostgreSQL server and a Redis server of a test's own, on free loopback ports, that the test may
// stop and start again (the machine's shared servers must never be stopped by a test). PostgreSQL
// runs from the installed binaries (/usr/lib/postgresql/<version>/bin); as root it runs as the
// `postgres` user, because initdb refuses root.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFreePort } from './api-process';

function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** Why private services cannot run here, or null when they can. */
export function privateServicesUnavailable(): string | null {
  if (!postgresBin()) return 'no PostgreSQL server binaries in /usr/lib/postgresql';
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'no redis-server on PATH';
  }
  return null;
}

export interface PrivatePostgres {
  url: string;
  start(): void;
  /**
   * Fast shutdown (default): open connections are cut, like a failover of the server. Immediate:
   * the server stops without a checkpoint, like a crash (it recovers from its WAL on start).
   */
  stop(mode?: 'fast' | 'immediate'): void;
  /** `pg_ctl restart` (fast): stop and start again in one step. */
  restart(): void;
  destroy(): void;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries');
  const dir = mkdtempSync(join(tmpdir(), 'verbinder-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', timeout: 60_000 });
  const port = await getFreePort();
  run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  const serverOptions = ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log')];
  const handle: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      run('pg_ctl', ['-D', join(dir, 'data'), ...serverOptions, '-w', 'start']);
    },
    stop: (mode = 'fast') => {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', mode, '-w', 'stop']);
    },
    restart: () => {
      run('pg_ctl', ['-D', join(dir, 'data'), ...serverOptions, '-m', 'fast', '-w', 'restart']);
    },
    destroy: () => {
      try {
        handle.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  handle.start();
  return handle;
}

export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await getFreePort();
  let child: ChildProcess | null = null;
  const handle: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
        child?.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Ready to accept connections')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child?.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
      });
    },
    stop: async () => {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await exited;
    },
  };
  await handle.start();
  return handle;
}
