import { Link } from 'react-router-dom';
import { Table } from '@verbinder/web/ui';
import type { LeerrouteSummary } from '../graphql/types';
import { mboLeerwegLabels, vmboLeerwegLabels } from '../labels';
import { RegionListTab } from '../region/region-list-tab';
import { useRegion } from '../region/region-page';
import { PhaseBadge, RouteTypeBadge } from '../shared/badges';

export function LeerroutesTab() {
  const region = useRegion();
  return (
    <RegionListTab count={region.leerroutes.length} emptyMessage="Nog geen leerroutes in deze regio." addLabel="Leerroute toevoegen" addPath="leerroutes/nieuw">
      <Table<LeerrouteSummary>
        caption={`Leerroutes in ${region.name}`}
        hideCaption
        rows={region.leerroutes}
        columns={[
          { header: 'Leerroute', isRowHeader: true, cell: (route) => <Link to={`/leerroute/${route.id}`}>{route.name}</Link> },
          { header: 'Soort', cell: (route) => <RouteTypeBadge routeType={route.routeType} /> },
          { header: 'Van (vmbo)', cell: (route) => `${route.vmboProfiel}, ${vmboLeerwegLabels[route.vmboLeerweg]}` },
          {
            header: 'Naar (mbo)',
            cell: (route) => `${route.mboOpleiding}, niveau ${route.mboNiveau}, ${mboLeerwegLabels[route.mboLeerweg].split(' ')[0]}`,
          },
          { header: 'Fase', cell: (route) => <PhaseBadge phase={route.phase} /> },
        ]}
      />
    </RegionListTab>
  );
}
