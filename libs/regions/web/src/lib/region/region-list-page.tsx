import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { Card, EmptyState, PageHeader } from '@verbinder/web/ui';
import { REGIONS_QUERY } from '../graphql/operations';
import { QueryState } from '@verbinder/web/forms';

export function RegionListPage() {
  const { data, loading, error, refetch } = useQuery(REGIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title="Regio's" description={<p>Regionale netwerken waarin vmbo- en mbo-scholen samenwerken.</p>} />
      <QueryState data={data?.regions} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Regio's laden…">
        {(regions) =>
          regions.length === 0 ? (
            <EmptyState message="Er zijn nog geen regio's waar je toegang toe hebt. Vraag een beheerder om je toe te voegen." />
          ) : (
            <div className="vb-grid">
              {regions.map((region) => (
                <Card key={region.id} title={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}>
                  {region.description && <p>{region.description}</p>}
                  <p className="vb-muted">
                    {region.counts.schools} scholen · {region.counts.leerlabs} leerlabs · {region.counts.people} mensen · {region.counts.leerroutes} leerroutes
                  </p>
                </Card>
              ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}
