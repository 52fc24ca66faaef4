import { useState } from 'react';
import { useMutation, useQuery, type TypedDocumentNode } from '@apollo/client';
import { Link } from 'react-router-dom';
import { errorMessage } from '@verbinder/web/api-client';
import {
  Button,
  Card,
  Checkbox,
  CheckboxGroup,
  ConfirmDialog,
  EmptyState,
  Form,
  FormActions,
  FormErrorSummary,
  PageHeader,
  Select,
  Table,
  TextArea,
  TextInput,
  formatDateTime,
} from '@verbinder/web/ui';
import { QueryState, optionalText, requireText, useForm } from '@verbinder/web/forms';
import { useLoketAccess } from './access';
import { hoursToMinutes, minutesAsHours } from './dates';
import { optionsFrom, typeLabels } from './labels';
import {
  ADD_LOKET_ROUTING_RULE,
  DELETE_LOKET_CANNED_REPLY,
  DELETE_LOKET_ROUTING_RULE,
  LOKET_CANNED_REPLIES_QUERY,
  LOKET_ROUTING_RULES_QUERY,
  LOKET_SLA_POLICY_QUERY,
  SAVE_LOKET_CANNED_REPLY,
  SET_LOKET_SLA_POLICY,
  type LoketCannedReply,
  type LoketRegion,
  type LoketRequestType,
  type LoketRoutingRule,
  type LoketSlaPolicy,
} from './operations';
import { LoketPage, LoketTabs } from './shared';
import { schoolOptions, staffOptions } from './staff';

/** /regio/:slug/loket/instellingen — routing rules, the SLA policy and canned replies of the region's loket. */
export function LoketSettingsPage() {
  return <LoketPage staffOnly loadingLabel="Instellingen laden…" page={StaffSettings} />;
}

function StaffSettings({ region }: { region: LoketRegion }) {
  return (
    <>
      <PageHeader
        title="Instellingen van het loket"
        eyebrow={<Link to={`/regio/${region.slug}/loket`}>Bedrijvenloket {region.name}</Link>}
        description="Wie nieuwe aanvragen krijgt, binnen welke termijnen het loket reageert, en standaardantwoorden."
      />
      <LoketTabs slug={region.slug} />
      <div className="vb-stack">
        <RoutingRules region={region} />
        <SlaPolicyCard region={region} />
        <CannedReplies region={region} />
      </div>
    </>
  );
}

/**
 * Deleting a row after the user confirms it in a ConfirmDialog: `ask(row)` opens the dialog,
 * `dialog` holds its open, busy, error, confirm and cancel props; after the delete the list is
 * fetched again.
 */
function useConfirmedDelete<T extends { id: string }>(mutation: TypedDocumentNode<unknown, { id: string }>, refetch: () => Promise<unknown>) {
  const [toDelete, setToDelete] = useState<T | null>(null);
  const [remove, removeState] = useMutation(mutation);
  const [removeError, setRemoveError] = useState<string | undefined>();

  const confirmDelete = async () => {
    if (!toDelete) return;
    setRemoveError(undefined);
    try {
      await remove({ variables: { id: toDelete.id } });
      setToDelete(null);
      await refetch();
    } catch (problem) {
      setRemoveError(errorMessage(problem));
    }
  };

  return {
    toDelete,
    ask: setToDelete,
    dialog: {
      open: toDelete !== null,
      busy: removeState.loading,
      error: removeError,
      onConfirm: () => void confirmDelete(),
      onCancel: () => {
        setToDelete(null);
        setRemoveError(undefined);
      },
    },
  };
}

// ---------- routing rules ----------

