import type { ComponentType, ReactNode } from 'react';
import { useQuery, type TypedDocumentNode, type WatchQueryFetchPolicy } from '@apollo/client';
import { useParams } from 'react-router-dom';
import { QueryState } from './query-state';

export interface RegionQueryStateProps<R> {
  /** A query `region(slug: $slug)` with the fields the page needs. */
  query: TypedDocumentNode<{ region: R }, { slug: string }>;
  fetchPolicy?: WatchQueryFetchPolicy;
  loadingLabel?: string;
  children: (region: R) => ReactNode;
}

/**
 * The region of a `/regio/:slug/…` page, found by the slug in the URL, with the loading, error and
 * "Deze regio bestaat niet (meer)" states of QueryState around it.
 */
export function RegionQueryState<R>({ query, fetchPolicy, loadingLabel, children }: RegionQueryStateProps<R>) {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(query, fetchPolicy ? { variables: { slug }, fetchPolicy } : { variables: { slug } });
  return (
    <QueryState data={data?.region} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel={loadingLabel} notFoundSubject="Deze regio">
      {children}
    </QueryState>
  );
}

export interface RegionPageProps<R extends { id: string }> extends Omit<RegionQueryStateProps<R>, 'children'> {
  /** The page's body for the loaded region; keyed by the region's id, so its state starts afresh for another region. */
  page: ComponentType<{ region: R }>;
}

/** A `/regio/:slug/…` page whose body only needs the region: RegionQueryState around `page`. */
export function RegionPage<R extends { id: string }>({ page: Page, ...state }: RegionPageProps<R>) {
  return <RegionQueryState {...state}>{(region) => <Page key={region.id} region={region} />}</RegionQueryState>;
}
