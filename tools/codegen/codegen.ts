// GraphQL code generation for the web app: `npm run codegen` reads the committed SDL
// (apps/api/schema.graphql) and the `graphql(...)` documents of the web libs and apps/web, and
// writes typed documents to libs/web/api-client/src/generated (committed; codegen.spec.ts beside
// this file fails when they are stale). Paths are relative to the repository root (run from there).
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/*/web/src/**/*.{ts,tsx}', 'libs/web/*/src/**/*.{ts,tsx}', 'apps/web/src/**/*.{ts,tsx}', '!libs/web/api-client/src/generated/**', '!**/*.spec.{ts,tsx}'],
  // Only the generated `graphql(...)` function marks a document (not Apollo's gql tag).
  pluckConfig: { modules: [{ name: '@verbinder/web/api-client', identifier: 'graphql' }], globalGqlIdentifierName: 'graphql', gqlMagicComment: 'graphql' },
  ignoreNoDocuments: true,
  generates: {
    'libs/web/api-client/src/generated/': {
      preset: 'client',
      // Components read fragment fields directly (no fragment masking); documents carry the
      // fragments they use.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default codegenConfig;
