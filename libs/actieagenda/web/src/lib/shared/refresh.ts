import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client';
import { LIVE_ACTIE_QUERIES } from '../graphql/operations';

const LIVE = new Set<string>(LIVE_ACTIE_QUERIES);

/** Refetch every active query that shows actie data (after a write, or on a live event). */
export function useRefreshActieData(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(
    () =>
      client.refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => LIVE.has(query.queryName ?? ''),
      }),
    [client],
  );
}
