import { ApolloServer } from '@apollo/server';
import { EventEmitter } from 'node:events';
import { Actor, Clock, DomainEventMap, DomainEventName, DomainEvents } from '@verbinder/shared/kernel';
import type { GqlContext } from './gql-context';
import { GraphqlResponseCache, regionTag } from './response-cache';

/** The DomainEvents port in process, as the event bus delivers local events (synchronously). */
class LocalEvents implements DomainEvents {
  private readonly emitter = new EventEmitter();
  async emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    this.emitter.emit(name, payload, { local: true });
  }
  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K], meta: { local: boolean }) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
  iterate(): never {
    throw new Error('not used here');
  }
}

const typeDefs = `
  type Query { dashboard(regionId: ID!): Dashboard  other: Int  failing(regionId: ID!): Int }
  type Mutation { touch(regionId: ID!): Int }
  type Dashboard { regionId: ID!  computed: Int!  viewer: String }
`;

const actor = (personId: string, regions: string[] = ['r1']): Actor => ({
  personId,
  name: personId,
  email: `${personId}@example.org`,
  systemRole: null,
  memberships: regions.map((regionId) => ({ regionId, schoolId: null, role: 'DOCENT' as never })),
});

describe('GraphqlResponseCache', () => {
  let events: LocalEvents;
  let now: number;
  let cache: GraphqlResponseCache;
  let server: ApolloServer<GqlContext>;
  let computed: number;
  let duringExecution: (() => Promise<void>) | null;

  const setUp = async (options: { ttlMs: number; maxEntries?: number }) => {
    events = new LocalEvents();
    now = Date.parse('2026-12-01T10:00:00Z');
    const clock: Clock = { now: () => new Date(now) };
    cache = new GraphqlResponseCache(options, events, clock);
    cache.register('dashboard', (args) => [regionTag(String(args['regionId']))]);
    cache.register('failing', (args) => [regionTag(String(args['regionId']))]);
    computed = 0;
    duringExecution = null;
    server = new ApolloServer<GqlContext>({
      typeDefs,
      plugins: [cache.plugin()],
      resolvers: {
        Query: {
          dashboard: async (_: unknown, args: { regionId: string }, ctx: GqlContext) => {
            computed++;
            if (duringExecution) await duringExecution();
            return { regionId: args.regionId, computed, viewer: ctx.actor?.personId ?? null };
          },
          other: () => ++computed,
          failing: () => {
            computed++;
            throw new Error('kapot');
          },
        },
        Mutation: { touch: () => ++computed },
      },
    });
    await server.start();
  };

  afterEach(async () => {
    cache.onModuleDestroy();
    await server.stop();
  });

  const ask = async (query: string, who: Actor | null, variables: Record<string, unknown> = {}) => {
    const context: GqlContext = { actor: who, sessionToken: null, clientKey: 'test', loaders: {} };
    const result = await server.executeOperation({ query, variables }, { contextValue: context });
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    return result.body.singleResult;
  };
  const DASHBOARD = 'query($r: ID!) { dashboard(regionId: $r) { regionId computed viewer } }';

  it('answers the same person the same query from the cache until a change in the region', async () => {
    await setUp({ ttlMs: 5_000 });
    const sanne = actor('sanne');
    const first = await ask(DASHBOARD, sanne, { r: 'r1' });
    const second = await ask(DASHBOARD, sanne, { r: 'r1' });
    expect(second.data).toEqual(first.data);
    expect(computed).toBe(1);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, stores: 1 });

    // Another region changes: still cached. This region changes: computed again.
    await events.emit('actieagenda.changed', { regionId: 'r2' } as DomainEventMap['actieagenda.changed']);
    await ask(DASHBOARD, sanne, { r: 'r1' });
    expect(computed).toBe(1);
    await events.emit('region.activity', { regionId: 'r1' } as DomainEventMap['region.activity']);
    expect((await ask(DASHBOARD, sanne, { r: 'r1' })).data).toEqual({ dashboard: { regionId: 'r1', computed: 2, viewer: 'sanne' } });
  });

  it('leaves a document whose operation cannot be chosen to Apollo (a request error, not a crash of the plugin)', async () => {
    await setUp({ ttlMs: 5_000 });
    for (const request of [{ query: 'query a { other } query b { other }' }, { query: '{ other }', operationName: 'zz' }]) {
      const result = await server.executeOperation(request, { contextValue: { actor: actor('sanne'), sessionToken: null, clientKey: 'test', loaders: {} } });
      if (result.body.kind !== 'single') throw new Error('expected a single result');
      expect(result.body.singleResult.errors?.[0]?.extensions?.['code']).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(result.http.status).toBe(400);
    }
  });

  it('keeps answers apart per person, per set of rights and per variables', async () => {
    await setUp({ ttlMs: 5_000 });
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    expect((await ask(DASHBOARD, actor('youssef'), { r: 'r1' })).data).toMatchObject({ dashboard: { viewer: 'youssef', computed: 2 } });
    // Sanne with another membership is asked again (her rights may differ).
    expect((await ask(DASHBOARD, actor('sanne', ['r1', 'r2']), { r: 'r1' })).data).toMatchObject({ dashboard: { computed: 3 } });
    expect((await ask(DASHBOARD, actor('sanne'), { r: 'r2' })).data).toMatchObject({ dashboard: { regionId: 'r2', computed: 4 } });
    expect((await ask(DASHBOARD, null, { r: 'r1' })).data).toMatchObject({ dashboard: { viewer: null, computed: 5 } });
    expect((await ask(DASHBOARD, actor('sanne'), { r: 'r1' })).data).toMatchObject({ dashboard: { viewer: 'sanne', computed: 1 } });
  });

  it('never keeps an answer longer than the time to live', async () => {
    await setUp({ ttlMs: 5_000 });
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    now += 4_999;
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    expect(computed).toBe(1);
    now += 2;
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    expect(computed).toBe(2);
  });

  it('does not keep an answer computed while the region changed', async () => {
    await setUp({ ttlMs: 5_000 });
    duringExecution = () => events.emit('actieagenda.changed', { regionId: 'r1' } as DomainEventMap['actieagenda.changed']);
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    duringExecution = null;
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    expect(computed).toBe(2);
    expect(cache.stats.stores).toBe(1);
  });

  it('leaves mutations, unregistered fields, mixed operations and errors alone', async () => {
    await setUp({ ttlMs: 5_000 });
    const sanne = actor('sanne');
    for (const query of ['mutation { touch(regionId: "r1") }', '{ other }', '{ other dashboard(regionId: "r1") { computed } }', '{ failing(regionId: "r1") }']) {
      await ask(query, sanne);
      await ask(query, sanne);
    }
    expect(computed).toBe(10); // every request resolved (the mixed one resolves two fields)
    expect(cache.size).toBe(0);
    // Literal arguments and __typename are fine.
    await ask('{ __typename dashboard(regionId: "r1") { computed } }', sanne);
    await ask('{ __typename dashboard(regionId: "r1") { computed } }', sanne);
    expect(computed).toBe(11);
  });

  it('is off with a time to live of 0, and drops the oldest entries beyond its bound', async () => {
    await setUp({ ttlMs: 0 });
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    await ask(DASHBOARD, actor('sanne'), { r: 'r1' });
    expect(computed).toBe(2);
    cache.onModuleDestroy();
    await server.stop();

    await setUp({ ttlMs: 5_000, maxEntries: 2 });
    for (const person of ['a', 'b', 'c']) await ask(DASHBOARD, actor(person), { r: 'r1' });
    expect(cache.size).toBe(2);
    await ask(DASHBOARD, actor('a'), { r: 'r1' });
    expect(computed).toBe(4);
    await ask(DASHBOARD, actor('c'), { r: 'r1' });
    expect(computed).toBe(4);
  });
});
