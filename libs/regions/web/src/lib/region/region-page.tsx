import { useApolloClient } from '@apollo/client';
import { Link, NavLink, Outlet, useOutletContext } from 'react-router-dom';
import { PageHeader, Tabs } from '@verbinder/web/ui';
import { REGION_QUERY } from '../graphql/operations';
import type { RegionDetail } from '../graphql/types';
import { FlashNotice } from '../shared/flash';
import { RegionQueryState } from '@verbinder/web/forms';
import { ActivityFeed } from './activity-feed';

/** Queries that show region data and are refreshed when someone changes something in the region. */
const LIVE_QUERIES = new Set(['Region', 'People']);

/** The counts above the tabs, with the Dutch word for one and for more. */
const REGION_COUNTS = [
  { key: 'schools', one: 'school', many: 'scholen' },
  { key: 'leerlabs', one: 'leerlab', many: 'leerlabs' },
  { key: 'people', one: 'persoon', many: 'mensen' },
  { key: 'leerroutes', one: 'leerroute', many: 'leerroutes' },
] as const;

/** The region page: header, counts, tabs (Scholen, Leerlabs, Mensen, Leerroutes) and the live feed. */
export function RegionPage() {
  const client = useApolloClient();

  return (
    <RegionQueryState query={REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Regio laden…">
      {(region) => (
        <>
          <PageHeader title={region.name} eyebrow={<Link to="/regio">Regio's</Link>} description={region.description ? <p>{region.description}</p> : undefined} />
          <FlashNotice />
          <ul className="vb-stats" aria-label="Aantallen in deze regio">
            {REGION_COUNTS.map(({ key, one, many }) => (
              <li key={key}>
                <strong>{region.counts[key]}</strong> {region.counts[key] === 1 ? one : many}
              </li>
            ))}
          </ul>
          <div className="vb-with-aside">
            <div className="vb-with-aside__main">
              <Tabs label="Onderdelen van de regio">
                <NavLink to={`/regio/${region.slug}`} end>
                  Scholen
                </NavLink>
                <NavLink to={`/regio/${region.slug}/leerlabs`}>Leerlabs</NavLink>
                <NavLink to={`/regio/${region.slug}/mensen`}>Mensen</NavLink>
                <NavLink to={`/regio/${region.slug}/leerroutes`}>Leerroutes</NavLink>
              </Tabs>
              <Outlet context={region} />
            </div>
            <aside className="vb-with-aside__aside" aria-label="Recente activiteit">
              <ActivityFeed
                key={region.id}
                regionId={region.id}
                onActivity={() =>
                  void client.refetchQueries({
                    include: 'active',
                    onQueryUpdated: (query) => LIVE_QUERIES.has(query.queryName ?? ''),
                  })
                }
              />
            </aside>
          </div>
        </>
      )}
    </RegionQueryState>
  );
}

/** The region loaded by RegionPage, for its tabs. */
export function useRegion(): RegionDetail {
  return useOutletContext<RegionDetail>();
}
