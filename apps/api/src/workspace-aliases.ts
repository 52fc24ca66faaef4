import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * Lets the compiled API resolve the workspace aliases at run time as tsconfig.base.json maps
 * them at compile time: `@verbinder/<lib>` → `dist/libs/<lib>/src/index.js`, through the
 * declared `tsconfig-paths`. Every entry point (main, the CLIs) imports this module first;
 * scripts that load compiled modules themselves (benchmarks) require it first.
 */
register({ baseUrl: resolve(__dirname, '..', '..', '..'), paths: { '@verbinder/*': ['libs/*/src/index.js'] }, addMatchAll: false });
