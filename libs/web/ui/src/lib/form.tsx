import type { FormEvent, ReactNode } from 'react';
import { Button, CancelButton } from './button';

export interface FormProps {
  /** Accessible name of the form. */
  label: string;
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
}

/** A form that never reloads the page and leaves validation messages to us. */
export function Form({ label, onSubmit, children, className }: FormProps) {
  return (
    <form
      aria-label={label}
      noValidate
      className={['vb-form', className].filter(Boolean).join(' ')}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

export interface FormActionsProps {
  submitLabel: string;
  saving: boolean;
  /** Shows "Opgeslagen" next to the button after a successful save. */
  saved?: boolean;
  /** Button text while saving. */
  busyLabel?: string;
  secondary?: ReactNode;
  /** Shows an "Annuleren" button (disabled while saving) that calls this. */
  onCancel?: () => void;
}

export function FormActions({ submitLabel, saving, saved = false, busyLabel = 'Bezig met opslaan…', secondary, onCancel }: FormActionsProps) {
  return (
    <div className="vb-form__actions">
      <Button type="submit" busy={saving}>
        {saving ? busyLabel : submitLabel}
      </Button>
      {secondary}
      {onCancel && <CancelButton onClick={onCancel} disabled={saving} />}
      <span className="vb-form__status" role="status">
        {saved && !saving ? 'Opgeslagen' : ''}
      </span>
    </div>
  );
}

/** Summary of what went wrong when saving, at the top of a form. */
export function FormErrorSummary({ message, title = 'Opslaan is niet gelukt' }: { message?: string; title?: string }) {
  if (!message) return null;
  return (
    <div className="vb-alert vb-alert--error" role="alert">
      <p className="vb-alert__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
