import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fromRepo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  resolve: {
    alias: [
      { find: /^@verbinder\/web\/ui$/, replacement: fromRepo('libs/web/ui/src/index.ts') },
      { find: /^@verbinder\/web\/forms$/, replacement: fromRepo('libs/web/forms/src/index.ts') },
      { find: /^@verbinder\/web\/api-client$/, replacement: fromRepo('libs/web/api-client/src/index.ts') },
      { find: /^@verbinder\/regions\/web$/, replacement: fromRepo('libs/regions/web/src/index.ts') },
      { find: /^@verbinder\/actieagenda\/web$/, replacement: fromRepo('libs/actieagenda/web/src/index.ts') },
      { find: /^@verbinder\/meetups\/web$/, replacement: fromRepo('libs/meetups/web/src/index.ts') },
      { find: /^@verbinder\/loket\/web$/, replacement: fromRepo('libs/loket/web/src/index.ts') },
      { find: /^@verbinder\/stories\/web$/, replacement: fromRepo('libs/stories/web/src/index.ts') },
      { find: /^@verbinder\/werkgroepen\/web$/, replacement: fromRepo('libs/werkgroepen/web/src/index.ts') },
      { find: /^@verbinder\/shared\/contracts$/, replacement: fromRepo('libs/shared/contracts/src/index.ts') },
      { find: /^@verbinder\/shared\/time$/, replacement: fromRepo('libs/shared/time/src/index.ts') },
    ],
  },
  // No @vitejs/plugin-react: esbuild compiles JSX with the automatic runtime.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Long-lived vendor chunks; the app chunk changes with every release.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable|ts-invariant)/.test(id)) return 'apollo';
          return 'vendor';
        },
      },
      onwarn(warning, warn) {
        // react-router ships "use client" directives, which are meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 4200,
    fs: { allow: [repoRoot] },
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false, ws: true },
      '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
      '/auth': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
      '/agenda': { target: apiTarget, changeOrigin: false },
      '/privacy': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
  },
});
