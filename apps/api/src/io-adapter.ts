import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { RedisAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import type { EventBus, Logger } from '@verbinder/platform/events';

/** A cross-node socket.io request (fetchSockets, serverSideEmitWithAck) waits at most this long for the other nodes. */
const REQUESTS_TIMEOUT_MS = 2000;

type FetchOptions = Parameters<RedisAdapter['fetchSockets']>[0];

/**
 * The Redis adapter under the node's Redis outage rule (RedisLink): while any of this node's
 * Redis connections is down it acts as a single-node adapter — fetchSockets and friends answer
 * with this node's sockets at once instead of waiting for Redis — and broadcasts to other nodes
 * are dropped, never queued (the publish client has no offline queue; its failures are caught).
 */
class OutageTolerantRedisAdapter extends RedisAdapter {
  constructor(
    nsp: Namespace,
    pub: Redis,
    sub: Redis,
    private readonly crossNodeReady: () => boolean,
  ) {
    super(nsp, pub, sub, { key: 'verbinder:socket.io', requestsTimeout: REQUESTS_TIMEOUT_MS });
  }

  override serverCount(): Promise<number> {
    return this.crossNodeReady() ? super.serverCount().catch(() => 1) : Promise.resolve(1);
  }

  override async fetchSockets(opts: FetchOptions) {
    if (!this.crossNodeReady()) return super.fetchSockets({ ...opts, flags: { ...opts.flags, local: true } });
    // Redis went away while the other nodes were being asked: answer with this node's sockets.
    return super.fetchSockets(opts).catch(() => super.fetchSockets({ ...opts, flags: { ...opts.flags, local: true } }));
  }
}

/**
 * socket.io with the Redis adapter when REDIS_URL is set, so rooms span every API node. Every
 * engine.io request (the WebSocket handshake and each long-polling request) is refused with 403
 * unless its Origin passes `originAllowed` (see websocketOriginCheck in http/security.ts).
 */
export class VerbinderIoAdapter extends IoAdapter {
  private clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly originAllowed: (origin: string | string[] | undefined) => boolean,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      allowRequest: (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => {
        const allowed = this.originAllowed(req.headers.origin);
        callback(allowed ? null : 'FORBIDDEN_ORIGIN', allowed);
      },
    }) as Server;
    const pub = this.bus.redisClient('socket.io-publisher', 'publisher');
    const sub = this.bus.redisClient('socket.io-subscriber', 'subscriber');
    if (pub && sub) {
      // The adapter publishes without awaiting: a refused publish (Redis away) must not become an unhandled rejection.
      const publish = pub.publish.bind(pub) as (channel: string, message: string | Buffer) => Promise<number>;
      (pub as unknown as { publish: typeof publish }).publish = (channel, message) => publish(channel, message).catch(() => 0);
      for (const client of [pub, sub]) {
        client.connect().catch((error: Error) => this.logger.warn('socket.io redis adapter could not connect yet', { error: error.message }));
      }
      this.clients = [pub, sub];
      const crossNodeReady = () => this.bus.crossNodeReady === true;
      server.adapter(function (this: unknown, nsp: Namespace) {
        return new OutageTolerantRedisAdapter(nsp, pub, sub, crossNodeReady);
      } as unknown as Parameters<Server['adapter']>[0]);
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
