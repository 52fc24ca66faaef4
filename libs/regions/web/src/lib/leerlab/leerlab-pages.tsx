import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '@verbinder/web/ui';
import { CREATE_LEERLAB, LEERLAB_QUERY, REGION_QUERY, UPDATE_LEERLAB } from '../graphql/operations';
import { flash } from '../shared/flash';
import { QueryState, RegionQueryState } from '@verbinder/web/forms';
import { LeerlabForm } from './leerlab-form';

export function LeerlabCreatePage() {
  const navigate = useNavigate();
  const [createLeerlab] = useMutation(CREATE_LEERLAB);
  return (
    <RegionQueryState query={REGION_QUERY}>
      {(region) => (
        <>
          <PageHeader title="Nieuw leerlab" eyebrow={<Link to={`/regio/${region.slug}/leerlabs`}>{region.name}</Link>} />
          <LeerlabForm
            region={region}
            submitLabel="Leerlab toevoegen"
            onSave={async (input) => {
              await createLeerlab({ variables: { input: { ...input, regionId: region.id } } });
              navigate(`/regio/${region.slug}/leerlabs`, flash('Opgeslagen: het leerlab is toegevoegd.'));
            }}
          />
        </>
      )}
    </RegionQueryState>
  );
}

export function LeerlabEditPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LEERLAB_QUERY, { variables: { id } });
  const [updateLeerlab] = useMutation(UPDATE_LEERLAB);
  return (
    <QueryState data={data?.leerlab} loading={loading} error={error} onRetry={() => void refetch()} notFoundSubject="Dit leerlab">
      {(leerlab) => (
        <>
          <PageHeader
            title={`${leerlab.name} bewerken`}
            eyebrow={<Link to={`/regio/${leerlab.region.slug}/leerlabs`}>{leerlab.region.name}</Link>}
          />
          <LeerlabForm
            key={leerlab.id}
            region={leerlab.region}
            leerlab={leerlab}
            submitLabel="Wijzigingen opslaan"
            onSave={(input) => updateLeerlab({ variables: { input: { ...input, id: leerlab.id } } })}
          />
        </>
      )}
    </QueryState>
  );
}
