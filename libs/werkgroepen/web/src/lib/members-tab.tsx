import { useState, type ComponentType } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client';
import { useNavigate } from 'react-router-dom';
import { errorMessage, useRefetchQueries, useViewer } from '@verbinder/web/api-client';
import { Button, Card, ConfirmDialog, ErrorMessage, Form, FormActions, FormErrorSummary, formatDateTime, Notice, Select, Table, TextInput, type Column, SearchForm } from '@verbinder/web/ui';
import { useForm } from '@verbinder/web/forms';
import { layerLabels, roleLabels } from './labels';
import { LIVE_WERKGROEP_QUERIES, PEOPLE_SEARCH_QUERY, REMOVE_MEMBER, UPSERT_MEMBER, type WerkgroepDetail, type WerkgroepLayer, type WerkgroepMember, type WerkgroepRole } from './operations';
import { useWerkgroep } from './werkgroep-layout';

const roleOptions = (Object.keys(roleLabels) as WerkgroepRole[]).map((value) => ({ value, label: roleLabels[value] }));
const layerOptions = (Object.keys(layerLabels) as WerkgroepLayer[]).map((value) => ({ value, label: layerLabels[value] }));

/**
 * The Leden tab: who is in the group (school, layer, role); managers add, change and remove; members leave.
 * `meetupsCard` (the app passes the meetups calendar-feed card) is shown to readers below the list.
 */
export function MembersTab({ meetupsCard: MeetupsCard }: { meetupsCard?: ComponentType<{ werkgroepId: string; werkgroepName: string }> } = {}) {
  const { werkgroep } = useWerkgroep();
  const { data: viewer } = useViewer();
  const me = viewer?.viewer.person?.id;
  const refresh = useRefetchQueries(LIVE_WERKGROEP_QUERIES);
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<WerkgroepMember | null>(null);
  const [remove, removeState] = useMutation(REMOVE_MEMBER);
  const manage = werkgroep.permissions.canManage;
  const mine = werkgroep.members.find((m) => m.personId === me);

  const columns: Column<WerkgroepMember>[] = [
    { header: 'Naam', cell: (m) => m.person.name, isRowHeader: true },
    { header: 'School', cell: (m) => m.school?.name ?? '—' },
    ...(manage
      ? [{ header: 'Rol en laag', cell: (m: WerkgroepMember) => <RoleEditor werkgroep={werkgroep} member={m} onSaved={() => void refresh()} /> }]
      : [
          { header: 'Laag', cell: (m: WerkgroepMember) => layerLabels[m.layer] },
          { header: 'Rol', cell: (m: WerkgroepMember) => roleLabels[m.role] },
        ]),
    { header: 'Lid sinds', cell: (m) => formatDateTime(m.joinedAt) },
  ];
  if (manage) {
    columns.push({
      header: <span className="vb-visually-hidden">Acties</span>,
      label: 'Acties',
      cell: (m) =>
        m.personId === me ? null : (
          <Button variant="quiet" onClick={() => setRemoving(m)}>
            Verwijderen<span className="vb-visually-hidden"> {m.person.name}</span>
          </Button>
        ),
    });
  }

  const leaving = removing && removing.personId === me;
  return (
    <section aria-labelledby="leden-titel">
      <h2 id="leden-titel">Leden</h2>
      <Table caption={`Leden van ${werkgroep.name}`} hideCaption columns={columns} rows={werkgroep.members} rowKey={(m) => m.personId} />
      {mine && (
        <p>
          <Button variant="secondary" onClick={() => setRemoving(mine)}>
            Werkgroep verlaten
          </Button>
        </p>
      )}
      {manage && <AddMember werkgroep={werkgroep} onAdded={() => void refresh()} />}
      <ConfirmDialog
        open={!!removing}
        title={leaving ? 'Werkgroep verlaten?' : `${removing?.person.name ?? ''} verwijderen?`}
        confirmLabel={leaving ? 'Verlaten' : 'Verwijderen'}
        destructive
        busy={removeState.loading}
        error={removeState.error ? errorMessage(removeState.error) : undefined}
        onCancel={() => {
          setRemoving(null);
          removeState.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          void remove({ variables: { werkgroepId: werkgroep.id, personId: removing.personId } }).then(
            () => {
              setRemoving(null);
              if (leaving) navigate(`/regio/${werkgroep.region.slug}/werkgroepen`);
              else void refresh();
            },
            () => undefined,
          );
        }}
      >
        <p>{leaving ? 'Je ziet daarna niets meer van wat er in deze werkgroep staat, tenzij een voorzitter je opnieuw toevoegt.' : 'De toegang stopt meteen; wat dit lid schreef blijft staan.'}</p>
      </ConfirmDialog>
      {werkgroep.permissions.canRead && MeetupsCard && <MeetupsCard werkgroepId={werkgroep.id} werkgroepName={werkgroep.name} />}
    </section>
  );
}

