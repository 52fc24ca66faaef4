/** The part of a socket.io client socket that keepFresh listens on. */
export interface ResyncSource {
  on(event: 'resync' | 'connect' | 'disconnect', listener: (...args: unknown[]) => void): unknown;
  off(event: 'resync' | 'connect' | 'disconnect', listener: (...args: unknown[]) => void): unknown;
}

/**
 * Keeps every screen fresh when live events may have been missed: on the server's `resync`
 * (its link to the other nodes was down and is back) and when the socket connects again after
 * it was disconnected, `refetch` runs (in the app: Apollo's `reFetchObservableQueries`, every
 * active query). Bursts are coalesced: one refetch in flight and at most one queued. Returns a
 * function that stops listening.
 */
export function keepFresh(socket: ResyncSource, refetch: () => Promise<unknown>): () => void {
  let running = false;
  let queued = false;
  let wasDisconnected = false;
  const run = () => {
    if (running) {
      queued = true;
      return;
    }
    running = true;
    queued = false;
    refetch()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (queued) run();
      });
  };
  const onDisconnect = () => {
    wasDisconnected = true;
  };
  const onConnect = () => {
    if (!wasDisconnected) return;
    wasDisconnected = false;
    run();
  };
  socket.on('resync', run);
  socket.on('disconnect', onDisconnect);
  socket.on('connect', onConnect);
  return () => {
    socket.off('resync', run);
    socket.off('disconnect', onDisconnect);
    socket.off('connect', onConnect);
  };
}
