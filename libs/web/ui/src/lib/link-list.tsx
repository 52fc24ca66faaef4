import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface LinkListProps<T extends { id: string; name: string }> {
  items: readonly T[];
  /** The page of one item, e.g. `(school) => \`/school/${school.id}\``. */
  href: (item: T) => string;
  /** Shown instead of the list when there are no items. */
  emptyText: ReactNode;
  /** Accessible name of the list. */
  label?: string;
}

/** Named things as a plain list of links to their pages (schools, people). */
export function LinkList<T extends { id: string; name: string }>({ items, href, emptyText, label }: LinkListProps<T>) {
  if (items.length === 0) return <>{emptyText}</>;
  return (
    <ul className="vb-plain-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={href(item)}>{item.name}</Link>
        </li>
      ))}
    </ul>
  );
}
