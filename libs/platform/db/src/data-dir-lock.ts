import { closeSync, linkSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** How often the holder refreshes the lock file's time, and when a lock of another host counts as abandoned. */
const HEARTBEAT_MS = 10_000;
const FOREIGN_STALE_MS = 60_000;
const TAKEOVER_STALE_MS = 10_000;

interface Holder {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat), to tell a reused pid. */
  procStart: string | null;
}

/** A second process tried to open a PGlite folder that a live process holds. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: Holder,
  ) {
    super(
      `De PGlite-map ${dataDir} is al in gebruik door proces ${holder.pid} op ${holder.hostname} (gestart ${holder.startedAt}). ` +
        `Twee processen op één map verliezen gegevens: stop dat proces eerst, of gebruik PostgreSQL (DATABASE_URL) voor meer nodes. / ` +
        `The PGlite folder ${dataDir} is in use by process ${holder.pid} on ${holder.hostname} (started ${holder.startedAt}); ` +
        `stop that process first. Lock file: ${lockFile} (remove it only when that process is certainly gone).`,
    );
    this.name = 'DataDirLockedError';
  }
}

const held = new Map<string, () => void>();

function procStartOf(pid: number): string | null {
  try {
    // Field 22 (starttime); the command name in field 2 may contain spaces, so count from its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readHolder(lockFile: string): Holder | null {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether the lock's holder is still running. A holder on another host counts as alive while it refreshes the lock. */
function holderAlive(lockFile: string, holder: Holder | null, ownLocks: Map<string, () => void>): boolean {
  if (!holder || typeof holder.pid !== 'number') return ageMs(lockFile) < TAKEOVER_STALE_MS; // unreadable: treat a fresh one as being written
  if (holder.hostname !== hostname()) return ageMs(lockFile) < FOREIGN_STALE_MS;
  // Our own pid: alive only when this process really holds it (a container's pid 1 is reused by its next run).
  if (holder.pid === process.pid) return ownLocks.has(lockFile);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = procStartOf(holder.pid);
  return !(holder.procStart && start && start !== holder.procStart);
}

function tryCreate(lockFile: string, content: string): boolean {
  const temp = `${lockFile}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    // link() fails when the lock exists: atomic, and the lock is never seen half-written.
    linkSync(temp, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** Removes an abandoned lock, guarded so that two processes taking it over at once cannot both win. */
function removeStale(lockFile: string, stale: Holder | null): void {
  const guard = `${lockFile}.takeover`;
  if (ageMs(guard) > TAKEOVER_STALE_MS) {
    try {
      unlinkSync(guard);
    } catch {
      // no guard, or another process removed it
    }
  }
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    return; // another process is taking over; the caller tries again
  }
  try {
    closeSync(fd);
    const now = readHolder(lockFile);
    if (JSON.stringify(now) === JSON.stringify(stale)) unlinkSync(lockFile);
  } catch {
    // gone already
  } finally {
    unlinkSync(guard);
  }
}

/**
 * Takes the lock of a PGlite data folder (`<folder>.lock`, next to it: PGlite refuses a non-empty
 * new folder): pid, host and start time of this process. A lock whose process is gone (same host),
 * or that was not refreshed for a minute (another host, over a shared volume), is taken over. The
 * lock is refreshed every 10 s and released on close and on exit; after a SIGKILL the next start
 * finds the holder dead. Throws DataDirLockedError naming the live holder.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  const content = JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), procStart: procStartOf(process.pid) } satisfies Holder);
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockFile, content)) break;
    const holder = readHolder(lockFile);
    if (holderAlive(lockFile, holder, held) || attempt >= 5) {
      throw new DataDirLockedError(dataDir, lockFile, holder ?? { pid: -1, hostname: '?', startedAt: '?', procStart: null });
    }
    removeStale(lockFile, holder);
  }
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(lockFile, now, now);
    } catch {
      // the next start decides by pid on this host
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const release = () => {
    if (!held.delete(lockFile)) return;
    clearInterval(heartbeat);
    process.removeListener('exit', release);
    try {
      if (readFileSync(lockFile, 'utf8') === content) unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  held.set(lockFile, release);
  process.on('exit', release);
  return release;
}
