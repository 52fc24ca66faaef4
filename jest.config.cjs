// One jest run, four projects (tiers). `npm test` (tools/scripts/test.mjs) picks them.
// PGlite is loaded with dynamic import: run jest with NODE_OPTIONS=--experimental-vm-modules.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  setupFiles: ['<rootDir>/tools/jest/setup-env.cjs'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // PostgreSQL (embedded when none answers) and Redis for the integration and e2e tiers.
  globalSetup: '<rootDir>/tools/jest/services-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/services-teardown.cjs',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    // Over real HTTP and sockets a test may take longer than jest's 5 s on a busy 2-core machine.
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,tests}/**/*.int-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/slow-tier-timeout.cjs'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/slow-tier-timeout.cjs'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'] },
  ],
};
