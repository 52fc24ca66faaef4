import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DescriptionList, Card, EmptyState, PageHeader, Table, buttonClassName } from '@verbinder/web/ui';
import { CREATE_SCHOOL, REGION_QUERY, SCHOOL_QUERY, UPDATE_SCHOOL } from '../graphql/operations';
import type { SchoolDetail, SchoolLocation, SchoolMember } from '../graphql/types';
import { layerLabels, roleLabels } from '../labels';
import { SchoolKindBadge } from '../shared/badges';
import { FlashNotice, flash } from '../shared/flash';
import { QueryState, RegionQueryState } from '@verbinder/web/forms';
import { SchoolForm } from './school-form';

export function SchoolDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SCHOOL_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={data?.school} loading={loading} error={error} onRetry={() => void refetch()} notFoundSubject="Deze school">
      {(school) => <SchoolDetailView school={school} />}
    </QueryState>
  );
}

function SchoolDetailView({ school }: { school: SchoolDetail }) {
  return (
    <>
      <PageHeader
        title={school.name}
        eyebrow={<Link to={`/regio/${school.region.slug}`}>{school.region.name}</Link>}
        actions={
          school.region.canManage ? (
            <Link className={buttonClassName('secondary')} to={`/school/${school.id}/bewerken`}>
              School bewerken
            </Link>
          ) : undefined
        }
      />
      <FlashNotice />
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
            rowKey={(membership) => membership.id}
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
    <RegionQueryState query={REGION_QUERY}>
      {(region) => (
        <>
          <PageHeader title="Nieuwe school" eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>} />
          <SchoolForm
            submitLabel="School toevoegen"
            cancelTo={`/regio/${region.slug}`}
            onSave={async (input) => {
              const result = await createSchool({ variables: { input: { ...input, regionId: region.id } } });
              const created = result.data?.createSchool;
              if (created) navigate(`/school/${created.id}`, flash('Opgeslagen: de school is toegevoegd.'));
            }}
          />
        </>
      )}
    </RegionQueryState>
  );
}

export function SchoolEditPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SCHOOL_QUERY, { variables: { id } });
  const [updateSchool] = useMutation(UPDATE_SCHOOL);
  return (
    <QueryState data={data?.school} loading={loading} error={error} onRetry={() => void refetch()} notFoundSubject="Deze school">
      {(school) => (
        <>
          <PageHeader title={`${school.name} bewerken`} eyebrow={<Link to={`/regio/${school.region.slug}`}>{school.region.name}</Link>} />
          <SchoolForm
            key={school.id}
            school={school}
            submitLabel="Wijzigingen opslaan"
            cancelTo={`/school/${school.id}`}
            onSave={(input) => updateSchool({ variables: { input: { ...input, id: school.id } } })}
          />
        </>
      )}
    </QueryState>
  );
}
