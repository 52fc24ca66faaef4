import { useMutation } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '@verbinder/web/ui';
import { CREATE_LEERLAB, LEERLAB_QUERY, REGION_QUERY, UPDATE_LEERLAB } from '../graphql/operations';
import { flash } from '../shared/flash';
import { RegionQueryState, IdQueryState } from '@verbinder/web/forms';
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
  const [updateLeerlab] = useMutation(UPDATE_LEERLAB);
  return (
    <IdQueryState query={LEERLAB_QUERY} select={(data) => data.leerlab} notFoundSubject="Dit leerlab">
      {(leerlab) => (
        <>
          <PageHeader title={`${leerlab.name} bewerken`} eyebrow={<Link to={`/regio/${leerlab.region.slug}/leerlabs`}>{leerlab.region.name}</Link>} />
          <LeerlabForm
            key={leerlab.id}
            region={leerlab.region}
            leerlab={leerlab}
            submitLabel="Wijzigingen opslaan"
            onSave={(input) => updateLeerlab({ variables: { input: { ...input, id: leerlab.id } } })}
          />
        </>
      )}
    </IdQueryState>
  );
}
