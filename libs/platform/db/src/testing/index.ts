// Real databases for tests (both drivers): a migrated one per suite, and throwaway PostgreSQL databases.
export * from './pg-database';
export * from './test-database';
