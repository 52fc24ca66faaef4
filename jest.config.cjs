// One jest run, five projects (tiers). `npm test` (tools/scripts/test.mjs) picks them.
// PGlite is loaded with dynamic import: run jest with NODE_OPTIONS=--experimental-vm-modules.
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

// `feed` (story feeds) ships ES modules only. The server's Node loads it with require(esm); jest's
// module system cannot, and under VM modules (PGlite) newer Node versions run a transformed copy as
// ESM ("exports is not defined"). So tests get one CommonJS bundle of it, built here with esbuild
// when missing or older than the installed package.
function feedForJest() {
  const pkg = join(__dirname, 'node_modules/feed/package.json');
  const out = join(__dirname, 'node_modules/.cache/verbinder-jest/feed.cjs');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(pkg).mtimeMs) {
    require('esbuild').buildSync({
      entryPoints: [join(__dirname, 'node_modules/feed/lib/feed.js')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
    });
  }
  return out;
}

const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^feed$': feedForJest(), ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }) },
  setupFiles: ['<rootDir>/tools/jest/setup-env.cjs'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // PostgreSQL (embedded when none answers) and Redis for the integration and e2e tiers.
  globalSetup: '<rootDir>/tools/jest/services-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/services-teardown.cjs',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.{ts,tsx}'] },
    // Over real HTTP and sockets a test may take longer than jest's 5 s on a busy 2-core machine.
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,tests}/**/*.int-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/slow-tier-timeout.cjs'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/tools/jest/slow-tier-timeout.cjs'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'] },
    // React components of the web app in jsdom (Testing Library): *.component-spec.tsx next to them.
    {
      ...base,
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/{apps,libs}/**/*.component-spec.tsx'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.component-spec.json' }] },
      moduleNameMapper: { '\\.css$': '<rootDir>/tools/jest/style-stub.cjs', ...base.moduleNameMapper },
      setupFiles: [...base.setupFiles, '<rootDir>/tools/jest/jsdom-setup.cjs'],
    },
  ],
};
