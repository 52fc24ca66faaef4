// The dashboard query costs a constant number of SQL statements however many acties there
// are, and none when answered from the response and session caches (the benchmark script
// measures it; figures for 10/100/1,000 acties are in docs/benchmarks.md).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/api-process';

it('runs the region dashboard in the same number of SQL statements for 12 and 80 acties', () => {
  const out = execFileSync(process.execPath, [join(REPO_ROOT, 'tests/bench/dashboard-statements.cjs'), '10,80', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const [small, large] = JSON.parse(out.trim().split('\n').pop() as string) as Array<{ acties: number; statements: number; warmStatements: number }>;
  expect(large.acties).toBeGreaterThan(small.acties * 5);
  expect(large.statements).toBe(small.statements);
  expect(small.statements).toBeLessThan(20);
  expect(small.statements).toBeGreaterThan(5);
  expect([small.warmStatements, large.warmStatements]).toEqual([0, 0]);
}, 150_000);
