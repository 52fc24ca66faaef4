import type { IncomingMessage } from 'node:http';
import { createSourceEventStream, ExecutionArgs } from 'graphql';
import type { SessionWatch } from '@verbinder/identity/core';
import type { GqlContext } from '@verbinder/platform/graphql';
import type { Actor } from '@verbinder/shared/kernel';

/** The part of graphql-ws's connection context this module uses. */
interface WsContext {
  extra: unknown;
}

interface WsExtra {
  request: IncomingMessage;
  socket: { close(code?: number, reason?: string): void };
}

interface LiveOperation {
  args: ExecutionArgs;
  stop: () => void;
}

interface LiveConnection {
  unwatch: () => void;
  operations: Map<string, LiveOperation>;
}

const LIVE = Symbol('verbinder.live-connection');

const isAsyncIterable = (value: unknown): value is AsyncIterableIterator<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function';

/**
 * An operation's event stream that the server can end: `stop()` makes the pending and every
 * later `next()` report done (graphql-ws then sends `complete` to the client), without waiting
 * for the source to produce another event.
 */
function stoppable(source: AsyncIterableIterator<unknown>): { stream: AsyncIterableIterator<unknown>; stop: () => void } {
  let stopped = false;
  let release: () => void = () => undefined;
  const done: Promise<IteratorResult<unknown>> = new Promise((resolve) => (release = () => resolve({ value: undefined, done: true })));
  const stop = () => {
    if (stopped) return;
    stopped = true;
    release();
    void source.return?.()?.catch(() => undefined);
  };
  const stream: AsyncIterableIterator<unknown> = {
    next: () => (stopped ? done : Promise.race([source.next(), done])),
    return: () => {
      stop();
      return done;
    },
    throw: (error?: unknown) => {
      stop();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return { stream, stop };
}

/**
 * Sessions end everywhere, for graphql-ws: each signed-in connection is watched (SessionWatch).
 * When its session ends (sign-out, expiry, identity changed) the connection is closed with 4401;
 * when the person's rights change, every running subscription is authorized again with the
 * fresh actor (its subscribe resolver runs once more) and those now refused are completed.
 */
export class GraphqlWsSessions {
  constructor(private readonly sessions: SessionWatch) {}

  /** On connect: watch the session behind `token`; false when there is no live session. */
  async connect(ctx: WsContext, token: string | null): Promise<boolean> {
    if (!token) return false;
    const extra = ctx.extra as WsExtra & { [LIVE]?: LiveConnection };
    const live: LiveConnection = { unwatch: () => undefined, operations: new Map() };
    const unwatch = await this.sessions.watch(token, (actor) => this.changed(extra, live, actor));
    if (!unwatch) return false;
    live.unwatch = unwatch;
    extra[LIVE] = live;
    return true;
  }

  /** graphql-ws `onOperation`: a subscription of a watched connection becomes stoppable. */
  operation(ctx: WsContext, id: string, args: ExecutionArgs, result: unknown): AsyncIterableIterator<unknown> | undefined {
    const live = (ctx.extra as { [LIVE]?: LiveConnection })[LIVE];
    if (!live || !isAsyncIterable(result)) return undefined;
    const { stream, stop } = stoppable(result);
    live.operations.set(id, { args, stop });
    return stream;
  }

  /** graphql-ws `onComplete`: the operation ended (by the client or the server). */
  complete(ctx: WsContext, id: string): void {
    (ctx.extra as { [LIVE]?: LiveConnection })[LIVE]?.operations.delete(id);
  }

  /** graphql-ws `onClose`. */
  close(ctx: WsContext): void {
    const live = (ctx.extra as { [LIVE]?: LiveConnection })[LIVE];
    if (!live) return;
    live.unwatch();
    for (const op of live.operations.values()) op.stop();
    live.operations.clear();
  }

  private async changed(extra: WsExtra, live: LiveConnection, actor: Actor | null): Promise<void> {
    if (!actor) {
      for (const op of live.operations.values()) op.stop();
      live.operations.clear();
      extra.socket.close(4401, 'Unauthorized');
      return;
    }
    for (const [id, op] of [...live.operations]) {
      const context = op.args.contextValue as GqlContext;
      context.actor = actor;
      const again = await Promise.resolve(createSourceEventStream({ ...op.args, contextValue: { ...context, actor } })).catch(() => null);
      if (isAsyncIterable(again)) {
        await again.return?.();
        continue;
      }
      op.stop();
      live.operations.delete(id);
    }
  }
}
