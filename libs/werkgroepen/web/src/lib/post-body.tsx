import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { GlossaryTermLink } from './operations';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A post's text as typed (never as HTML), with the taalbrug terms the API found in it linked to
 * the term on the taalbrug page (case-insensitive, whole words, as the API matches them).
 */
export function PostBody({ body, terms, regionSlug }: { body: string; terms: readonly GlossaryTermLink[]; regionSlug: string }) {
  if (terms.length === 0) return <p className="vb-post__body">{body}</p>;
  const byLower = new Map(terms.map((t) => [t.term.toLowerCase(), t]));
  const alternatives = [...terms].sort((a, b) => b.term.length - a.term.length).map((t) => escape(t.term));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    const index = match.index ?? 0;
    const term = byLower.get(match[0].toLowerCase());
    if (!term) continue;
    parts.push(body.slice(last, index));
    parts.push(
      <Link key={`${index}-${term.id}`} to={`/regio/${regionSlug}/taalbrug?begrip=${term.id}`} className="vb-post__term" title={`${term.term} in de taalbrug`}>
        {match[0]}
      </Link>,
    );
    last = index + match[0].length;
  }
  parts.push(body.slice(last));
  return (
    <p className="vb-post__body">
      {parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </p>
  );
}
