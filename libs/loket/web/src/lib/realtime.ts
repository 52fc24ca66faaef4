import { useLiveRegionQueries, useRefetchQueries } from '@verbinder/web/api-client';
import { formatTime } from '@verbinder/web/ui';
import { LIVE_LOKET_QUERIES } from './operations';

/** Refetch every active query that shows loket requests (after a write, or on a live event). */
export function useRefreshLoket(): () => Promise<unknown> {
  return useRefetchQueries(LIVE_LOKET_QUERIES);
}

/**
 * Live inbox and request page: on `loket:changed` in the region, refetch the loket queries.
 * `requestId` limits it to one request (changes without a request, e.g. a routing rule, are ignored there).
 */
export function useLiveLoket(regionId: string | undefined, requestId?: string): { connected: boolean; lastChange: string | null } {
  const live = useLiveRegionQueries('loket:changed', regionId, LIVE_LOKET_QUERIES, (change) => !requestId || change.requestId === requestId);
  return { connected: live.connected, lastChange: live.lastChangeAt ? `Bijgewerkt om ${formatTime(live.lastChangeAt)}` : null };
}
