/**
 * The one way a domain's core module registers: a global Nest module (the other domains and the
 * GraphQL layer inject its services) over the `imports` that provide its repositories, with its
 * providers and the services it exports. Typed structurally, so the kernel needs no framework;
 * `register` declares the Nest `DynamicModule` it returns.
 */
export function globalCoreModule<M, I, P, E>(module: M, options: { imports: I }, providers: P[], exports: E[]) {
  return { module, global: true, imports: options.imports, providers, exports };
}
