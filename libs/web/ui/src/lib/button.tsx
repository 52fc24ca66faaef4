import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

/** Class names for anything that should look like a button (e.g. a router link). */
export function buttonClassName(variant: ButtonVariant = 'primary', extra?: string): string {
  return ['vb-button', `vb-button--${variant}`, extra].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows a spinner and disables the button while an action runs. */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, className, disabled, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className={buttonClassName(variant, className)} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy && <span className="vb-spinner vb-spinner--inline" aria-hidden="true" />}
      {children}
    </button>
  );
}

/** The "Annuleren" button of a form or an inline editor. */
export function CancelButton({ variant = 'secondary', ...rest }: Omit<ButtonProps, 'children' | 'type' | 'busy'>) {
  return (
    <Button variant={variant} {...rest}>
      Annuleren
    </Button>
  );
}
