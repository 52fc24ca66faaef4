// The committed apps/api/schema.graphql is what the code-first API generates. When this
// fails, run `npm run schema:generate` and review the schema change in the commit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/api-process';

it('apps/api/schema.graphql matches the generated schema', () => {
  const generated = execFileSync(process.execPath, [join(REPO_ROOT, 'dist/apps/api/src/cli/print-schema.js')], { encoding: 'utf8', timeout: 60_000 });
  const committed = readFileSync(join(REPO_ROOT, 'apps/api/schema.graphql'), 'utf8');
  expect(generated).toContain('type Query');
  expect(committed).toBe(generated);
}, 90_000);
