import { useCallback, useEffect, useRef, useState } from 'react';
import { getSocket, useRefetchQueries, useSocketConnected, useSocketEvent } from '@verbinder/web/api-client';
import { LIVE_WERKGROEP_QUERIES } from './operations';

export interface WerkgroepLive {
  connected: boolean;
  /** The viewer was removed from the group while watching; stop showing its content. */
  removed: boolean;
  /** When the last change arrived (ISO), or null. */
  lastChangeAt: string | null;
  /** Kind of the last change (post, reaction, members, …). */
  lastKind: string | null;
}

/**
 * Follows one werkgroep live: joins its room (`werkgroep:watch`) while mounted and leaves it on
 * unmount (`werkgroep:unwatch`); on `werkgroep:changed` for this group refetches the group's
 * queries (bursts coalesced: one refetch in flight, one queued); on `werkgroep:removed` reports
 * that the viewer lost access.
 */
export function useWerkgroepLive(werkgroepId: string | undefined): WerkgroepLive {
  const connected = useSocketConnected();
  const refresh = useRefetchQueries(LIVE_WERKGROEP_QUERIES);
  const [removed, setRemoved] = useState(false);
  const [last, setLast] = useState<{ at: string; kind: string } | null>(null);
  const state = useRef({ running: false, queued: false });

  useEffect(() => {
    setRemoved(false);
  }, [werkgroepId]);

  useEffect(() => {
    if (!connected || !werkgroepId || removed) return undefined;
    const socket = getSocket();
    socket.emit('werkgroep:watch', werkgroepId);
    return () => {
      socket.emit('werkgroep:unwatch', werkgroepId);
    };
  }, [connected, werkgroepId, removed]);

  const refetchCoalesced = useCallback(() => {
    const run = () => {
      state.current.running = true;
      state.current.queued = false;
      refresh()
        .catch(() => undefined)
        .finally(() => {
          state.current.running = false;
          if (state.current.queued) run();
        });
    };
    if (state.current.running) state.current.queued = true;
    else run();
  }, [refresh]);

  useSocketEvent('werkgroep:changed', (change) => {
    if (change.werkgroepId !== werkgroepId || removed) return;
    setLast({ at: change.at, kind: change.kind });
    refetchCoalesced();
  });
  useSocketEvent('werkgroep:removed', (event) => {
    if (event.werkgroepId === werkgroepId) setRemoved(true);
  });

  return { connected, removed, lastChangeAt: last?.at ?? null, lastKind: last?.kind ?? null };
}