function RoutingRules({ region }: { region: LoketRegion }) {
  const { data, loading, error, refetch } = useQuery(LOKET_ROUTING_RULES_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  const removal = useConfirmedDelete<LoketRoutingRule>(DELETE_LOKET_ROUTING_RULE, refetch);

  return (
    <Card
      title="Routering"
      actions={
        !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Regel toevoegen
          </Button>
        ) : undefined
      }
    >
      <p className="vb-muted">Een nieuwe aanvraag gaat naar de meest specifieke regel: soort én sector, dan soort, dan sector, dan de regel voor alles (bij gelijke regels de oudste).</p>
      {adding && (
        <RoutingRuleForm
          region={region}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            void refetch();
          }}
        />
      )}
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Regels laden…">
        {({ loketRoutingRules }) =>
          loketRoutingRules.length === 0 ? (
            <EmptyState message="Er zijn nog geen regels. Zonder regel krijgt een nieuwe aanvraag geen behandelaar en geen scholen; wijs ze dan in de aanvraag toe." />
          ) : (
            <Table
              caption="Routeringsregels"
              hideCaption
              rows={loketRoutingRules}
              columns={[
                { header: 'Soort aanvraag', isRowHeader: true, cell: (rule) => (rule.requestType ? typeLabels[rule.requestType] : 'Elke soort') },
                { header: 'Sector', cell: (rule) => rule.sector ?? 'Elke sector' },
                { header: 'Behandelaar', cell: (rule) => rule.assignee?.name ?? <span className="vb-muted">Onbekend</span> },
                {
                  header: 'Scholen',
                  cell: (rule) => (rule.schools.length > 0 ? rule.schools.map((school) => school.name).join(', ') : <span className="vb-muted">Geen</span>),
                },
                {
                  header: <span className="vb-visually-hidden">Acties</span>,
                  label: 'Acties',
                  cell: (rule) => (
                    <Button variant="quiet" onClick={() => removal.ask(rule)}>
                      Verwijderen
                      <span className="vb-visually-hidden">
                        {' '}
                        (regel {rule.requestType ? typeLabels[rule.requestType] : 'elke soort'}, {rule.sector ?? 'elke sector'})
                      </span>
                    </Button>
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
      <ConfirmDialog title="Regel verwijderen?" confirmLabel="Verwijderen" destructive {...removal.dialog}>
        <p>Nieuwe aanvragen volgen deze regel dan niet meer. Aanvragen die al binnen zijn, houden hun behandelaar en scholen.</p>
      </ConfirmDialog>
    </Card>
  );
}

interface RuleValues {
  requestType: string;
  sector: string;
  assigneeId: string;
  schoolIds: string[];
}

function RoutingRuleForm({ region, onAdded, onCancel }: { region: LoketRegion; onAdded: () => void; onCancel: () => void }) {
  const [add] = useMutation(ADD_LOKET_ROUTING_RULE);
  const form = useForm<RuleValues>({ requestType: '', sector: '', assigneeId: '', schoolIds: [] });
  const submit = () =>
    void form.submit(
      async (v) => {
        await add({
          variables: {
            input: {
              regionId: region.id,
              requestType: (v.requestType || null) as LoketRequestType | null,
              sector: optionalText(v.sector),
              assigneeId: v.assigneeId,
              schoolIds: v.schoolIds,
            },
          },
        });
        onAdded();
      },
      (v) => {
        const problems: Record<string, string> = {};
        if (!v.assigneeId) problems['assigneeId'] = 'Kies wie de aanvragen krijgt.';
        return problems;
      },
    );
  return (
    <Form label="Routeringsregel toevoegen" onSubmit={submit} className="vb-loket-inline-form">
      <FormErrorSummary message={form.summary} />
      <div className="vb-form__row">
        <Select label="Soort aanvraag" emptyOption="Elke soort" options={optionsFrom(typeLabels)} {...form.text('requestType')} />
        <TextInput label="Sector" optional hint="Leeg = elke sector; hoofdletters tellen niet." {...form.text('sector')} />
      </div>
      <Select label="Behandelaar" emptyOption="Kies een behandelaar" hint="Een loket-medewerker, verbinder of beheerder van de regio." options={staffOptions(region)} {...form.text('assigneeId')} />
      <CheckboxGroup
        legend="Scholen"
        hint="De scholen waarover de aanvraag wordt verdeeld (mag leeg)."
        options={schoolOptions(region)}
        {...form.choices('schoolIds')}
        emptyText="Deze regio heeft nog geen scholen."
      />
      <FormActions submitLabel="Regel toevoegen" saving={form.saving} onCancel={onCancel} />
    </Form>
  );
}

// ---------- SLA policy ----------

function SlaPolicyCard({ region }: { region: LoketRegion }) {
  const access = useLoketAccess(region.id);
  const { data, loading, error, refetch } = useQuery(LOKET_SLA_POLICY_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  return (
    <Card title="Servicenormen (termijnen)">
      <QueryState data={data?.loketSlaPolicy} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Termijnen laden…">
        {(policy) => <SlaPolicyForm key={JSON.stringify(policy)} policy={policy} canEdit={access.canSetPolicy} />}
      </QueryState>
    </Card>
  );
}

interface PolicyValues {
  /** In hours (the form); the API takes minutes. */
  firstResponseMinutes: string;
  /** In hours (the form); the API takes minutes. */
  resolutionMinutes: string;
  /** In minutes. */
  warnBeforeMinutes: string;
  businessHours: boolean;
}

function SlaPolicyForm({ policy, canEdit }: { policy: LoketSlaPolicy; canEdit: boolean }) {
  const [save] = useMutation(SET_LOKET_SLA_POLICY);
  const form = useForm<PolicyValues>({
    firstResponseMinutes: minutesAsHours(policy.firstResponseMinutes),
    resolutionMinutes: minutesAsHours(policy.resolutionMinutes),
    warnBeforeMinutes: String(Math.round(policy.warnBeforeMinutes)),
    businessHours: policy.businessHours,
  });
  const { values, set } = form;
  const unit = values.businessHours ? 'werkuren' : 'uren';

  const submit = () =>
    void form.submit(
      (v) =>
        save({
          variables: {
            input: {
              regionId: policy.regionId,
              firstResponseMinutes: hoursToMinutes(v.firstResponseMinutes),
              resolutionMinutes: hoursToMinutes(v.resolutionMinutes),
              warnBeforeMinutes: Number(v.warnBeforeMinutes.trim()),
              businessHours: v.businessHours,
            },
          },
        }),
      (v) => {
        const problems: Record<string, string> = {};
        const first = hoursToMinutes(v.firstResponseMinutes);
        const resolution = hoursToMinutes(v.resolutionMinutes);
        if (!(first > 0)) problems['firstResponseMinutes'] = 'Vul een aantal uren in, groter dan 0 (bijvoorbeeld 8 of 1,5).';
        if (!(resolution > 0)) problems['resolutionMinutes'] = 'Vul een aantal uren in, groter dan 0 (bijvoorbeeld 80).';
        else if (first > 0 && resolution < first) problems['resolutionMinutes'] = 'De termijn voor afhandelen is minstens zo lang als die voor de eerste reactie.';
        if (!/^\d+$/.test(v.warnBeforeMinutes.trim())) problems['warnBeforeMinutes'] = 'Vul een heel aantal minuten in (0 of meer).';
        return problems;
      },
    );

  return (
    <Form label="Servicenormen" onSubmit={submit}>
      {!canEdit && <p className="vb-muted">Alleen verbinders en beheerders van de regio stellen de servicenormen vast.</p>}
      <FormErrorSummary message={form.summary} />
      <Checkbox
        label="Alleen werkuren tellen"
        hint="Maandag tot en met vrijdag 08:30–17:00 (Nederlandse tijd), zonder de vakanties en feestdagen van de regio. Uit: de klok loopt dag en nacht."
        checked={values.businessHours}
        disabled={!canEdit}
        onChange={(event) => set('businessHours', event.target.checked)}
        error={form.error('businessHours')}
      />
      <div className="vb-form__row">
        <TextInput label={`Eerste reactie binnen (${unit})`} inputMode="decimal" disabled={!canEdit} required {...form.text('firstResponseMinutes')} />
        <TextInput label={`Afhandeling binnen (${unit})`} inputMode="decimal" disabled={!canEdit} required {...form.text('resolutionMinutes')} />
        <TextInput
          label="Waarschuwing vooraf (minuten)"
          hint="Zo lang vóór het verstrijken krijgt de behandelaar een waarschuwing."
          inputMode="numeric"
          disabled={!canEdit}
          required
          {...form.text('warnBeforeMinutes')}
        />
      </div>
      <p className="vb-field__hint">De klok staat stil zolang een aanvraag wacht op het bedrijf.</p>
      {canEdit && <FormActions submitLabel="Termijnen opslaan" saving={form.saving} saved={form.saved} />}
    </Form>
  );
}

// ---------- canned replies ----------

function CannedReplies({ region }: { region: LoketRegion }) {
  const { data, loading, error, refetch } = useQuery(LOKET_CANNED_REPLIES_QUERY, { variables: { regionId: region.id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<LoketCannedReply | 'new' | null>(null);
  const removal = useConfirmedDelete<LoketCannedReply>(DELETE_LOKET_CANNED_REPLY, refetch);

  const done = () => {
    setEditing(null);
    void refetch();
  };

  return (
    <Card
      title="Standaardantwoorden"
      actions={
        editing === null ? (
          <Button variant="secondary" onClick={() => setEditing('new')}>
            Standaardantwoord toevoegen
          </Button>
        ) : undefined
      }
    >
      <p className="vb-muted">Teksten die je bij het antwoorden met één keuze invoegt en daarna nog aanpast.</p>
      {editing === 'new' && <CannedReplyForm regionId={region.id} onDone={done} onCancel={() => setEditing(null)} />}
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Standaardantwoorden laden…">
        {({ loketCannedReplies }) =>
          loketCannedReplies.length === 0 ? (
            <EmptyState message="Er zijn nog geen standaardantwoorden." />
          ) : (
            <ul className="vb-loket-canned">
              {loketCannedReplies.map((reply) => (
                <li key={reply.id} className="vb-loket-canned__item">
                  {editing !== 'new' && editing?.id === reply.id ? (
                    <CannedReplyForm regionId={region.id} reply={reply} onDone={done} onCancel={() => setEditing(null)} />
                  ) : (
                    <>
                      <h3 className="vb-loket-canned__title">{reply.title}</h3>
                      <p className="vb-loket-text">{reply.body}</p>
                      <p className="vb-muted vb-loket-canned__meta">Laatst gewijzigd {formatDateTime(reply.updatedAt)}</p>
                      <div className="vb-inline">
                        <Button variant="secondary" onClick={() => setEditing(reply)} disabled={editing !== null}>
                          Bewerken<span className="vb-visually-hidden"> ({reply.title})</span>
                        </Button>
                        <Button variant="quiet" onClick={() => removal.ask(reply)}>
                          Verwijderen<span className="vb-visually-hidden"> ({reply.title})</span>
                        </Button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ConfirmDialog title={`Standaardantwoord ‘${removal.toDelete?.title ?? ''}’ verwijderen?`} confirmLabel="Verwijderen" destructive {...removal.dialog}>
        <p>Verstuurde berichten blijven zoals ze zijn.</p>
      </ConfirmDialog>
    </Card>
  );
}

function CannedReplyForm({ regionId, reply, onDone, onCancel }: { regionId: string; reply?: LoketCannedReply; onDone: () => void; onCancel: () => void }) {
  const [save] = useMutation(SAVE_LOKET_CANNED_REPLY);
  const form = useForm({ title: reply?.title ?? '', body: reply?.body ?? '' });
  const label = reply ? `Standaardantwoord ‘${reply.title}’ bewerken` : 'Standaardantwoord toevoegen';
  const submit = () =>
    void form.submit(
      async (v) => {
        await save({ variables: { input: { id: reply?.id ?? null, regionId, title: v.title.trim(), body: v.body } } });
        onDone();
      },
      (v) => {
        const problems: Record<string, string> = {};
        requireText(problems, 'title', v.title, 'Geef het standaardantwoord een titel.');
        requireText(problems, 'body', v.body, 'Schrijf de tekst van het standaardantwoord.');
        return problems;
      },
    );
  return (
    <Form label={label} onSubmit={submit} className="vb-loket-inline-form">
      <FormErrorSummary message={form.summary} />
      <TextInput label="Titel" hint="Zoals het in de keuzelijst staat; uniek in de regio." maxLength={100} required {...form.text('title')} />
      <TextArea label="Tekst" rows={6} required {...form.text('body')} />
      <FormActions submitLabel={reply ? 'Wijzigingen opslaan' : 'Standaardantwoord toevoegen'} saving={form.saving} onCancel={onCancel} />
    </Form>
  );
}
