import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, useViewer } from '@verbinder/web/api-client';
import { Button, Card, ConfirmDialog, DescriptionList, EmptyState, Table } from '@verbinder/web/ui';
import { ADD_MEMBERSHIP, CREATE_PERSON, INVITE_TO_REGION, PERSON_QUERY, REMOVE_MEMBERSHIP, UPDATE_PERSON } from '../graphql/operations';
import type { MembershipDetail, PersonDetail } from '../graphql/types';
import { layerLabels, roleLabels, scopeLabels } from '../labels';
import { flash } from '../shared/flash';
import { RecordDetailHeader, RecordEditPage, RegionCreatePage } from '../shared/form-pages';
import { IdPage } from '@verbinder/web/forms';
import { AddMembershipForm, useManageableRegions } from './membership-form';
import { membershipInput } from './membership-fields';
import { PersonForm } from './person-form';

export function PersonDetailPage() {
  return <IdPage query={PERSON_QUERY} select={(data) => data.person} fetchPolicy="cache-and-network" notFoundSubject="Deze persoon" page={PersonDetailView} />;
}

function PersonDetailView({ record: person }: { record: PersonDetail }) {
  const viewer = useViewer().data?.viewer.person;
  const manageableRegions = useManageableRegions();
  // A person's name and address are theirs: only they and a platform beheerder change them.
  const canEdit = viewer?.systemRole === 'BEHEERDER' || viewer?.id === person.id;

  return (
    <>
      <RecordDetailHeader title={person.name} eyebrow={<Link to="/mensen">Mensen</Link>} edit={canEdit ? { to: `/persoon/${person.id}/bewerken`, label: 'Gegevens bewerken' } : undefined} />
      <Card title="Gegevens">
        <DescriptionList
          items={[
            {
              term: 'E-mailadres',
              description: person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : 'Alleen zichtbaar voor mensen uit dezelfde regio',
            },
            { term: 'Functie', description: person.jobTitle ?? 'Niet ingevuld' },
            ...(person.systemRole === 'BEHEERDER' ? [{ term: 'Platformrol', description: 'Beheerder van Verbinder' }] : []),
          ]}
        />
      </Card>
      <Card title="Rollen">
        <MembershipTable person={person} />
      </Card>
      {manageableRegions && (
        <Card title="Rol toevoegen">
          <AddMembershipForm personId={person.id} regions={manageableRegions} />
        </Card>
      )}
    </>
  );
}

