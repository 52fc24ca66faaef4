import { Link } from 'react-router-dom';
import { Table } from '@verbinder/web/ui';
import type { SchoolSummary } from '../graphql/types';
import { RegionListTab } from '../region/region-list-tab';
import { useRegion } from '../region/region-page';
import { SchoolKindBadge } from '../shared/badges';

export function SchoolsTab() {
  const region = useRegion();
  return (
    <RegionListTab count={region.schools.length} emptyMessage="Nog geen scholen in deze regio." addLabel="School toevoegen" addPath="scholen/nieuw">
      <Table<SchoolSummary>
        caption={`Scholen in ${region.name}`}
        hideCaption
        rows={region.schools}
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
    </RegionListTab>
  );
}
