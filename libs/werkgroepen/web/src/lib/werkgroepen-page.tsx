import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { errorMessage, useRefetchQueries, useViewer } from '@verbinder/web/api-client';
import {
  CancelButton,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorMessage,
  Form,
  FormActions,
  FormErrorSummary,
  Loading,
  Notice,
  PageHeader,
  Select,
  TextArea,
  TextInput,
  useDocumentTitle,
} from '@verbinder/web/ui';
import { optionalInteger, optionalText, QueryState, requireInteger, requireText, useForm, RegionPage } from '@verbinder/web/forms';
import { kindLabels } from './labels';
import { useWerkgroepenListLive } from './live';
import {
  CREATE_WERKGROEP,
  WERKGROEP_SIGNALS_QUERY,
  WERKGROEPEN_QUERY,
  WERKGROEPEN_REGION_QUERY,
  type WerkgroepenRegion,
  type WerkgroepKind,
  type WerkgroepSummary,
  type WerkgroepVisibility,
} from './operations';

/** /regio/:slug/werkgroepen — the groups the viewer may see, a create form and the signal for verbinders. */
export function WerkgroepenPage() {
  return <RegionPage query={WERKGROEPEN_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Werkgroepen laden…" page={RegionWerkgroepen} />;
}

function RegionWerkgroepen({ region }: { region: WerkgroepenRegion }) {
  useDocumentTitle(`Werkgroepen ${region.name}`);
  // The Microsoft 365 tenants are for beheerders of the region (or of the platform) only: the API refuses anyone else.
  const person = useViewer().data?.viewer.person;
  const isBeheerder = person?.systemRole === 'BEHEERDER' || (person?.memberships ?? []).some((m) => m.region.id === region.id && m.role === 'BEHEERDER');
  const { data, loading, error, refetch } = useQuery(WERKGROEPEN_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  // Live: new posts change the unread counts, and groups one is added to or removed from come and go.
  useWerkgroepenListLive(data?.werkgroepen.filter((w) => w.permissions.canRead).map((w) => w.id) ?? []);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  return (
    <>
      <PageHeader
        title="Werkgroepen"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description="Vakgroepen en werkgroepen met mensen van verschillende scholen: een eigen stroom, documenten, een draaiboek en de vergelijking van PTA en OER."
        actions={
          region.canManage && !adding ? (
            <Button
              onClick={() => {
                setAdding(true);
                setCreated(null);
              }}
            >
              Werkgroep beginnen
            </Button>
          ) : undefined
        }
      />
      {created && (
        <Notice>
          Werkgroep <Link to={`/werkgroep/${created.id}`}>{created.name}</Link> is begonnen; je bent zelf voorzitter.
        </Notice>
      )}
      {adding && (
        <CreateWerkgroepForm
          region={region}
          onCancel={() => setAdding(false)}
          onCreated={(w) => {
            setAdding(false);
            setCreated(w);
          }}
        />
      )}
      {region.canManage && <WerkgroepSignalPanel regionId={region.id} />}
      {isBeheerder && (
        <p>
          Documenten van werkgroepen kunnen naar Teams-kanalen van de scholen worden gekopieerd: <Link to={`/regio/${region.slug}/teams`}>Microsoft 365-tenants van de regio</Link>.
        </p>
      )}
      <QueryState data={data?.werkgroepen} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Werkgroepen laden…">
        {(werkgroepen) =>
          werkgroepen.length === 0 ? (
            <EmptyState
              message={
                region.canManage
                  ? 'Er zijn nog geen werkgroepen in deze regio. Begin er een met de knop hierboven.'
                  : 'Je zit nog niet in een werkgroep van deze regio, en er zijn geen werkgroepen die de hele regio mag lezen.'
              }
            />
          ) : (
            <ul className="vb-werkgroep-list" aria-label="Werkgroepen">
              {werkgroepen.map((w) => (
                <li key={w.id}>
                  <WerkgroepCard werkgroep={w} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}

function WerkgroepCard({ werkgroep: w }: { werkgroep: WerkgroepSummary }) {
  return (
    <article className="vb-werkgroep-card" aria-labelledby={`wg-${w.id}`}>
      <h2 id={`wg-${w.id}`}>
        <Link to={`/werkgroep/${w.id}`}>{w.name}</Link>
      </h2>
      <p className="vb-muted">
        {w.kindText}
        {w.sector ? ` · ${w.sector}` : ''} · {w.memberCount === 1 ? '1 lid' : `${w.memberCount} leden`}
      </p>
      <p className="vb-werkgroep-card__badges">
        {w.unreadCount > 0 && <Badge tone="accent">{w.unreadCount} ongelezen</Badge>}
        {w.permissions.isMember ? <Badge tone="success">lid</Badge> : w.permissions.canRead ? <Badge tone="info">alleen-lezen</Badge> : <Badge>beheer</Badge>}
        {w.visibility === 'REGION' && <Badge>open voor de regio</Badge>}
        {w.archivedAt && <Badge tone="warning">gearchiveerd</Badge>}
      </p>
    </article>
  );
}

/**
 * Schijnsamenwerking: groups that meet but do little in between. On the werkgroepen page and
 * on the verbinders' dashboard (the actieagenda page), for managers of the region only.
 */
export function WerkgroepSignalPanel({ regionId, regionSlug }: { regionId: string; regionSlug?: string }) {
  const { data, loading, error, refetch } = useQuery(WERKGROEP_SIGNALS_QUERY, { variables: { regionId }, fetchPolicy: 'cache-and-network' });
  const flagged = data?.werkgroepSignals.filter((s) => s.signal.flagged) ?? [];
  return (
    <Card title="Signaal schijnsamenwerking">
      <p className="vb-muted">Werkgroepen die wel bijeenkomen, maar tussen de bijeenkomsten weinig doen (berichten, documenten, besluiten), in de laatste acht weken.</p>
      {error ? (
        <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : !data && loading ? (
        <Loading label="Signaal laden…" />
      ) : flagged.length === 0 ? (
        <p>
          Geen signalen: alle werkgroepen die bijeenkomen, werken tussendoor ook door.
          {regionSlug && (
            <>
              {' '}
              <Link to={`/regio/${regionSlug}/werkgroepen`}>Naar de werkgroepen</Link>
            </>
          )}
        </p>
      ) : (
        <ul className="vb-signal-list">
          {flagged.map((s) => (
            <li key={s.werkgroep.id}>
              <Link to={`/werkgroep/${s.werkgroep.id}`}>{s.werkgroep.name}</Link> <Badge tone="warning">let op</Badge>
              <p>{s.signal.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const kindOptions = (Object.keys(kindLabels) as WerkgroepKind[]).map((value) => ({ value, label: kindLabels[value] }));

function CreateWerkgroepForm({ region, onCancel, onCreated }: { region: WerkgroepenRegion; onCancel: () => void; onCreated: (w: { id: string; name: string }) => void }) {
  const form = useForm({ name: '', kind: 'INTERSCOLAIRE_VAKGROEP', sector: '', description: '', visibility: 'MEMBERS', cadenceDays: '', cadenceNote: '' });
  const [create] = useMutation(CREATE_WERKGROEP);
  const refresh = useRefetchQueries(['WerkgroepenOfRegion', 'WerkgroepSignals']);
  return (
    <Card title="Nieuwe werkgroep">
      <Form
        label="Nieuwe werkgroep"
        onSubmit={() =>
          void form.submit(
            async (v) => {
              const result = await create({
                variables: {
                  input: {
                    regionId: region.id,
                    name: v.name.trim(),
                    kind: v.kind as WerkgroepKind,
                    sector: optionalText(v.sector),
                    description: optionalText(v.description),
                    visibility: v.visibility as WerkgroepVisibility,
                    cadenceDays: optionalInteger(v.cadenceDays),
                    cadenceNote: optionalText(v.cadenceNote),
                  },
                },
              });
              await refresh();
              if (result.data) onCreated(result.data.createWerkgroep);
            },
            (v) => {
              const problems: Record<string, string> = {};
              requireText(problems, 'name', v.name, 'Geef de werkgroep een naam.');
              requireInteger(problems, 'cadenceDays', v.cadenceDays, 'Het ritme is een aantal dagen van 1 tot en met 120.', { optional: true, min: 1, max: 120 });
              return problems;
            },
          )
        }
      >
        <FormErrorSummary message={form.summary} />
        <TextInput label="Naam" maxLength={120} {...form.text('name')} />
        <Select label="Soort" options={kindOptions} {...form.text('kind')} />
        <TextInput label="Sector of vak" optional hint="Bijvoorbeeld Engels of Techniek" {...form.text('sector')} />
        <TextArea label="Omschrijving" optional {...form.text('description')} />
        <Select
          label="Wie mag meelezen?"
          options={[
            { value: 'MEMBERS', label: 'Alleen de leden' },
            { value: 'REGION', label: 'Iedereen in de regio (alleen lezen)' },
          ]}
          {...form.text('visibility')}
        />
        <TextInput label="Ritme in dagen" optional inputMode="numeric" hint="7 = elke week, 14 = om de week" {...form.text('cadenceDays')} />
        <TextInput label="Toelichting op het ritme" optional {...form.text('cadenceNote')} />
        <FormActions submitLabel="Werkgroep beginnen" saving={form.saving} secondary={<CancelButton variant="quiet" onClick={onCancel} />} />
      </Form>
    </Card>
  );
}