function MembershipTable({ person }: { person: PersonDetail }) {
  const [toRemove, setToRemove] = useState<MembershipDetail | null>(null);
  const [removeMembership, { loading, error, reset }] = useMutation(REMOVE_MEMBERSHIP, {
    update(cache, _result, { variables }) {
      if (!variables) return;
      cache.evict({ id: cache.identify({ __typename: 'Membership', id: variables.id }) });
      cache.gc();
    },
  });

  if (person.memberships.length === 0) {
    return <EmptyState message={`${person.name} heeft nog geen rol in een regio of school.`} />;
  }

  const place = (membership: MembershipDetail) =>
    membership.school ? (
      <>
        <Link to={`/school/${membership.school.id}`}>{membership.school.name}</Link> <span className="vb-muted">({membership.region.name})</span>
      </>
    ) : (
      <Link to={`/regio/${membership.region.slug}`}>{membership.region.name}</Link>
    );

  const close = () => {
    setToRemove(null);
    reset();
  };

  return (
    <>
      <Table<MembershipDetail>
        caption={`Rollen van ${person.name}`}
        hideCaption
        rows={person.memberships}
        columns={[
          { header: 'Waar', isRowHeader: true, cell: place },
          { header: 'Niveau', cell: (membership) => scopeLabels[membership.scope] },
          { header: 'Rol', cell: (membership) => roleLabels[membership.role] },
          { header: 'Laag', cell: (membership) => layerLabels[membership.layer] },
          {
            header: <span className="vb-visually-hidden">Acties</span>,
            cell: (membership) =>
              membership.region.canManage ? (
                <Button
                  variant="secondary"
                  onClick={() => setToRemove(membership)}
                  aria-label={`Rol ${roleLabels[membership.role]} bij ${membership.school?.name ?? membership.region.name} verwijderen`}
                >
                  Verwijderen
                </Button>
              ) : null,
          },
        ]}
      />
      <ConfirmDialog
        open={toRemove !== null}
        title="Rol verwijderen?"
        confirmLabel="Rol verwijderen"
        destructive
        busy={loading}
        error={error ? errorMessage(error) : undefined}
        onCancel={close}
        onConfirm={() => {
          if (!toRemove) return;
          removeMembership({ variables: { id: toRemove.id } }).then(close, () => undefined);
        }}
      >
        {toRemove && (
          <p>
            {person.name} is dan geen {roleLabels[toRemove.role].toLowerCase()} meer bij {toRemove.school?.name ?? toRemove.region.name}.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

/**
 * A new person in a region. A platform beheerder creates the person with a role at once; a
 * region's beheerder or verbinder invites an address (known on the platform or not: the answer is
 * the same), and the person becomes a member once they accept.
 */
export function PersonCreatePage() {
  const navigate = useNavigate();
  const direct = useViewer().data?.viewer.person?.systemRole === 'BEHEERDER';
  const [createPerson] = useMutation(CREATE_PERSON);
  const [addMembership] = useMutation(ADD_MEMBERSHIP);
  const [invite] = useMutation(INVITE_TO_REGION);
  return (
    <RegionCreatePage
      title={direct ? 'Nieuwe persoon' : 'Iemand uitnodigen'}
      description={direct ? undefined : 'De persoon krijgt een uitnodiging en wordt pas lid van de regio na accepteren.'}
      section="mensen"
    >
      {(region) =>
        !direct ? (
          <PersonForm
            membershipSchools={region.schools}
            submitLabel="Uitnodiging versturen"
            secondary={<Link to={`/regio/${region.slug}/mensen`}>Annuleren</Link>}
            onSave={async ({ person, membership }) => {
              const { personId: _none, ...target } = membershipInput('', region.id, membership);
              await invite({ variables: { input: { ...target, email: person.email, name: person.name } } });
              navigate(`/regio/${region.slug}/mensen`, flash(`Uitnodiging verstuurd aan ${person.email}. Na accepteren staat de persoon in de regio.`));
            }}
          />
        ) : (
          <PersonForm
            withPassword
            membershipSchools={region.schools}
            submitLabel="Persoon toevoegen"
            secondary={<Link to={`/regio/${region.slug}/mensen`}>Annuleren</Link>}
            onSave={async ({ person, password, membership }) => {
              const result = await createPerson({ variables: { input: { ...person, password } } });
              const created = result.data?.createPerson;
              if (!created) return;
              try {
                await addMembership({ variables: { input: membershipInput(created.id, region.id, membership) } });
              } catch (err) {
                navigate(`/persoon/${created.id}`, flash(`De persoon is opgeslagen, maar de rol niet: ${errorMessage(err)} Voeg de rol hieronder opnieuw toe.`, 'warning'));
                return;
              }
              navigate(`/persoon/${created.id}`, flash('Opgeslagen: de persoon is toegevoegd.'));
            }}
          />
        )
      }
    </RegionCreatePage>
  );
}

export function PersonEditPage() {
  const [updatePerson] = useMutation(UPDATE_PERSON);
  return (
    <RecordEditPage query={PERSON_QUERY} select={(data) => data.person} notFoundSubject="Deze persoon" back={(person) => ({ to: `/persoon/${person.id}`, label: person.name })}>
      {(person) => (
        <PersonForm
          key={person.id}
          initial={{ name: person.name, email: person.email ?? '', jobTitle: person.jobTitle }}
          submitLabel="Wijzigingen opslaan"
          secondary={<Link to={`/persoon/${person.id}`}>Terug naar {person.name}</Link>}
          onSave={({ person: input }) => updatePerson({ variables: { input: { ...input, id: person.id } } })}
        />
      )}
    </RecordEditPage>
  );
}
