import Redis, { RedisOptions } from 'ioredis';
import type { Logger } from './logger';

/** How a client may be used: `publisher` commands are never queued; `subscriber` keeps its (few) subscribe commands. */
export type RedisClientKind = 'publisher' | 'subscriber';

/** A publish waits at most this long for Redis; then it counts as dropped (never sent later). */
const COMMAND_TIMEOUT_MS = 1000;

interface Tracked {
  role: string;
  ready: boolean;
  everReady: boolean;
  /** The current outage of this client was logged already. */
  logged: boolean;
}

/**
 * The Redis connections of one API node (event relay, socket.io adapter) and their outage rule:
 *
 * - no offline queue for commands that carry events (`publisher`): while Redis is away a publish
 *   fails at once and the event is dropped for the other nodes, and a publish in flight when the
 *   connection breaks is not resent. An event crosses nodes when it happens or not at all — never
 *   seconds later in a burst;
 * - every client's `error` is handled (logged once per outage, never an unhandled error event);
 * - when every connection is back after one of them was lost (and the subscribers have
 *   resubscribed), `onRecovered` listeners run: the node tells its clients to refetch.
 */
export class RedisLink {
  private readonly clients = new Map<Redis, Tracked>();
  private readonly recovered = new Set<() => void>();
  /** A connection that was ready was lost since every connection was last ready. */
  private broken = false;
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** A new client under this link's rule (`lazyConnect`: call `connect()`). */
  client(role: string, kind: RedisClientKind): Redis {
    const options: RedisOptions = {
      lazyConnect: true,
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
      // quit() during an outage ends an already dead socket: do not keep the process up for it.
      disconnectTimeout: 500,
      ...(kind === 'publisher'
        ? { enableOfflineQueue: false, autoResendUnfulfilledCommands: false, maxRetriesPerRequest: 0, commandTimeout: COMMAND_TIMEOUT_MS }
        : { enableOfflineQueue: true, maxRetriesPerRequest: null }),
    };
    const client = new Redis(this.url, options);
    const tracked: Tracked = { role, ready: false, everReady: false, logged: false };
    this.clients.set(client, tracked);
    client.on('error', (error: Error) => {
      if (tracked.logged) return;
      tracked.logged = true;
      this.logger.warn('redis connection problem', { role, error: error.message });
    });
    const lost = () => {
      if (!tracked.ready || this.closing) return;
      tracked.ready = false;
      this.broken = true;
      this.logger.warn('redis connection lost; events between nodes are dropped until it returns', { role });
    };
    client.on('close', lost);
    client.on('reconnecting', lost);
    client.on('ready', () => {
      // PING answers after the SUBSCRIBE commands ioredis sends on reconnect: once it is back,
      // messages published from now on reach this subscriber.
      client.ping().then(
        () => this.markReady(client, tracked),
        () => undefined,
      );
    });
    return client;
  }

  private markReady(client: Redis, tracked: Tracked): void {
    if (client.status !== 'ready' || tracked.ready) return;
    tracked.ready = true;
    tracked.logged = false;
    if (tracked.everReady) this.logger.info('redis connection restored', { role: tracked.role });
    tracked.everReady = true;
    if (this.broken && this.ready) {
      this.broken = false;
      for (const listener of this.recovered) {
        try {
          listener();
        } catch (error) {
          this.logger.error('redis recovery listener failed', { error: (error as Error).message });
        }
      }
    }
  }

  /** Every connection of this node is up (and subscribed). */
  get ready(): boolean {
    for (const tracked of this.clients.values()) if (!tracked.ready) return false;
    return this.clients.size > 0;
  }

  /** Runs `listener` each time all connections are back after one was lost. */
  onRecovered(listener: () => void): () => void {
    this.recovered.add(listener);
    return () => this.recovered.delete(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    this.recovered.clear();
    await Promise.all([...this.clients.keys()].map((client) => client.quit().catch(() => client.disconnect())));
    this.clients.clear();
  }
}
