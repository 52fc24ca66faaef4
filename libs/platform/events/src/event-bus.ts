import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { DomainEventMap, DomainEventName, DomainEvents } from '@verbinder/shared/kernel';
import type Redis from 'ioredis';
import type { Logger } from './logger';
import { RedisClientKind, RedisLink } from './redis-link';

export interface EventMeta {
  /** True when the event was emitted on this node (false when it came from another node through Redis). */
  local: boolean;
}

type Listener<K extends DomainEventName> = (payload: DomainEventMap[K], meta: EventMeta) => void;

const CHANNEL = 'verbinder:domain-events';

/**
 * The DomainEvents port. Events are delivered in-process at once and, with Redis, published
 * to every other API node. Socket fan-out listens to local events only (the socket.io Redis
 * adapter carries them to other nodes' sockets); GraphQL subscriptions listen to all events.
 *
 * Redis outage rule (see RedisLink and docs/operations.md "Redis outage"): an event is relayed
 * when it happens or not at all. When this node's Redis connections are all back after a break,
 * it emits `events.resync` locally (its clients refetch, its caches empty, its subscriptions
 * complete) and relays it, so the other nodes — whose clients missed this node's events — do
 * the same.
 */
export class EventBus implements DomainEvents {
  readonly nodeId = randomUUID();
  private readonly emitter = new EventEmitter();
  private link: RedisLink | null = null;
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(private readonly logger: Logger) {
    this.emitter.setMaxListeners(0);
  }

  /** Connects to Redis pub/sub; resolves once subscribed (or rejects with a readable error). */
  async connectRedis(url: string): Promise<void> {
    this.link = new RedisLink(url, this.logger);
    this.publisher = this.link.client('events-publisher', 'publisher');
    this.subscriber = this.link.client('events-subscriber', 'subscriber');
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    await this.subscriber.subscribe(CHANNEL);
    this.link.onRecovered(() => {
      this.logger.info('redis is back: clients on every node are told to refetch');
      void this.emit('events.resync', { nodeId: this.nodeId, reason: 'redis-reconnected' });
    });
  }

  /**
   * Another Redis client under this node's outage rule (e.g. the socket.io adapter's), counted in
   * `crossNodeReady` and in the recovery that triggers `events.resync`. Null without Redis.
   */
  redisClient(role: string, kind: RedisClientKind): Redis | null {
    return this.link ? this.link.client(role, kind) : null;
  }

  private receive(raw: string): void {
    try {
      const message = JSON.parse(raw) as { origin: string; name: DomainEventName; payload: unknown };
      if (message.origin === this.nodeId) return;
      this.emitter.emit(message.name, message.payload, { local: false } satisfies EventMeta);
    } catch (error) {
      this.logger.warn('ignored malformed event from redis', { error: (error as Error).message });
    }
  }

  async emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    this.emitter.emit(name, payload, { local: true } satisfies EventMeta);
    if (!this.publisher) return;
    // Not awaited: local delivery never waits for Redis. The publisher has no offline queue and a
    // short command timeout, so while Redis is away this fails at once and the event is dropped
    // for the other nodes (their clients refetch on `events.resync` when Redis is back).
    this.publisher.publish(CHANNEL, JSON.stringify({ origin: this.nodeId, name, payload })).catch((error: unknown) => {
      this.dropped++;
      this.logger.debug('event not relayed: redis unavailable', { event: name, error: (error as Error).message });
    });
  }

  /** Events this node could not relay to the other nodes since it started (Redis unavailable). */
  dropped = 0;

  on<K extends DomainEventName>(name: K, listener: Listener<K>): () => void {
    const wrapped = (payload: DomainEventMap[K], meta: EventMeta) => {
      try {
        listener(payload, meta);
      } catch (error) {
        this.logger.error('event listener failed', { event: name, error: (error as Error).message });
      }
    };
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }

  iterate<K extends DomainEventName>(name: K, filter?: (payload: DomainEventMap[K]) => boolean): AsyncIterableIterator<DomainEventMap[K]> {
    const queue: Array<DomainEventMap[K]> = [];
    let waiting: ((result: IteratorResult<DomainEventMap[K]>) => void) | null = null;
    let done = false;
    // After a Redis outage the stream may have missed events: it completes, and the client
    // subscribes again and refetches (graphql-ws sends `complete`).
    const offResync = this.on('events.resync', () => void finish());
    const off = this.on(name, (payload) => {
      if (done || (filter && !filter(payload))) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload, done: false });
      } else if (queue.length < 1000) {
        queue.push(payload);
      }
    });
    const finish = (): Promise<IteratorResult<DomainEventMap[K]>> => {
      done = true;
      off();
      offResync();
      queue.length = 0;
      if (waiting) waiting({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift() as DomainEventMap[K], done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (error?: unknown) => finish().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  get redisReady(): boolean | null {
    return this.publisher ? this.publisher.status === 'ready' : null;
  }

  /** Whether events cross nodes now: null without Redis (one node), else every Redis connection of this node is up. */
  get crossNodeReady(): boolean | null {
    return this.link ? this.link.ready : null;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await this.link?.close();
  }
}
