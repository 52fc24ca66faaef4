import { Link } from 'react-router-dom';
import { EmptyState, Table, buttonClassName } from '@verbinder/web/ui';
import type { LeerrouteSummary } from '../graphql/types';
import { mboLeerwegLabels, vmboLeerwegLabels } from '../labels';
import { useRegion } from '../region/region-page';
import { PhaseBadge, RouteTypeBadge } from '../shared/badges';

export function LeerroutesTab() {
  const region = useRegion();
  const addLink = region.canManage ? (
    <Link className={buttonClassName('primary')} to={`/regio/${region.slug}/leerroutes/nieuw`}>
      Leerroute toevoegen
    </Link>
  ) : null;

  if (region.leerroutes.length === 0) {
    return <EmptyState message="Nog geen leerroutes in deze regio." action={addLink} />;
  }
  return (
    <div className="vb-stack">
      {addLink && <div className="vb-inline">{addLink}</div>}
      <Table<LeerrouteSummary>
        caption={`Leerroutes in ${region.name}`}
        hideCaption
        rows={region.leerroutes}
        rowKey={(route) => route.id}
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
    </div>
  );
}
