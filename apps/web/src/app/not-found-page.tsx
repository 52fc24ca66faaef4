import { Link } from 'react-router-dom';
import { EmptyState, PageHeader } from '@verbinder/web/ui';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Pagina niet gevonden" />
      <EmptyState message="Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een typefout in het adres." action={<Link to="/">Naar de startpagina</Link>} />
    </>
  );
}
