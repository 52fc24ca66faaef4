import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorCode, errorCode, errorMessage } from '@verbinder/web/api-client';
import { EmptyState, ErrorMessage, Loading } from '@verbinder/web/ui';

export interface QueryStateProps<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  loadingLabel?: string;
  /** What is missing, e.g. "Deze school"; used for NOT_FOUND. */
  notFoundSubject?: string;
  children: (data: T) => ReactNode;
}

/** Loading, error (with "Opnieuw proberen") and not-found states around a query result. */
export function QueryState<T>({ data, loading, error, onRetry, loadingLabel, notFoundSubject, children }: QueryStateProps<T>) {
  if (data !== undefined) return <>{children(data)}</>;
  if (error) {
    if (notFoundSubject && errorCode(error) === ErrorCode.NOT_FOUND) {
      return <EmptyState message={`${notFoundSubject} bestaat niet (meer) of je hebt er geen toegang toe.`} action={<Link to="/regio">Naar het overzicht van regio's</Link>} />;
    }
    return <ErrorMessage message={errorMessage(error)} onRetry={onRetry} />;
  }
  if (loading) return <Loading label={loadingLabel} />;
  return null;
}
