import { useEffect } from 'react';
import { getSocket, useRefetchQueries, useSocketConnected, useSocketEvent } from '@verbinder/web/api-client';

/**
 * Follows a werkgroep live: emits `werkgroep:watch` with the group id once connected (and
 * again after a reconnect), and refetches `queryNames` when a `werkgroep:changed` event of
 * one of `kinds` arrives for this group. Returns whether the live connection is up.
 */
export function useWerkgroepLive(werkgroepId: string | undefined, kinds: readonly string[], queryNames: readonly string[]): boolean {
  const connected = useSocketConnected();
  const refresh = useRefetchQueries(queryNames);
  useEffect(() => {
    if (!connected || !werkgroepId) return;
    const socket = getSocket();
    socket.emit('werkgroep:watch', werkgroepId);
  }, [connected, werkgroepId]);
  useSocketEvent('werkgroep:changed', (change) => {
    if (change.werkgroepId === werkgroepId && kinds.includes(change.kind)) void refresh().catch(() => undefined);
  });
  return connected;
}
