// Moved to @verbinder/platform/db/testing (also used by the API's own integration specs).
export * from '@verbinder/platform/db/testing';
