import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { getSocket, useSocketConnected, useSocketEvent } from '@verbinder/web/api-client';
import { formatTime } from '@verbinder/web/ui';
import { LIVE_ACTIVITY_QUERIES } from './operations';

const LIVE = new Set<string>(LIVE_ACTIVITY_QUERIES);

/** Refetch every active query that shows activity data (after a write, or on a live event). */
export function useRefreshActivities(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(
    () => client.refetchQueries({ include: 'active', onQueryUpdated: (query) => LIVE.has(query.queryName ?? '') }),
    [client],
  );
}

/**
 * Live places left: on `activity:changed` in the region (members are in the region's room;
 * 'region:watch' adds others such as a platform beheerder), refetch the activity queries.
 * `activityId` limits it to one activity (changes without an activity, e.g. a series, still count).
 * Bursts are coalesced: at most one refetch in flight and one queued.
 */
export function useLiveActivities(regionId: string | undefined, activityId?: string): { connected: boolean; lastChange: string | null } {
  const connected = useSocketConnected();
  const refresh = useRefreshActivities();
  const [lastChange, setLastChange] = useState<string | null>(null);
  const state = useRef({ running: false, queued: false });

  useEffect(() => {
    if (connected && regionId) getSocket().emit('region:watch', regionId);
  }, [connected, regionId]);

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

  useSocketEvent('activity:changed', (change) => {
    if (activityId && change.activityId && change.activityId !== activityId) return;
    refetchCoalesced();
    setLastChange(`Bijgewerkt om ${formatTime(change.at)}`);
  });

  return { connected, lastChange };
}
