import { useEffect, type ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /** Small line above the title, e.g. a back link or the kind of page. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** 2 for a section page inside a layout that already has the page's h1 (e.g. a werkgroep tab). */
  level?: 1 | 2;
}

export function PageHeader({ title, eyebrow, description, actions, level = 1 }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <header className="vb-page-header">
      <div className="vb-page-header__text">
        {eyebrow && <div className="vb-page-header__eyebrow">{eyebrow}</div>}
        {level === 1 ? <h1>{title}</h1> : <h2>{title}</h2>}
        {description && <div className="vb-page-header__description">{description}</div>}
      </div>
      {actions && <div className="vb-page-header__actions">{actions}</div>}
    </header>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Verbinder`;
  }, [title]);
}

export interface CardProps {
  title?: ReactNode;
  /** Heading level for the title; defaults to h2. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['vb-card', className].filter(Boolean).join(' ')}>
      {(title || actions) && (
        <div className="vb-card__header">
          {title && <Heading className="vb-card__title">{title}</Heading>}
          {actions && <div className="vb-card__actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
}

export function DescriptionList({ items }: { items: readonly DescriptionItem[] }) {
  return (
    <dl className="vb-dl">
      {items.map((item, index) => (
        <div className="vb-dl__row" key={index}>
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Navigation between sections of one page; pass links (e.g. router NavLinks) as children. */
export function Tabs({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="vb-tabs" aria-label={label}>
      {children}
    </nav>
  );
}
