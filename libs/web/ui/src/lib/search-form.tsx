import type { FormHTMLAttributes } from 'react';

export interface SearchFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'role'> {
  /** Runs when the form is submitted (Enter or its button); the page itself never reloads. */
  onSearch?: () => void;
}

/** A search or filter form (role "search") that is handled on the page instead of submitted. */
export function SearchForm({ onSearch, children, ...form }: SearchFormProps) {
  return (
    <form
      role="search"
      {...form}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch?.();
      }}
    >
      {children}
    </form>
  );
}
