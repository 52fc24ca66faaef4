import { EventEmitter } from 'node:events';
import { keepFresh } from './resync';

/** Resolves when `predicate` holds, checking after each turn of the event loop. */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setImmediate(resolve));
}

describe('keepFresh', () => {
  it("refetches on the server's resync and on a reconnect, not on the first connect", async () => {
    const socket = new EventEmitter();
    let refetches = 0;
    const stop = keepFresh(socket, async () => {
      refetches++;
    });
    socket.emit('connect');
    await new Promise((resolve) => setImmediate(resolve));
    expect(refetches).toBe(0);

    socket.emit('resync', { reason: 'redis-reconnected' });
    await until(() => refetches === 1);

    socket.emit('disconnect');
    socket.emit('connect');
    await until(() => refetches === 2);

    stop();
    socket.emit('resync', { reason: 'redis-reconnected' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(refetches).toBe(2);
    expect(socket.listenerCount('resync') + socket.listenerCount('connect') + socket.listenerCount('disconnect')).toBe(0);
  });

  it('coalesces a burst of resyncs into one refetch in flight and one after it', async () => {
    const socket = new EventEmitter();
    const finishers: Array<() => void> = [];
    keepFresh(socket, () => new Promise<void>((resolve) => finishers.push(resolve)));
    for (let i = 0; i < 5; i++) socket.emit('resync', { reason: 'redis-reconnected' });
    expect(finishers).toHaveLength(1);
    finishers[0]();
    await until(() => finishers.length === 2);
    finishers[1]();
    await new Promise((resolve) => setImmediate(resolve));
    expect(finishers).toHaveLength(2);
  });

  it('keeps listening after a refetch failed', async () => {
    const socket = new EventEmitter();
    let calls = 0;
    keepFresh(socket, async () => {
      calls++;
      throw new Error('offline');
    });
    socket.emit('resync', {});
    await until(() => calls === 1);
    await new Promise((resolve) => setImmediate(resolve));
    socket.emit('resync', {});
    await until(() => calls === 2);
  });
});
