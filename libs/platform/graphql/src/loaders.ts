import { Inject, Injectable, type Type } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GqlContext } from './gql-context';

/** A loader for one-to-one lookups by id; missing keys resolve to null. Results come back in key order. */
export function byIdLoader<T extends { id: string }>(batch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await batch(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A loader for one-to-many lookups by a foreign key; every key gets an array (maybe empty), in key order. */
export function groupedLoader<T>(batch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string | null): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await batch(keys);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) {
      const key = keyOf(row);
      if (key !== null) groups.get(key)?.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** A loader whose batch function already returns one value per key, in key order. */
export function orderedLoader<T>(batch: (keys: readonly string[]) => Promise<T[]>): DataLoader<string, T> {
  return new DataLoader<string, T>((keys) => batch(keys));
}

/** The rows of `ids` that exist, in the order of `ids`: missing ids and failed loads are left out. */
export async function loadFound<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const found = await loader.loadMany(ids);
  return found.filter((row): row is T => row !== null && !(row instanceof Error));
}

/**
 * What this request keeps under `key` in `ctx.loaders`, made by `make` the first time it is asked for: a loader
 * that only some resolvers need, or a lookup that several fields of one answer share.
 */
export function perRequest<T>(ctx: GqlContext, key: string, make: () => T): T {
  if (!(key in ctx.loaders)) ctx.loaders[key] = make();
  return ctx.loaders[key] as T;
}

/** Makes one domain's DataLoaders; the GraphQL context calls `create()` on first use in a request and keeps them under `key`. */
export interface DomainLoaderFactory<L> {
  readonly key: string;
  create(): L;
}

/** The loaders a factory made by `domainLoaderFactory` creates. */
export type LoadersOf<F> = F extends Type<DomainLoaderFactory<infer L>> ? L : never;

/** A provider (inject it where the GraphQL context collects its factories) that makes a domain's loaders from one service. */
export function domainLoaderFactory<S, L>(key: string, service: Type<S>, make: (service: S) => L): Type<DomainLoaderFactory<L>> {
  @Injectable()
  class LoaderFactory implements DomainLoaderFactory<L> {
    readonly key = key;

    constructor(@Inject(service) private readonly service: S) {}

    create(): L {
      return make(this.service);
    }
  }
  Object.defineProperty(LoaderFactory, 'name', { value: `${service.name}LoaderFactory` });
  return LoaderFactory;
}