function RoleEditor({ werkgroep, member, onSaved }: { werkgroep: WerkgroepDetail; member: WerkgroepMember; onSaved: () => void }) {
  const [save, state] = useMutation(UPSERT_MEMBER);
  const change = (patch: { role?: WerkgroepRole; layer?: WerkgroepLayer }) =>
    void save({
      variables: { input: { werkgroepId: werkgroep.id, personId: member.personId, role: patch.role ?? member.role, layer: patch.layer ?? member.layer, schoolId: member.school?.id ?? null } },
    }).then(onSaved, () => undefined);
  return (
    <div className="vb-member-editor">
      <Select label={`Rol van ${member.person.name}`} options={roleOptions} value={member.role} disabled={state.loading} onChange={(e) => change({ role: e.target.value as WerkgroepRole })} />
      <Select label={`Laag van ${member.person.name}`} options={layerOptions} value={member.layer} disabled={state.loading} onChange={(e) => change({ layer: e.target.value as WerkgroepLayer })} />
      {state.error && <ErrorMessage message={errorMessage(state.error)} />}
    </div>
  );
}

function AddMember({ werkgroep, onAdded }: { werkgroep: WerkgroepDetail; onAdded: () => void }) {
  const [search, setSearch] = useState('');
  const [find, found] = useLazyQuery(PEOPLE_SEARCH_QUERY, { fetchPolicy: 'network-only' });
  const form = useForm({ personId: '', role: 'LID', layer: '' });
  const [add] = useMutation(UPSERT_MEMBER);
  const [added, setAdded] = useState<string | null>(null);
  const memberIds = new Set(werkgroep.members.map((m) => m.personId));
  const candidates = (found.data?.people ?? []).filter((p) => !memberIds.has(p.id));

  return (
    <Card title="Lid toevoegen" headingLevel={3}>
      <SearchForm
        aria-label="Zoek iemand uit de regio"
        className="vb-inline-form"
        onSearch={() => {
          if (search.trim()) void find({ variables: { regionId: werkgroep.region.id, search: search.trim() } });
        }}
      >
        <TextInput label="Zoek op naam of e-mailadres" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Button type="submit" variant="secondary" busy={found.loading}>
          Zoeken
        </Button>
      </SearchForm>
      {found.error && <ErrorMessage message={errorMessage(found.error)} />}
      {found.called && !found.loading && !found.error && candidates.length === 0 && <p>Niemand gevonden die nog geen lid is.</p>}
      {candidates.length > 0 && (
        <Form
          label="Lid toevoegen"
          onSubmit={() =>
            void form
              .submit(
                async (v) => {
                  await add({ variables: { input: { werkgroepId: werkgroep.id, personId: v.personId, role: v.role as WerkgroepRole, ...(v.layer ? { layer: v.layer as WerkgroepLayer } : {}) } } });
                  setAdded(candidates.find((p) => p.id === v.personId)?.name ?? null);
                },
                (v): Record<string, string> => (v.personId ? {} : { personId: 'Kies wie je wilt toevoegen.' }),
              )
              .then((ok) => {
                if (ok) {
                  form.reset();
                  onAdded();
                }
              })
          }
        >
          <FormErrorSummary message={form.summary} />
          <Select label="Persoon" emptyOption="Kies iemand" options={candidates.map((p) => ({ value: p.id, label: `${p.name}${p.jobTitle ? ` · ${p.jobTitle}` : ''}` }))} {...form.text('personId')} />
          <Select label="Rol" options={roleOptions} {...form.text('role')} />
          <Select label="Laag" optional emptyOption="Zoals in de regio" options={layerOptions} {...form.text('layer')} />
          <FormActions submitLabel="Toevoegen" saving={form.saving} />
        </Form>
      )}
      {added && <Notice>{added} is toegevoegd en krijgt een melding.</Notice>}
    </Card>
  );
}
