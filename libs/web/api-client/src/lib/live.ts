import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import type { ServerToClientEvents } from '@verbinder/shared/contracts';
import { getSocket, useSocketConnected, useSocketEvent } from './socket';

type EventName = keyof ServerToClientEvents;
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Refetch every active query whose operation name is in `queryNames` (after a write, or on a live event). */
export function useRefetchQueries(queryNames: readonly string[]): () => Promise<unknown> {
  const client = useApolloClient();
  const names = useRef(new Set(queryNames));
  return useCallback(
    () => client.refetchQueries({ include: 'active', onQueryUpdated: (query) => names.current.has(query.queryName ?? '') }),
    [client],
  );
}

/**
 * Refetches the named queries, coalescing bursts: at most one refetch in flight and one queued
 * (a burst of live events costs two round trips, not one per event).
 */
export function useCoalescedRefetch(queryNames: readonly string[]): () => void {
  const refresh = useRefetchQueries(queryNames);
  const state = useRef({ running: false, queued: false });
  return useCallback(() => {
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
}

/**
 * Live screens of a region: watches the region's room ('region:watch', so platform beheerders
 * who are not members get it too) and on `event` refetches the named queries when `accept`
 * says the change is about this screen (coalesced, see useCoalescedRefetch). Returns whether the connection is up and when the last change arrived.
 */
export function useLiveRegionQueries<E extends EventName>(
  event: E,
  regionId: string | undefined,
  queryNames: readonly string[],
  accept: (change: Payload<E>) => boolean = () => true,
): { connected: boolean; lastChangeAt: string | null } {
  const connected = useSocketConnected();
  const refetch = useCoalescedRefetch(queryNames);
  const [lastChangeAt, setLastChangeAt] = useState<string | null>(null);

  useEffect(() => {
    if (connected && regionId) getSocket().emit('region:watch', regionId);
  }, [connected, regionId]);

  const handler = ((change: Payload<E>) => {
    if (!accept(change)) return;
    refetch();
    const at = (change as { at?: string } | undefined)?.at;
    setLastChangeAt(at ?? new Date().toISOString());
  }) as unknown as ServerToClientEvents[E];
  useSocketEvent(event, handler);

  return { connected, lastChangeAt };
}
