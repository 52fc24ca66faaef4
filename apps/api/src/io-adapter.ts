import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import type { Logger } from '@verbinder/platform/events';

/**
 * socket.io with the Redis adapter when REDIS_URL is set, so rooms span every API node. Every
 * engine.io request (the WebSocket handshake and each long-polling request) is refused with 403
 * unless its Origin passes `originAllowed` (see websocketOriginCheck in http/security.ts).
 */
export class VerbinderIoAdapter extends IoAdapter {
  private clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string | null,
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
    if (this.redisUrl) {
      const pub = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
      const sub = pub.duplicate();
      for (const client of [pub, sub]) {
        client.on('error', (error: Error) => this.logger.warn('socket.io redis adapter connection problem', { error: error.message }));
      }
      this.clients = [pub, sub];
      server.adapter(createAdapter(pub, sub, { key: 'verbinder:socket.io' }));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }
}
