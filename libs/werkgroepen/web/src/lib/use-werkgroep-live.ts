import { useCallback, useEffect, useRef } from 'react';
import { getSocket, useRefetchQueries, useSocketConnected, useSocketEvent } from '@verbinder/web/api-client';

/**
 * Follows a werkgroep live: emits `werkgroep:watch` with the id (again after a reconnect) and
 * refetches the named queries when a `werkgroep:changed` of one of `kinds` arrives. Bursts are
 * coalesced (one refetch running, at most one queued).
 */
export function useWerkgroepLive(werkgroepId: string | undefined, kinds: readonly string[], queryNames: readonly string[]): { connected: boolean } {
  const connected = useSocketConnected();
  const refresh = useRefetchQueries(queryNames);
  const state = useRef({ running: false, queued: false });
  const kindSet = useRef(new Set(kinds));

  useEffect(() => {
    if (!connected || !werkgroepId) return;
    const socket = getSocket();
    socket.emit('werkgroep:watch', werkgroepId);
    return () => {
      socket.emit('werkgroep:unwatch', werkgroepId);
    };
  }, [connected, werkgroepId]);

  const run = useCallback(() => {
    if (state.current.running) {
      state.current.queued = true;
      return;
    }
    state.current.running = true;
    state.current.queued = false;
    refresh()
      .catch(() => undefined)
      .finally(() => {
        state.current.running = false;
        if (state.current.queued) run();
      });
  }, [refresh]);

  useSocketEvent('werkgroep:changed', (change) => {
    if (change.werkgroepId === werkgroepId && kindSet.current.has(change.kind)) run();
  });
  return { connected };
}
