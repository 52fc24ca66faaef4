// Throwaway databases on the local PostgreSQL server (CI: 127.0.0.1:5432, trust auth).
import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface PgDatabase {
  /** Connection URL of the new database. */
  url: string;
  name: string;
  /** Drop the database, disconnecting whoever is still connected. Safe to call twice. */
  drop(): Promise<void>;
}

function baseUrl(): string {
  return process.env['TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: baseUrl(), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach PostgreSQL at ${baseUrl()} (set TEST_DATABASE_URL to change it; .ci/run starts the server): ${reason}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Create a uniquely named, empty database next to the one in TEST_DATABASE_URL. */
export async function createPgDatabase(prefix = 'verbinder_test'): Promise<PgDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`Unusable database name "${name}"`);
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(baseUrl());
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      dropped = true;
    },
  };
}
