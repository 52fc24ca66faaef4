/**
 * Lets the compiled API resolve the workspace aliases (`@verbinder/<lib>` → `libs/<lib>/src`)
 * at run time, exactly as tsconfig.base.json maps them at compile time. Must be imported first.
 */
import Module from 'node:module';
import { join, resolve } from 'node:path';

const distRoot = resolve(__dirname, '..', '..', '..');
const PREFIX = '@verbinder/';

type Resolve = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;

moduleWithResolve._resolveFilename = function (request, parent, isMain, options) {
  if (request.startsWith(PREFIX)) {
    return original.call(this, join(distRoot, 'libs', request.slice(PREFIX.length), 'src', 'index.js'), parent, isMain, options);
  }
  return original.call(this, request, parent, isMain, options);
};
