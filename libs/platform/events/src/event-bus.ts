import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { DomainEventMap, DomainEventName, DomainEvents } from '@verbinder/shared/kernel';
import Redis from 'ioredis';
import type { Logger } from './logger';

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
 */
export class EventBus implements DomainEvents {
  readonly nodeId = randomUUID();
  private readonly emitter = new EventEmitter();
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(private readonly logger: Logger) {
    this.emitter.setMaxListeners(0);
  }

  /** Connects to Redis pub/sub; resolves once subscribed (or rejects with a readable error). */
  async connectRedis(url: string): Promise<void> {
    const options = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (n: number) => Math.min(n * 200, 2000) };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
    for (const [role, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => this.logger.warn('redis connection problem', { role, error: error.message }));
    }
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    await this.subscriber.subscribe(CHANNEL);
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
    try {
      await this.publisher.publish(CHANNEL, JSON.stringify({ origin: this.nodeId, name, payload }));
    } catch (error) {
      // Redis down: this node still delivers; other nodes miss this live event (clients refetch on reconnect).
      this.logger.warn('could not publish event to redis', { event: name, error: (error as Error).message });
    }
  }

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

  /** Whether events from other nodes can arrive now: null without Redis (one node), else both connections up. */
  get crossNodeReady(): boolean | null {
    return this.publisher && this.subscriber ? this.publisher.status === 'ready' && this.subscriber.status === 'ready' : null;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
