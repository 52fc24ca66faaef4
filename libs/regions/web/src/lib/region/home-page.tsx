import { Navigate } from 'react-router-dom';
import { useViewer, viewerRegions } from '@verbinder/web/api-client';
import { RegionListPage } from './region-list-page';

/** Start page: straight to the person's own region, or the list of regions. */
export function HomePage() {
  const { data } = useViewer();
  const [firstRegion] = viewerRegions(data?.viewer.person);
  if (firstRegion) return <Navigate to={`/regio/${firstRegion.slug}`} replace />;
  return <RegionListPage />;
}
