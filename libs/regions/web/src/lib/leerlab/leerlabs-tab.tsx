import { Link } from 'react-router-dom';
import { Card, LinkList } from '@verbinder/web/ui';
import { RegionListTab } from '../region/region-list-tab';
import { useRegion } from '../region/region-page';

export function LeerlabsTab() {
  const region = useRegion();
  return (
    <RegionListTab count={region.leerlabs.length} emptyMessage="Nog geen leerlabs in deze regio." addLabel="Leerlab toevoegen" addPath="leerlabs/nieuw">
      <div className="vb-grid">
        {region.leerlabs.map((leerlab) => (
          <Card
            key={leerlab.id}
            title={leerlab.name}
            headingLevel={3}
            actions={
              region.canManage ? (
                <Link to={`/leerlab/${leerlab.id}/bewerken`} aria-label={`${leerlab.name} bewerken`}>
                  Bewerken
                </Link>
              ) : undefined
            }
          >
            <p className="vb-muted">
              Ronde {leerlab.round} · gestart in {leerlab.startYear}
              {leerlab.theme ? ` · ${leerlab.theme}` : ''}
            </p>
            {leerlab.description && <p>{leerlab.description}</p>}
            <LinkList items={leerlab.schools} href={(school) => `/school/${school.id}`} emptyText={<p className="vb-muted">Nog geen scholen gekoppeld.</p>} label={`Scholen in ${leerlab.name}`} />
          </Card>
        ))}
      </div>
    </RegionListTab>
  );
}
