// Shared helpers of the benchmarks: free ports, child processes, waiting for health, RSS.
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { freePort } = require('../../../tools/scripts/free-port.cjs');

const ROOT = join(__dirname, '..', '..', '..');

function startNode(script, { env = {}, args = [], cwd = ROOT, log = null } = {}) {
  const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 50) tail.shift();
    if (log) log.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => tail.join('');
  return child;
}

/** Polls a URL until it answers 200, or fails with the child's last output. */
async function waitForOk(url, child, timeoutMs = 120_000, init = undefined) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}:\n${child.output()}`);
    try {
      const res = await fetch(url, init);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child.output()}`);
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in MiB (Linux /proc). */
function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Starts the built API (dist/apps/api/src/main.js) on a free port with the demo seed on embedded
 * PGlite in a fresh temporary DATA_DIR (`env` adds or overrides variables). Does not wait:
 * `ready()` polls /readyz; `stop()` stops it and removes the DATA_DIR.
 */
async function startBenchApi(dataDirPrefix, env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  const port = await freePort();
  const child = startNode(join(ROOT, 'dist/apps/api/src/main.js'), {
    env: { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', SEED_DEMO: 'true', DATABASE_URL: '', REDIS_URL: '', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    dataDir,
    ready: () => waitForOk(`${url}/readyz`, child),
    stop: async () => {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a benchmark's main(); an error is printed and ends the process with exit code 1. */
function runMain(main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { ROOT, freePort, startNode, waitForOk, stop, rssMiB, median, percentile, startBenchApi, runMain };
