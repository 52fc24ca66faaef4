import '../workspace-aliases';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { loadConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { createApp } from '../bootstrap';

/** Prints the code-first schema (what apps/api/schema.graphql must contain) to stdout. */
export async function generateSchema(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbinder-schema-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'error' });
    const app = await createApp(config, new JsonLogger('error'));
    await app.app.init();
    const schema = printSchema(app.app.get(GraphQLSchemaHost).schema);
    await app.close();
    return schema + '\n';
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generateSchema().then(
    (schema) => process.stdout.write(schema),
    (error: unknown) => {
      process.stderr.write(`schema generation failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
