import { Link } from 'react-router-dom';
import { Card } from '@verbinder/web/ui';
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
            {leerlab.schools.length === 0 ? (
              <p className="vb-muted">Nog geen scholen gekoppeld.</p>
            ) : (
              <ul className="vb-plain-list" aria-label={`Scholen in ${leerlab.name}`}>
                {leerlab.schools.map((school) => (
                  <li key={school.id}>
                    <Link to={`/school/${school.id}`}>{school.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </RegionListTab>
  );
}
