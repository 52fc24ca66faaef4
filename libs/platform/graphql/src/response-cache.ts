import { DynamicModule, Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLRequestContextWillSendResponse, GraphQLResponse } from '@apollo/server';
import { FieldNode, getArgumentValues, GraphQLSchema, Kind } from 'graphql';
import { Actor, CLOCK, Clock, DOMAIN_EVENTS, DomainEventMap, DomainEventName, DomainEvents } from '@verbinder/shared/kernel';
import type { GqlContext } from './gql-context';

/**
 * Names of the domain events that carry a region. The `satisfies` makes the compiler refuse a
 * new region event that is not listed here, so no region change can miss the cache.
 */
type RegionEventName = { [K in DomainEventName]: DomainEventMap[K] extends { regionId: string } ? K : never }[DomainEventName];
const REGION_EVENTS = {
  'region.activity': true,
  'actieagenda.changed': true,
  'meetups.changed': true,
  'loket.changed': true,
  'werkgroep.changed': true,
  'werkgroep.member-added': true,
  'werkgroep.member-removed': true,
  'story.unpublished': true,
  'story.changed': true,
  'story.published': true,
} as const satisfies Record<RegionEventName, true>;

/** Invalidation tag of everything that belongs to one region. */
export const regionTag = (regionId: string) => `region:${regionId}`;

/** The root query fields that may be cached: the tags a result depends on, from the field's arguments (null: do not cache). */
export type CacheTags = (args: Record<string, unknown>) => string[] | null;

export interface GraphqlResponseCacheOptions {
  /** Longest life of an entry in ms (a bound for changes that raise no event, such as a renamed person, and for the date); 0 turns the cache off. */
  ttlMs: number;
  /** At most this many entries and this many bytes of JSON (oldest first out). */
  maxEntries?: number;
  maxBytes?: number;
}

export const GRAPHQL_RESPONSE_CACHE_OPTIONS = Symbol('GRAPHQL_RESPONSE_CACHE_OPTIONS');

interface Entry {
  data: Record<string, unknown>;
  tags: Array<[string, number]>;
  expiresAt: number;
  bytes: number;
}

interface Pending {
  key: string;
  tags: Array<[string, number]>;
}

/**
 * A read-through cache of whole GraphQL responses for read-mostly queries (the region dashboard),
 * per actor: a person only ever gets back what was computed for them, with their rights (the key
 * holds their id, system role and memberships). Entries carry the generation of every tag they
 * depend on; a domain event of a region raises that region's generation (on every node, through
 * the event bus), so a write is visible to the next read at once. Only operations whose root
 * fields are all registered are cached, only answers without errors or warnings, and never
 * longer than `ttlMs`.
 */
@Injectable()
export class GraphqlResponseCache implements OnModuleDestroy {
  private readonly fields = new Map<string, CacheTags>();
  private readonly generations = new Map<string, number>();
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new WeakMap<object, Pending>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;
  readonly stats = { hits: 0, misses: 0, stores: 0, invalidations: 0 };

