import { useMutation } from '@apollo/client';
import { useNavigate } from 'react-router-dom';
import { CREATE_LEERLAB, LEERLAB_QUERY, UPDATE_LEERLAB } from '../graphql/operations';
import { flash } from '../shared/flash';
import { RecordEditPage, RegionCreatePage } from '../shared/form-pages';
import { LeerlabForm } from './leerlab-form';

export function LeerlabCreatePage() {
  const navigate = useNavigate();
  const [createLeerlab] = useMutation(CREATE_LEERLAB);
  return (
    <RegionCreatePage title="Nieuw leerlab" section="leerlabs">
      {(region) => (
        <LeerlabForm
          region={region}
          submitLabel="Leerlab toevoegen"
          onSave={async (input) => {
            await createLeerlab({ variables: { input: { ...input, regionId: region.id } } });
            navigate(`/regio/${region.slug}/leerlabs`, flash('Opgeslagen: het leerlab is toegevoegd.'));
          }}
        />
      )}
    </RegionCreatePage>
  );
}

export function LeerlabEditPage() {
  const [updateLeerlab] = useMutation(UPDATE_LEERLAB);
  return (
    <RecordEditPage
      query={LEERLAB_QUERY}
      select={(data) => data.leerlab}
      notFoundSubject="Dit leerlab"
      back={(leerlab) => ({ to: `/regio/${leerlab.region.slug}/leerlabs`, label: leerlab.region.name })}
    >
      {(leerlab) => (
        <LeerlabForm
          key={leerlab.id}
          region={leerlab.region}
          leerlab={leerlab}
          submitLabel="Wijzigingen opslaan"
          onSave={(input) => updateLeerlab({ variables: { input: { ...input, id: leerlab.id } } })}
        />
      )}
    </RecordEditPage>
  );
}
