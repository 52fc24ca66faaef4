import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { diffBodies } from './draaiboek-diff';

/** This module's file: the diff pool starts it as a worker thread (the compiled .js in dist). */
export const DIFF_WORKER_FILE = __filename;

export interface DiffJob {
  id: number;
  from: string;
  to: string;
}

// In a worker started by the pool: answer each job with its lines as [kind, text] pairs.
if (!isMainThread && parentPort && (workerData as { kind?: string } | null)?.kind === 'draaiboek-diff') {
  const port = parentPort;
  port.on('message', (job: DiffJob) => {
    const lines = diffBodies(job.from, job.to);
    port.postMessage({ id: job.id, kinds: lines.map((l) => l.kind), texts: lines.map((l) => l.text) });
  });
}
