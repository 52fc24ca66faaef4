import { useLiveRegionQueries, useRefetchQueries } from '@verbinder/web/api-client';
import { formatTime } from '@verbinder/web/ui';
import { LIVE_ACTIVITY_QUERIES } from './operations';

/** Refetch every active query that shows activity data (after a write, or on a live event). */
export function useRefreshActivities(): () => Promise<unknown> {
  return useRefetchQueries(LIVE_ACTIVITY_QUERIES);
}

/**
 * Live places left: on `activity:changed` in the region, refetch the activity queries.
 * `activityId` limits it to one activity (changes without an activity, e.g. a series, still count).
 */
export function useLiveActivities(regionId: string | undefined, activityId?: string): { connected: boolean; lastChange: string | null } {
  const live = useLiveRegionQueries('activity:changed', regionId, LIVE_ACTIVITY_QUERIES, (change) => !activityId || !change.activityId || change.activityId === activityId);
  return { connected: live.connected, lastChange: live.lastChangeAt ? `Bijgewerkt om ${formatTime(live.lastChangeAt)}` : null };
}
