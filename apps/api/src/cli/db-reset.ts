import '../workspace-aliases';
import 'reflect-metadata';
import { sql } from 'drizzle-orm';
import { loadConfig } from '@verbinder/platform/config';
import { Database } from '@verbinder/platform/db';
import { JsonLogger } from '@verbinder/platform/events';
import { createApp } from '../bootstrap';

/** `npm run db:reset`: drops every table, migrates again and loads the demo data. */
async function main(): Promise<void> {
  const config = { ...loadConfig(), seedDemo: true, redisUrl: null };
  const logger = new JsonLogger(config.logLevel, { task: 'db:reset' });
  if (config.isProduction) throw new Error('db:reset refuses to run with NODE_ENV=production');
  const database = await Database.open(config.database);
  await database.db.execute(sql`drop schema if exists public cascade`);
  await database.db.execute(sql`drop schema if exists drizzle cascade`);
  await database.db.execute(sql`create schema public`);
  await database.close();
  logger.info('database emptied');
  const app = await createApp(config, logger);
  await app.close();
  logger.info('database reset with demo data');
}

main().catch((error: unknown) => {
  process.stderr.write(`db:reset failed: ${(error as Error).message}\n`);
  process.exit(1);
});
