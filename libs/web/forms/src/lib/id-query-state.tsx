import type { ComponentType, ReactNode } from 'react';
import { useQuery, type TypedDocumentNode, type WatchQueryFetchPolicy } from '@apollo/client';
import { useParams } from 'react-router-dom';
import { QueryState } from './query-state';

export interface IdQueryStateProps<TData, T> {
  /** A query with one variable `$id`, filled from the `:id` in the URL. */
  query: TypedDocumentNode<TData, { id: string }>;
  /** The record the page shows, e.g. `(data) => data.school`. */
  select: (data: TData) => T;
  fetchPolicy?: WatchQueryFetchPolicy;
  loadingLabel?: string;
  /** What is missing, e.g. "Deze school"; used for NOT_FOUND. */
  notFoundSubject: string;
  children: (record: T) => ReactNode;
}

/**
 * The record of a `/…/:id` page, fetched by the id in the URL, with the loading, error and
 * not-found states of QueryState around it.
 */
export function IdQueryState<TData, T>({ query, select, fetchPolicy, loadingLabel, notFoundSubject, children }: IdQueryStateProps<TData, T>) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(query, fetchPolicy ? { variables: { id }, fetchPolicy } : { variables: { id } });
  return (
    <QueryState data={data ? select(data) : undefined} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel={loadingLabel} notFoundSubject={notFoundSubject}>
      {children}
    </QueryState>
  );
}

export interface IdPageProps<TData, T extends { id: string }> extends Omit<IdQueryStateProps<TData, T>, 'children'> {
  /** The page's body for the loaded record; keyed by the record's id, so its state starts afresh for another record. */
  page: ComponentType<{ record: T }>;
}

/** A `/…/:id` page whose body only needs the record: IdQueryState around `page` (as RegionPage for a region). */
export function IdPage<TData, T extends { id: string }>({ page: Page, ...state }: IdPageProps<TData, T>) {
  return <IdQueryState {...state}>{(record) => <Page key={record.id} record={record} />}</IdQueryState>;
}
