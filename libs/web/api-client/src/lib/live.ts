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
  return useCallback(() => client.refetchQueries({ include: 'active', onQueryUpdated: (query) => names.current.has(query.queryName ?? '') }), [client]);
}

/**
 * Calls `run` (the latest one passed), coalescing bursts: at most one call in flight and one
 * queued (a burst of live events, or an import that sends many changes at once, costs two round
 * trips, not one per event). Failures are left to the screen's own error state.
 */
export function useCoalescedCall(run: () => Promise<unknown>): () => void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const state = useRef({ running: false, queued: false });
  return useCallback(() => {
    const start = () => {
      state.current.running = true;
      state.current.queued = false;
      runRef
        .current()
        .catch(() => undefined)
        .finally(() => {
          state.current.running = false;
          if (state.current.queued) start();
        });
    };
    if (state.current.running) state.current.queued = true;
    else start();
  }, []);
}

/** Refetches the named queries, coalescing bursts (see useCoalescedCall). */
export function useCoalescedRefetch(queryNames: readonly string[]): () => void {
  return useCoalescedCall(useRefetchQueries(queryNames));
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
