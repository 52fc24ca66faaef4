import { Link } from 'react-router-dom';
import { EmptyState, Table, buttonClassName } from '@verbinder/web/ui';
import type { SchoolSummary } from '../graphql/types';
import { useRegion } from '../region/region-page';
import { SchoolKindBadge } from '../shared/badges';

export function SchoolsTab() {
  const region = useRegion();
  const addLink = region.canManage ? (
    <Link className={buttonClassName('primary')} to={`/regio/${region.slug}/scholen/nieuw`}>
      School toevoegen
    </Link>
  ) : null;

  if (region.schools.length === 0) {
    return <EmptyState message="Nog geen scholen in deze regio." action={addLink} />;
  }
  return (
    <div className="vb-stack">
      {addLink && <div className="vb-inline">{addLink}</div>}
      <Table<SchoolSummary>
        caption={`Scholen in ${region.name}`}
        hideCaption
        rows={region.schools}
        rowKey={(school) => school.id}
        columns={[
          { header: 'School', isRowHeader: true, cell: (school) => <Link to={`/school/${school.id}`}>{school.name}</Link> },
          { header: 'Soort', cell: (school) => <SchoolKindBadge kind={school.kind} /> },
          { header: 'Koepel', cell: (school) => school.koepel ?? '—' },
          {
            header: 'Plaats',
            cell: (school) => [...new Set(school.locations.map((location) => location.city))].join(', ') || '—',
          },
        ]}
      />
    </div>
  );
}
