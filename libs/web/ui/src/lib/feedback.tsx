import type { ReactNode } from 'react';
import { Button } from './button';

export function Spinner({ label }: { label?: string }) {
  return <span className="vb-spinner" role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true} />;
}

/** Loading state for a region of the page; announced politely to screen readers. */
export function Loading({ label = 'Laden…' }: { label?: string }) {
  return (
    <div className="vb-loading" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

export interface ErrorMessageProps {
  message: string;
  title?: string;
  onRetry?: () => void;
}

export function ErrorMessage({ message, title = 'Er ging iets mis', onRetry }: ErrorMessageProps) {
  return (
    <div className="vb-alert vb-alert--error" role="alert">
      <p className="vb-alert__title">{title}</p>
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Opnieuw proberen
        </Button>
      )}
    </div>
  );
}

/** A short success or information message, announced politely. */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  return (
    <div className={`vb-alert vb-alert--${tone}`} role="status">
      {children}
    </div>
  );
}

export interface EmptyStateProps {
  message: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ message, action }: EmptyStateProps) {
  return (
    <div className="vb-empty">
      <p>{message}</p>
      {action && <div className="vb-empty__action">{action}</div>}
    </div>
  );
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`vb-badge vb-badge--${tone}`}>{children}</span>;
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="vb-visually-hidden">{children}</span>;
}
