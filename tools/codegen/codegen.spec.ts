// The committed generated client must be what `npm run codegen` writes from today's schema and
// documents: a schema change, or a new or edited `graphql(...)` document, without regeneration fails here.
// (The codegen CLI loads ES modules jest's CommonJS runtime cannot, so it runs in a child process.)
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('generated GraphQL client (libs/web/api-client/src/generated)', () => {
  it('is up to date with apps/api/schema.graphql and the web documents (else run `npm run codegen`)', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'tools/codegen/codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const stale = /The following stale files[^]*/.exec(result.stdout)?.[0] ?? '';
    expect({ status: result.status, stale, error: result.status === 0 ? '' : result.stderr }).toEqual({ status: 0, stale: '', error: '' });
  }, 120_000);
});
