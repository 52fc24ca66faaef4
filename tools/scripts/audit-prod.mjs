#!/usr/bin/env node
// `npm run audit:prod`: npm audit of the production dependencies, failing on high or critical
// advisories (`npm audit --omit=dev --audit-level=high`).
//
// Exit codes: 0 — no high or critical advisory, or the registry's audit endpoint could not be
// reached (then it says so loudly: nothing was checked); 1 — high or critical advisories found
// (listed); 2 — npm audit failed in another way (its message is printed).
import { spawnSync } from 'node:child_process';

const args = ['audit', '--omit=dev', '--audit-level=high', '--json'];
const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = null;
}

const unreachable = (text) => /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT|network|\b(4\d\d|5\d\d)\b .*advisories/i.test(text);
const message = [report?.message, report?.error?.summary, run.stderr, run.error?.message].filter(Boolean).join('\n');

if (!report || report.error || report.message || run.error) {
  if (unreachable(message)) {
    console.warn('npm audit: the registry audit endpoint is unreachable from here; NO advisories were checked.');
    console.warn(message.trim().split('\n').slice(0, 3).join('\n'));
    console.warn('Run `npm run audit:prod` where https://registry.npmjs.org is reachable (CI with internet, a developer machine).');
    process.exit(0);
  }
  console.error(`npm audit failed:\n${message || run.stdout}`);
  process.exit(2);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
console.log(`npm audit (production dependencies): ${['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`);
if (serious.length === 0) process.exit(0);
for (const v of serious) {
  const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ');
  console.error(`  ${v.severity.toUpperCase()} ${v.name} ${v.range}: ${via}${v.fixAvailable ? ' — fix available' : ''}`);
}
process.exit(1);
