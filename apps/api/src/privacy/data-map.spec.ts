import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataMapProblems, renderPrivacyDoc, renderProcessingRegister } from '@verbinder/platform/db';
import { DATA_MAP } from './data-map';

const root = join(__dirname, '../../../..');

// The tables of the schema as drizzle-kit sees them (drizzle.config.ts: every `*.tables.ts` of a
// domain's data-access library and of a platform library), found on disk, not from the data map.
function tableFiles(): string[] {
  const files: string[] = [];
  for (const [group, sub] of [
    ['libs', 'data-access/src'],
    ['libs/platform', 'src'],
  ] as const) {
    for (const lib of readdirSync(join(root, group))) {
      const dir = join(root, group, lib, sub);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) if (file.endsWith('.tables.ts')) files.push(join(dir, file));
    }
  }
  return files.sort();
}

/** Every drizzle table exported by the schema files. */
function schemaTables(): PgTable[] {
  const tables = new Set<PgTable>();
  for (const file of tableFiles()) for (const value of Object.values(require(file) as Record<string, unknown>)) if (is(value, PgTable)) tables.add(value);
  return [...tables];
}

describe('the data map', () => {
  it('classifies every column of every table in the schema', () => {
    expect(tableFiles().length).toBeGreaterThanOrEqual(13);
    const tables = schemaTables();
    expect(tables.length).toBeGreaterThanOrEqual(72);
    expect(dataMapProblems(tables, DATA_MAP)).toEqual([]);
  });

  it('holds sensitive data only in the stories domain (no pupil records elsewhere)', () => {
    const sensitive = DATA_MAP.filter((e) => Object.values(e.classification.columns).includes('sensitive')).map((e) => e.domain);
    expect([...new Set(sensitive)]).toEqual(['stories']);
  });

  it('is what docs/privacy.md and docs/verwerkingsregister.md say (run `npm run docs:privacy` after a change)', () => {
    expect(readFileSync(join(root, 'docs/privacy.md'), 'utf8')).toBe(renderPrivacyDoc(DATA_MAP));
    expect(readFileSync(join(root, 'docs/verwerkingsregister.md'), 'utf8')).toBe(renderProcessingRegister(DATA_MAP));
  });
});
