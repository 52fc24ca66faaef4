import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface DiskSpace {
  /** Bytes an unprivileged process may still write (statfs `bavail`). */
  freeBytes: number;
  totalBytes: number;
}

/**
 * The free space of the file systems holding `paths` (DATA_DIR and its file store may be separate
 * mounts): the tightest of them. A path that does not exist yet is measured at its nearest parent.
 */
export async function freeSpace(paths: readonly string[]): Promise<DiskSpace> {
  let tightest: DiskSpace | null = null;
  for (const path of paths) {
    const measured = await statfsNearest(path);
    if (!tightest || measured.freeBytes < tightest.freeBytes) tightest = measured;
  }
  if (!tightest) throw new Error('no path to measure');
  return tightest;
}

async function statfsNearest(path: string): Promise<DiskSpace> {
  for (let current = path; ; current = dirname(current)) {
    try {
      const s = await statfs(current);
      return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT' || dirname(current) === current) throw error;
    }
  }
}