  constructor(
    @Inject(GRAPHQL_RESPONSE_CACHE_OPTIONS) private readonly options: GraphqlResponseCacheOptions,
    @Inject(DOMAIN_EVENTS) events: DomainEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    for (const name of Object.keys(REGION_EVENTS) as RegionEventName[]) {
      this.unsubscribe.push(events.on(name, (payload) => this.invalidate(regionTag((payload as { regionId: string }).regionId))));
    }
    // Invalidations from other nodes may have been lost during a Redis outage.
    this.unsubscribe.push(events.on('events.resync', () => this.clear()));
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe) off();
    this.clear();
  }

  /** Declares a root query field cacheable, with the tags its result depends on. */
  register(field: string, tags: CacheTags): void {
    this.fields.set(field, tags);
  }

  /** Raises a tag's generation: every entry that depends on it is stale from now on. */
  invalidate(tag: string): void {
    this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    this.stats.invalidations++;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The Apollo plugin that answers from the cache and fills it. */
  plugin(): ApolloServerPlugin<GqlContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: async (ctx) => this.lookup(ctx),
        willSendResponse: async (ctx) => this.store(ctx),
      }),
    };
  }

  private lookup(ctx: GraphQLRequestContextResponseForOperation<GqlContext>): GraphQLResponse | null {
    // No operation: Apollo could not pick one (several in the document, an unknown operationName) and answers that itself.
    if (this.options.ttlMs <= 0 || !ctx.operation || ctx.operation.operation !== 'query' || !ctx.queryHash) return null;
    const tags = this.tagsOf(ctx.schema, ctx.operation.selectionSet.selections, ctx.request.variables ?? {});
    if (!tags) return null;
    const key = cacheKey(ctx.queryHash, ctx.operationName, ctx.request.variables, ctx.contextValue.actor);
    const now = this.clock.now().getTime();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now && entry.tags.every(([tag, generation]) => this.generations.get(tag) === generation)) {
      this.stats.hits++;
      return { http: ctx.response.http, body: { kind: 'single', singleResult: { data: entry.data } } };
    }
    if (entry) this.remove(key, entry);
    this.stats.misses++;
    // The generations as they are before the resolvers read: a write during execution makes the answer stale at once.
    this.pending.set(ctx.contextValue, { key, tags: [...new Set(tags)].map((tag) => [tag, this.generation(tag)]) });
    return null;
  }

  private store(ctx: GraphQLRequestContextWillSendResponse<GqlContext>): void {
    const pending = this.pending.get(ctx.contextValue);
    if (!pending) return;
    this.pending.delete(ctx.contextValue);
    const body = ctx.response.body;
    if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data || ctx.contextValue.warnings?.length) return;
    if (!pending.tags.every(([tag, generation]) => this.generations.get(tag) === generation)) return;
    const data = body.singleResult.data as Record<string, unknown>;
    const bytes = JSON.stringify(data).length;
    if (bytes > this.maxBytes / 8) return;
    const previous = this.entries.get(pending.key);
    if (previous) this.remove(pending.key, previous);
    this.entries.set(pending.key, { data, tags: pending.tags, expiresAt: this.clock.now().getTime() + this.options.ttlMs, bytes });
    this.bytes += bytes;
    this.stats.stores++;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(key, entry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private generation(tag: string): number {
    let generation = this.generations.get(tag);
    if (generation === undefined) this.generations.set(tag, (generation = 0));
    return generation;
  }

  /** The tags of all root fields, or null when one of them is not cacheable (or not a plain field). */
  private tagsOf(schema: GraphQLSchema, selections: readonly { kind: Kind }[], variables: Record<string, unknown>): string[] | null {
    const queryType = schema.getQueryType();
    if (!queryType) return null;
    const tags: string[] = [];
    for (const selection of selections) {
      if (selection.kind !== Kind.FIELD) return null;
      const node = selection as FieldNode;
      if (node.name.value === '__typename') continue;
      const declared = this.fields.get(node.name.value);
      const definition = queryType.getFields()[node.name.value];
      if (!declared || !definition) return null;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(definition, node, variables);
      } catch {
        return null; // invalid arguments: let execution report them
      }
      const fieldTags = declared(args);
      if (!fieldTags) return null;
      tags.push(...fieldTags);
    }
    return tags.length > 0 ? tags : null;
  }
}

/** Query (Apollo's SHA-256 of its text), operation, variables and who asks (with the rights they have now). */
function cacheKey(queryHash: string, operationName: string | null, variables: Record<string, unknown> | undefined, actor: Actor | null): string {
  const who = actor ? [actor.personId, actor.systemRole ?? '', ...actor.memberships.map((m) => `${m.regionId}/${m.schoolId ?? ''}/${m.role}`).sort()] : ['anonymous'];
  return JSON.stringify([queryHash, operationName ?? '', variables ?? {}, who]);
}

/** Provides the cache to every module (resolvers register their fields; the GraphQL options add its plugin). */
@Global()
@Module({})
export class GraphqlResponseCacheModule {
  static register(options: GraphqlResponseCacheOptions): DynamicModule {
    return {
      module: GraphqlResponseCacheModule,
      providers: [{ provide: GRAPHQL_RESPONSE_CACHE_OPTIONS, useValue: options }, GraphqlResponseCache],
      exports: [GraphqlResponseCache],
    };
  }
}
