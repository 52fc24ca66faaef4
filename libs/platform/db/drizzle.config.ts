import { defineConfig } from 'drizzle-kit';

// Tables live in each domain's data-access library; migrations are committed SQL in ./migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./libs/*/data-access/src/*.tables.ts', './libs/platform/*/src/*.tables.ts'],
  out: './libs/platform/db/migrations',
  strict: true,
});
