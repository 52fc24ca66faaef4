import nx from '@nx/eslint-plugin';

const nestTransport = [
  '@nestjs/graphql',
  '@nestjs/apollo',
  '@nestjs/websockets',
  '@nestjs/platform-express',
  '@nestjs/platform-socket.io',
  'express',
  'socket.io',
  'socket.io-client',
  'graphql-ws',
  'ws',
];
const storage = ['drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'pg', 'ioredis'];
const vendors = ['@microsoft/*', '@azure/*', 'openid-client'];
const webOnly = ['react', 'react-dom', 'react-router-dom', '@apollo/client', 'vite'];

// Domains (the folder under libs/, tag `domain:<name>`) and the other domains each one may use.
// Every domain may use platform, shared and web (the scope rules still keep web code out of the
// server). Apps and tests carry no domain tag and may use all. A new cross-domain import fails
// lint until the dependency is declared here, on purpose.
const domainDeps = {
  shared: [],
  platform: [],
  web: [],
  regions: ['notifications'],
  notifications: ['regions'],
  identity: ['regions'],
  actieagenda: ['regions', 'notifications'],
  werkgroepen: ['regions', 'notifications', 'actieagenda'],
  meetups: ['regions', 'notifications', 'actieagenda', 'werkgroepen', 'identity'],
  loket: ['regions', 'notifications'],
  stories: ['regions', 'notifications'],
  'teams-mirror': ['regions', 'werkgroepen'],
  integrations: ['teams-mirror'],
  realtime: ['identity', 'actieagenda', 'werkgroepen'],
  // The public site's region pages (libs/regions/public: region home, sitemap) compose what the
  // domains publish; no domain depends on them.
  site: ['regions', 'notifications', 'actieagenda', 'meetups', 'stories', 'loket'],
};
const sharedDomains = (domain) => (domain === 'shared' ? ['shared'] : domain === 'platform' || domain === 'web' ? [domain, 'shared'] : [domain, 'platform', 'shared', 'web']);
const domainConstraints = Object.entries(domainDeps).map(([domain, deps]) => ({
  sourceTag: `domain:${domain}`,
  onlyDependOnLibsWithTags: [...sharedDomains(domain), ...deps].map((d) => `domain:${d}`),
}));
// The one two-way pair, regions ↔ notifications, is limited to one layer: notifications' tables
// point at persons (a foreign key); its core and GraphQL never use regions.
const layerConstraints = [
  { allSourceTags: ['domain:notifications', 'type:core'], notDependOnLibsWithTags: ['domain:regions'] },
  { allSourceTags: ['domain:notifications', 'type:api'], notDependOnLibsWithTags: ['domain:regions'] },
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/tmp/**', '**/.nx/**', '**/*.mjs', '**/*.cjs', 'libs/platform/db/migrations/**', 'libs/web/api-client/src/generated/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // scopes: the browser never sees server code; the server never sees React.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: ['@nestjs/*', ...storage, ...vendors, 'express', 'socket.io', 'graphql-ws'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            // React stays out of the server, except for the server-rendered public pages (type:public*).
            ...['app', 'api', 'api-kit', 'core', 'data-access', 'adapter', 'infra', 'util', 'contract', 'testing'].map((type) => ({
              allSourceTags: ['scope:api', `type:${type}`],
              bannedExternalImports: webOnly,
            })),
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: ['@nestjs/*', ...storage, ...vendors, ...webOnly, ...nestTransport] },
            // layers
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:data-access',
                'type:api',
                'type:api-kit',
                'type:public',
                'type:public-kit',
                'type:adapter',
                'type:infra',
                'type:util',
                'type:contract',
                'type:feature',
                'type:ui',
                'type:api-client',
              ],
            },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:api-kit', 'type:core', 'type:contract', 'type:util'], bannedExternalImports: [...storage, ...vendors] },
            { sourceTag: 'type:api-kit', onlyDependOnLibsWithTags: ['type:core', 'type:contract', 'type:util'], bannedExternalImports: [...storage, ...vendors] },
            // A domain's server-rendered public pages (React on the server, no storage, no vendor SDKs).
            { sourceTag: 'type:public', onlyDependOnLibsWithTags: ['type:public', 'type:public-kit', 'type:core', 'type:contract', 'type:util'], bannedExternalImports: [...storage, ...vendors] },
            // The public site's shared frame, HTTP caching and fault pages.
            { sourceTag: 'type:public-kit', onlyDependOnLibsWithTags: ['type:api', 'type:infra', 'type:contract', 'type:util'], bannedExternalImports: [...storage, ...vendors] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:contract', 'type:util'], bannedExternalImports: [...nestTransport, ...storage, ...vendors] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:contract', 'type:util'], bannedExternalImports: [...nestTransport, ...vendors] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:core', 'type:contract', 'type:util'], bannedExternalImports: [...nestTransport, ...storage] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:core', 'type:contract', 'type:util'], bannedExternalImports: [...nestTransport, ...vendors, 'drizzle-orm', 'pg'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:api-client', 'type:contract', 'type:util'] },
            { sourceTag: 'type:api-client', onlyDependOnLibsWithTags: ['type:contract', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contract'], bannedExternalImports: [...nestTransport, ...storage, ...vendors] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:util', 'type:contract', 'type:infra', 'type:adapter', 'type:testing'] },
            // domains
            ...domainConstraints,
            ...layerConstraints,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through @verbinder/platform/config (loadConfig).' }],
    },
  },
  {
    // The config library is the only reader of process.env; tests, test support (`src/testing/`, never in a build) and tooling set up processes.
    files: ['libs/platform/config/**/*.ts', 'tests/**/*.ts', 'tools/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', 'libs/*/*/src/testing/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.browser-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
