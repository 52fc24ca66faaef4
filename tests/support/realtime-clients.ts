// Real socket.io and graphql-ws clients for one signed-in user (cookie auth like a browser).
import { createClient, Client as WsClient } from 'graphql-ws';
import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';

/** `headers` are sent on the handshake too, e.g. `{ origin }` to act as a page of that origin. */
export function connectSocket(url: string, cookie: string, headers: Record<string, string> = {}, transports: Array<'websocket' | 'polling'> = ['websocket']): Promise<Socket> {
  const socket = io(url, { transports, extraHeaders: { ...headers, cookie }, reconnection: false, timeout: 10_000, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the next `event` on the socket (rejects after `ms`). */
export function nextEvent<T>(socket: Socket, event: string, ms = 10_000, filter: (payload: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no "${event}" within ${ms} ms`));
    }, ms);
    const handler = (payload: T) => {
      if (!filter(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

/**
 * Both live connections of `client` to the API at `url`, socket.io and graphql-ws, added to `clients`
 * (an apiSuite or twoNodes) so they are closed after the suite.
 */
export async function connectLive(url: string, client: { cookieHeader(): string }, clients: { sockets: Socket[]; wsClients: WsClient[] }): Promise<{ socket: Socket; ws: WsClient }> {
  const socket = await connectSocket(url, client.cookieHeader());
  clients.sockets.push(socket);
  const ws = graphqlWsClient(url, client.cookieHeader());
  clients.wsClients.push(ws);
  return { socket, ws };
}

export function graphqlWsClient(url: string, cookie: string, connectionParams?: Record<string, unknown>, headers: Record<string, string> = {}): WsClient {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { ...headers, cookie } : headers });
    }
  }
  return createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true, connectionParams });
}

export interface Subscription<T> {
  /** The next result (rejects after `ms`). */
  next(ms?: number): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  /**
   * The next result that satisfies `match`, skipping others (events of the same region caused by
   * background work, such as the offer sweep, may arrive first). Rejects after `ms` in total.
   */
  nextWhere(
    match: (result: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => boolean,
    ms?: number,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  /** Results received so far and not yet taken. */
  pending(): number;
  close(): void;
  /** Resolves once the server has acknowledged the operation (after a first round trip). */
  error: Promise<unknown>;
  /** Resolves when the server ends the subscription (e.g. access was revoked). */
  completed: Promise<void>;
}

export function subscribe<T>(client: WsClient, query: string, variables?: Record<string, unknown>): Subscription<T> {
  const queue: Array<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> = [];
  const waiters: Array<(v: (typeof queue)[number]) => void> = [];
  let rejectError: (e: unknown) => void = () => undefined;
  const error = new Promise<unknown>((resolve) => (rejectError = resolve));
  let markCompleted: () => void = () => undefined;
  const completed = new Promise<void>((resolve) => (markCompleted = resolve));
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const item = value as (typeof queue)[number];
        const waiter = waiters.shift();
        if (waiter) waiter(item);
        else queue.push(item);
      },
      error: (e) => rejectError(e),
      complete: () => markCompleted(),
    },
  );
  const next = (ms = 10_000): Promise<(typeof queue)[number]> => {
    const ready = queue.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const waiter = (v: (typeof queue)[number]) => {
        clearTimeout(timer);
        resolve(v);
      };
      const timer = setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        reject(new Error(`no subscription result within ${ms} ms`));
      }, ms);
      waiters.push(waiter);
    });
  };
  return {
    next,
    async nextWhere(match, ms = 10_000) {
      const deadline = Date.now() + ms;
      const skipped: unknown[] = [];
      for (;;) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no matching subscription result within ${ms} ms (skipped ${JSON.stringify(skipped)})`);
        const result = await next(remaining).catch(() => {
          throw new Error(`no matching subscription result within ${ms} ms (skipped ${JSON.stringify(skipped)})`);
        });
        if (match(result)) return result;
        skipped.push(result);
      }
    },
    pending: () => queue.length,
    close: unsubscribe,
    error,
    completed,
  };
}
