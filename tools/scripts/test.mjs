#!/usr/bin/env node
// `npm test`: build what the cross-app suites start, then run unit, component (React in jsdom), integration and e2e
// (including the schema drift check) on the embedded database, and the browser suite when
// Chromium is installed (.ci/run installs it and runs that suite in any case).
// Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const extra = process.argv.slice(2);
run('npm', ['run', '--silent', 'build']);

const projects = ['unit', 'component', 'integration', 'e2e'];
if (existsSync('/usr/bin/chromium')) projects.push('browser');
else console.log('\n[test] /usr/bin/chromium is not installed: skipping the browser suite (.ci/run installs it and runs it).\n');

const selection = extra.includes('--selectProjects') ? [] : ['--selectProjects', ...projects];
run('npx', ['jest', ...selection, '--maxWorkers=2', ...extra], {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
  NX_NO_CLOUD: 'true',
});
