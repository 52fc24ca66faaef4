import { useMutation } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { DescriptionList, Card, EmptyState, Table } from '@verbinder/web/ui';
import { CREATE_SCHOOL, SCHOOL_QUERY, UPDATE_SCHOOL } from '../graphql/operations';
import type { SchoolDetail, SchoolLocation, SchoolMember } from '../graphql/types';
import { layerLabels, roleLabels } from '../labels';
import { SchoolKindBadge } from '../shared/badges';
import { flash } from '../shared/flash';
import { RecordDetailHeader, RecordEditPage, RegionCreatePage } from '../shared/form-pages';
import { IdPage } from '@verbinder/web/forms';
import { SchoolForm } from './school-form';

export function SchoolDetailPage() {
  return <IdPage query={SCHOOL_QUERY} select={(data) => data.school} fetchPolicy="cache-and-network" notFoundSubject="Deze school" page={SchoolDetailView} />;
}

function SchoolDetailView({ record: school }: { record: SchoolDetail }) {
  return (
    <>
      <RecordDetailHeader
        title={school.name}
        eyebrow={<Link to={`/regio/${school.region.slug}`}>{school.region.name}</Link>}
        edit={school.region.canManage ? { to: `/school/${school.id}/bewerken`, label: 'School bewerken' } : undefined}
      />
      <Card title="Gegevens">
        <DescriptionList
          items={[
            { term: 'Soort', description: <SchoolKindBadge kind={school.kind} /> },
            { term: 'Koepel of stichting', description: school.koepel ?? 'Niet ingevuld' },
            { term: 'BRIN-nummer', description: school.brin ?? 'Niet ingevuld' },
            {
              term: 'Website',
              description: school.website ? (
                <a href={school.website} rel="noopener noreferrer" target="_blank">
                  {school.website}
                  <span className="vb-visually-hidden"> (opent in een nieuw tabblad)</span>
                </a>
              ) : (
                'Niet ingevuld'
              ),
            },
          ]}
        />
      </Card>
      <Card title="Locaties">
        {school.locations.length === 0 ? (
          <EmptyState message="Nog geen locaties vastgelegd." />
        ) : (
          <Table<SchoolLocation>
            caption={`Locaties van ${school.name}`}
            hideCaption
            rows={school.locations}
            rowKey={(location) => `${location.name}-${location.city}`}
            columns={[
              { header: 'Locatie', isRowHeader: true, cell: (location) => location.name },
              { header: 'Adres', cell: (location) => location.address ?? '—' },
              { header: 'Plaats', cell: (location) => location.city },
            ]}
          />
        )}
      </Card>
      <Card title="Mensen">
        {school.memberships.length === 0 ? (
          <EmptyState message="Nog niemand is aan deze school gekoppeld. Koppel mensen via hun persoonspagina." />
        ) : (
          <Table<SchoolMember>
            caption={`Mensen van ${school.name}`}
            hideCaption
            rows={school.memberships}
            columns={[
              {
                header: 'Naam',
                isRowHeader: true,
                cell: (membership) => <Link to={`/persoon/${membership.person.id}`}>{membership.person.name}</Link>,
              },
              { header: 'Functie', cell: (membership) => membership.person.jobTitle ?? '—' },
              { header: 'Rol', cell: (membership) => roleLabels[membership.role] },
              { header: 'Laag', cell: (membership) => layerLabels[membership.layer] },
            ]}
          />
        )}
      </Card>
    </>
  );
}

export function SchoolCreatePage() {
  const navigate = useNavigate();
  const [createSchool] = useMutation(CREATE_SCHOOL);
  return (
    <RegionCreatePage title="Nieuwe school">
      {(region) => (
        <SchoolForm
          submitLabel="School toevoegen"
          cancelTo={`/regio/${region.slug}`}
          onSave={async (input) => {
            const result = await createSchool({ variables: { input: { ...input, regionId: region.id } } });
            const created = result.data?.createSchool;
            if (created) navigate(`/school/${created.id}`, flash('Opgeslagen: de school is toegevoegd.'));
          }}
        />
      )}
    </RegionCreatePage>
  );
}

export function SchoolEditPage() {
  const [updateSchool] = useMutation(UPDATE_SCHOOL);
  return (
    <RecordEditPage query={SCHOOL_QUERY} select={(data) => data.school} notFoundSubject="Deze school" back={(school) => ({ to: `/regio/${school.region.slug}`, label: school.region.name })}>
      {(school) => (
        <SchoolForm
          key={school.id}
          school={school}
          submitLabel="Wijzigingen opslaan"
          cancelTo={`/school/${school.id}`}
          onSave={(input) => updateSchool({ variables: { input: { ...input, id: school.id } } })}
        />
      )}
    </RecordEditPage>
  );
}
