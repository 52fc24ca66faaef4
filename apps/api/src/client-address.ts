import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { AppConfig } from '@verbinder/platform/config';

/**
 * The client's address for per-IP limits and logs, on every transport: behind trusted proxies
 * (TRUST_PROXY) the right-most untrusted address in X-Forwarded-For, as Express's `req.ip` gives it
 * for HTTP (bootstrap sets the same value as `trust proxy`); otherwise the socket's peer. The
 * WebSocket transports (graphql-ws, socket.io) see a bare IncomingMessage and use this directly.
 */
export function clientAddressResolver(trust: AppConfig['trustProxy']): (req: IncomingMessage) => string {
  const fallback = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
  if (trust === false) return fallback;
  const trusted = typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : proxyaddr.compile(trust);
  return (req) => {
    try {
      return proxyaddr(req, trusted);
    } catch {
      return fallback(req);
    }
  };
}
