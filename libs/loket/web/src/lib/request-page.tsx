import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '@verbinder/web/api-client';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  CheckboxGroup,
  ConfirmDialog,
  DescriptionList,
  ErrorMessage,
  Form,
  FormActions,
  FormErrorSummary,
  Notice,
  PageHeader,
  Select,
  StatusBadge,
  Table,
  TextArea,
  formatDate,
  formatDateTime,
  type DescriptionItem,
} from '@verbinder/web/ui';
import { QueryState, optionalText, requireText, useForm, IdPage } from '@verbinder/web/forms';
import { duplicateOwnerText } from './duplicate-text';
import { formatMinutes } from './dates';
import { auditActionLabels, auditWhatLabels, optionsFrom, statusLabels, typeLabels } from './labels';
import {
  ASSIGN_LOKET_REQUEST,
  LOKET_AUDIT_LOG_QUERY,
  LOKET_CANNED_REPLIES_QUERY,
  LOKET_REQUEST_QUERY,
  MERGE_LOKET_REQUEST,
  REPLY_TO_LOKET_REQUEST,
  SET_LOKET_REQUEST_STATUS,
  type LoketMessage,
  type LoketMessageAuthor,
  type LoketRequestDetail,
  type LoketRequestStatus,
} from './operations';
import { useLiveLoket, useRefreshLoket } from './realtime';
import { LiveStatus, RequestStatusBadge, SlaBadge } from './shared';
import { schoolOptions, staffOptions } from './staff';

/**
 * /loketaanvraag/:id — one request: company, conversation, status, assignment, SLA, duplicates,
 * audit log. A school contact (`viewerAccess: SCHOOL`) gets the conversation, the composer
 * (reply and internal note) and the audit log; status, assignment and merging stay with staff.
 */
export function LoketRequestPage() {
  return <IdPage query={LOKET_REQUEST_QUERY} select={(data) => data.loketRequest} fetchPolicy="cache-and-network" loadingLabel="Aanvraag laden…" notFoundSubject="Deze aanvraag" page={RequestView} />;
}

function RequestView({ record: request }: { record: LoketRequestDetail }) {
  const live = useLiveLoket(request.region.id, request.id);
  const staff = request.viewerAccess === 'STAFF';
  const closed = request.status === 'AFGEROND';

  return (
    <>
      <PageHeader
        title={`${request.reference} · ${request.company.name}`}
        eyebrow={
          <>
            <Link to={`/regio/${request.region.slug}/loket`}>Bedrijvenloket {request.region.name}</Link> · <Badge tone="info">{typeLabels[request.type]}</Badge>
          </>
        }
      />
      <LiveStatus connected={live.connected} lastChange={live.lastChange} />
      {request.mergedIntoId && (
        <Notice tone="info">
          Deze aanvraag is samengevoegd. Het gesprek staat nu bij <Link to={`/loketaanvraag/${request.mergedIntoId}`}>de andere aanvraag</Link>.
        </Notice>
      )}
      {!staff && (
        <Notice tone="info">
          Het bedrijvenloket heeft deze aanvraag naar jouw school doorgezet. {request.owner ? `${request.owner.name} blijft eigenaar` : 'Het loket blijft eigenaar'} en houdt de status en de termijnen
          bij; jij leest het gesprek, schrijft interne notities en antwoordt het bedrijf.
        </Notice>
      )}
      {staff && request.duplicateOf && !request.mergedIntoId && <DuplicateBanner request={request} />}
      <div className="vb-with-aside vb-loket-detail">
        <div className="vb-stack">
          <RequestFacts request={request} />
          <Conversation request={request} />
          {!closed && !request.mergedIntoId ? (
            <ReplyComposer request={request} staff={staff} />
          ) : (
            <p className="vb-muted">
              Deze aanvraag is afgerond; er kunnen geen berichten meer bij.{' '}
              {staff ? 'Zet de status terug om verder te gaan.' : 'Vraag het loket om de aanvraag te heropenen als er nog iets moet gebeuren.'}
            </p>
          )}
          <AuditLog requestId={request.id} />
        </div>
        <div className="vb-stack">
          <StatusCard key={request.status} request={request} staff={staff} />
          <SlaCard request={request} />
          <AssignCard key={`${request.owner?.id ?? ''}:${request.schools.map((school) => school.id).join(',')}`} request={request} staff={staff} />
        </div>
      </div>
    </>
  );
}

function text(value: string | null | undefined, empty = 'Niet opgegeven') {
  return value && value.trim() !== '' ? <span className="vb-loket-text">{value}</span> : <span className="vb-muted">{empty}</span>;
}

function periodText(request: LoketRequestDetail): string | null {
  const dates = request.periodStart || request.periodEnd ? `${request.periodStart ? formatDate(request.periodStart) : '…'} – ${request.periodEnd ? formatDate(request.periodEnd) : '…'}` : null;
  return [request.period, dates].filter(Boolean).join(' · ') || null;
}

function RequestFacts({ request }: { request: LoketRequestDetail }) {
  const company: DescriptionItem[] = [
    { term: 'Bedrijf', description: text(request.company.name) },
    { term: 'KvK-nummer', description: text(request.company.kvk) },
    { term: 'Sector', description: text(request.company.sector) },
    { term: 'Plaats', description: text(request.company.location) },
  ];
  const submitted = request.submittedCompany;
  if (submitted) {
    // A known KvK number never changes the company; show what this form said beside it.
    const parts = [submitted.name, submitted.sector, submitted.location].filter((part): part is string => Boolean(part));
    company.push({ term: 'Opgegeven als', description: text(parts.join(', ')) });
  }
  const contact: DescriptionItem[] = [
    { term: 'Contactpersoon', description: text(request.contactName) },
    {
      term: 'E-mail',
      description: request.contactEmail ? <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a> : text(null),
    },
    {
      term: 'Telefoon',
      description: request.contactPhone ? <a href={`tel:${request.contactPhone.replace(/[^\d+]/g, '')}`}>{request.contactPhone}</a> : text(null),
    },
  ];
  const details: DescriptionItem[] = [
    { term: 'Soort aanvraag', description: typeLabels[request.type] },
    { term: 'Niveau of route', description: text(request.level) },
    { term: 'Periode', description: text(periodText(request)) },
    { term: 'Aantal (capaciteit)', description: request.capacity !== null ? String(request.capacity) : text(null) },
    { term: 'Binnengekomen', description: formatDateTime(request.createdAt) },
  ];
  return (
    <Card title="Aanvraag">
      <div className="vb-loket-facts">
        <section aria-label="Bedrijf">
          <DescriptionList items={company} />
        </section>
        <section aria-label="Contactpersoon">
          <DescriptionList items={contact} />
        </section>
      </div>
      <DescriptionList items={details} />
      <h3 className="vb-loket-subheading">Toelichting van het bedrijf</h3>
      {request.message ? <p className="vb-loket-text">{request.message}</p> : <p className="vb-muted">Het bedrijf gaf geen toelichting.</p>}
    </Card>
  );
}

const AUTHOR_LABELS: Record<LoketMessageAuthor, string> = {
  BEDRIJF: 'Bedrijf',
  LOKET: 'Loket',
  NOTITIE: 'Interne notitie — niet zichtbaar voor het bedrijf',
};

function Conversation({ request }: { request: LoketRequestDetail }) {
  const messages = [...request.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <Card title="Gesprek">
      {messages.length === 0 ? (
        <p className="vb-muted">Er zijn nog geen berichten. Het eerste antwoord aan het bedrijf stopt de klok voor de eerste reactie.</p>
      ) : (
        <ol className="vb-loket-thread" aria-label="Berichten">
          {messages.map((message) => (
            <li key={message.id}>
              <MessageItem message={message} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function MessageItem({ message }: { message: LoketMessage }) {
  const author = message.author;
  return (
    <article className={`vb-loket-message vb-loket-message--${author.toLowerCase()}`} data-author={author} aria-label={`${AUTHOR_LABELS[author]}: ${message.authorName}`}>
      <header className="vb-loket-message__head">
        <span className="vb-loket-message__kind">{AUTHOR_LABELS[author]}</span>
        <span className="vb-loket-message__who">{message.authorName}</span>
        <time dateTime={message.createdAt} className="vb-muted">
          {formatDateTime(message.createdAt)}
        </time>
      </header>
      <p className="vb-loket-text vb-loket-message__body">{message.body}</p>
    </article>
  );
}

interface ReplyValues {
  body: string;
  internal: boolean;
  waitForCompany: boolean;
}

function ReplyComposer({ request, staff }: { request: LoketRequestDetail; staff: boolean }) {
  const refresh = useRefreshLoket();
  const [reply] = useMutation(REPLY_TO_LOKET_REQUEST);
  const form = useForm<ReplyValues>({ body: '', internal: false, waitForCompany: false });
  const { values, set } = form;
  const canned = useQuery(LOKET_CANNED_REPLIES_QUERY, { variables: { regionId: request.region.id } });
  const replies = canned.data?.loketCannedReplies ?? [];

  const insertCanned = (id: string) => {
    const chosen = replies.find((item) => item.id === id);
    if (!chosen) return;
    set('body', values.body.trim() === '' ? chosen.body : `${values.body.replace(/\s+$/, '')}\n\n${chosen.body}`);
  };

  const submit = () =>
    void form
      .submit(
        async (v) => {
          await reply({ variables: { id: request.id, body: v.body, internal: v.internal, waitForCompany: staff && !v.internal && v.waitForCompany } });
          await refresh();
        },
        (v) => {
          const problems: Record<string, string> = {};
          requireText(problems, 'body', v.body, v.internal ? 'Schrijf de notitie.' : 'Schrijf het antwoord aan het bedrijf.');
          return problems;
        },
      )
      .then((ok) => ok && form.reset({ body: '', internal: values.internal, waitForCompany: false }));

  return (
    <Card title={values.internal ? 'Interne notitie schrijven' : 'Antwoorden'}>
      <Form label="Reageren op de aanvraag" onSubmit={submit} className={values.internal ? 'vb-loket-composer vb-loket-composer--internal' : 'vb-loket-composer'}>
        <FormErrorSummary message={form.summary} title="Versturen is niet gelukt" />
        {replies.length > 0 && (
          <Select
            label="Standaardtekst invoegen"
            hint="Uit de standaardantwoorden van het loket; je kunt de tekst daarna aanpassen."
            emptyOption="Kies een tekst…"
            options={replies.map((item) => ({ value: item.id, label: item.title }))}
            value=""
            onChange={(event) => insertCanned(event.target.value)}
          />
        )}
        <TextArea
          label="Antwoord"
          rows={6}
          hint={
            values.internal
              ? 'Interne notitie — niet zichtbaar voor het bedrijf.'
              : staff
                ? `Gaat per e-mail naar ${request.contactName} en staat op de statuspagina van het bedrijf.`
                : `Gaat per e-mail naar ${request.contactName} en staat op de statuspagina van het bedrijf, met jouw naam en school.`
          }
          {...form.text('body')}
        />
        <Checkbox label="Interne notitie (niet zichtbaar voor het bedrijf)" checked={values.internal} onChange={(event) => set('internal', event.target.checked)} error={form.error('internal')} />
        {staff && (
          <Checkbox
            label="Wacht op bedrijf"
            hint="Zet de klok stil tot het bedrijf reageert."
            checked={!values.internal && values.waitForCompany}
            disabled={values.internal}
            onChange={(event) => set('waitForCompany', event.target.checked)}
            error={form.error('waitForCompany')}
          />
        )}
        <FormActions submitLabel="Versturen" saving={form.saving} busyLabel="Bezig met versturen…" />
      </Form>
    </Card>
  );
}

function StatusCard({ request, staff }: { request: LoketRequestDetail; staff: boolean }) {
  const refresh = useRefreshLoket();
  const [setStatus, { loading }] = useMutation(SET_LOKET_REQUEST_STATUS);
  const [next, setNext] = useState<LoketRequestStatus>(request.status);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const save = async () => {
    setProblem(null);
    setDone(false);
    try {
      await setStatus({ variables: { id: request.id, status: next } });
      await refresh();
      setDone(true);
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Card title="Status">
      <p>
        <RequestStatusBadge status={request.status} />
      </p>
      {!staff && <p className="vb-muted">Het loket wijzigt de status.</p>}
      {staff && !request.mergedIntoId && (
        <Form label="Status wijzigen" onSubmit={() => void save()}>
          <Select label="Nieuwe status" options={optionsFrom(statusLabels)} value={next} onChange={(event) => setNext(event.target.value as LoketRequestStatus)} />
          <div className="vb-form__actions">
            <Button type="submit" busy={loading} disabled={next === request.status}>
              Status wijzigen
            </Button>
            <span className="vb-form__status" role="status">
              {done && !loading ? 'Opgeslagen' : ''}
            </span>
          </div>
          {problem ? <ErrorMessage title="Status wijzigen is niet gelukt" message={errorMessage(problem)} /> : null}
        </Form>
      )}
    </Card>
  );
}

function SlaCard({ request }: { request: LoketRequestDetail }) {
  const { sla } = request;
  const items: DescriptionItem[] = [
    {
      term: 'Eerste reactie',
      description: request.firstResponseAt ? (
        <>Gegeven op {formatDateTime(request.firstResponseAt)}</>
      ) : sla.firstResponseDueAt ? (
        <>Uiterlijk {formatDateTime(sla.firstResponseDueAt)}</>
      ) : (
        <span className="vb-muted">Geen termijn (klok staat stil)</span>
      ),
    },
    {
      term: 'Afhandeling',
      description: sla.resolutionDueAt ? <>Uiterlijk {formatDateTime(sla.resolutionDueAt)}</> : <span className="vb-muted">Geen termijn</span>,
    },
    { term: 'Verstreken (telt mee)', description: formatMinutes(sla.elapsedMinutes) },
    { term: 'Klok', description: sla.paused ? 'Staat stil (wacht op bedrijf)' : request.status === 'AFGEROND' ? 'Gestopt' : 'Loopt' },
  ];
  return (
    <Card title="Termijnen">
      <p>
        <SlaBadge sla={sla} status={request.status} showDue={false} />
      </p>
      <div className="vb-inline vb-loket-sla__flags">
        {sla.firstResponseBreached && (
          <StatusBadge tone="red" prefix="Termijn:">
            Eerste reactie te laat
          </StatusBadge>
        )}
        {sla.resolutionBreached && (
          <StatusBadge tone="red" prefix="Termijn:">
            Afhandeling te laat
          </StatusBadge>
        )}
      </div>
      <DescriptionList items={items} />
    </Card>
  );
}

interface AssignValues {
  ownerId: string;
  schoolIds: string[];
  reason: string;
}

function AssignCard({ request, staff }: { request: LoketRequestDetail; staff: boolean }) {
  const refresh = useRefreshLoket();
  const [assign] = useMutation(ASSIGN_LOKET_REQUEST);
  const initial: AssignValues = { ownerId: request.owner?.id ?? '', schoolIds: request.schools.map((school) => school.id), reason: '' };
  const form = useForm<AssignValues>(initial);
  const { values } = form;
  const owners = staffOptions(request.region);
  // Keep the current owner selectable even if they are no longer staff.
  if (request.owner && !owners.some((option) => option.value === request.owner?.id)) owners.unshift({ value: request.owner.id, label: request.owner.name });

  const submit = () =>
    void form
      .submit(
        async (v) => {
          await assign({ variables: { id: request.id, input: { ownerId: v.ownerId, schoolIds: v.schoolIds, reason: optionalText(v.reason) } } });
          await refresh();
        },
        (v) => {
          const problems: Record<string, string> = {};
          if (!v.ownerId) problems['ownerId'] = 'Kies wie de aanvraag behandelt.';
          return problems;
        },
      )
      .then((ok) => ok && form.reset({ ...values, reason: '' }));

  return (
    <Card title="Behandelaar en scholen">
      <DescriptionList
        items={[
          { term: 'Behandelaar', description: request.owner ? request.owner.name : <span className="vb-muted">Nog niemand</span> },
          {
            term: 'Scholen',
            description:
              request.schools.length > 0 ? (
                <ul className="vb-plain-list">
                  {request.schools.map((school) => (
                    <li key={school.id}>{school.name}</li>
                  ))}
                </ul>
              ) : (
                <span className="vb-muted">Nog geen</span>
              ),
          },
        ]}
      />
      {staff && !request.mergedIntoId && (
        <Form label="Toewijzen en splitsen" onSubmit={submit}>
          <FormErrorSummary message={form.summary} />
          <Select label="Behandelaar" emptyOption="Kies een behandelaar" options={owners} {...form.text('ownerId')} />
          <CheckboxGroup
            legend="Scholen die eraan werken"
            hint="Kies één of meer scholen om de aanvraag te splitsen; de behandelaar blijft eigenaar van het geheel."
            options={schoolOptions(request.region)}
            {...form.choices('schoolIds')}
            emptyText="Deze regio heeft nog geen scholen."
          />
          <TextArea label="Reden" optional rows={2} hint="Komt als interne notitie bij de aanvraag." {...form.text('reason')} />
          <FormActions submitLabel="Toewijzing opslaan" saving={form.saving} saved={form.saved} />
        </Form>
      )}
    </Card>
  );
}

function DuplicateBanner({ request }: { request: LoketRequestDetail }) {
  const other = request.duplicateOf;
  const navigate = useNavigate();
  const refresh = useRefreshLoket();
  const [merge, { loading }] = useMutation(MERGE_LOKET_REQUEST);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  if (!other) return null;

  const confirm = async () => {
    setProblem(undefined);
    try {
      await merge({ variables: { id: request.id, intoId: other.id } });
      setOpen(false);
      await refresh().catch(() => undefined);
      navigate(`/loketaanvraag/${other.id}`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="vb-alert vb-alert--warning vb-loket-duplicate" role="status">
      <p className="vb-alert__title">Mogelijk dubbele aanvraag</p>
      <p>
        {duplicateOwnerText(request.company, other.company)} <Link to={`/loketaanvraag/${other.id}`}>{other.reference}</Link> ({statusLabels[other.status].toLowerCase()}, binnengekomen{' '}
        {formatDateTime(other.createdAt)}).
      </p>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Samenvoegen met {other.reference}
      </Button>
      <ConfirmDialog
        open={open}
        title={`${request.reference} samenvoegen met ${other.reference}?`}
        confirmLabel="Samenvoegen"
        busy={loading}
        error={problem}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setProblem(undefined);
        }}
      >
        <p>
          Het gesprek en de contactmomenten van {request.reference} gaan naar {other.reference}, de scholen worden samengevoegd en {request.reference} wordt afgesloten. De statuslink van het bedrijf
          toont daarna {other.reference}. Dit kun je niet ongedaan maken.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function AuditLog({ requestId }: { requestId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="vb-card vb-loket-audit" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 className="vb-card__title">Auditlog: wie bekeek of wijzigde deze aanvraag</h2>
      </summary>
      {open && <AuditLogTable requestId={requestId} />}
    </details>
  );
}

function AuditLogTable({ requestId }: { requestId: string }) {
  const { data, loading, error, refetch } = useQuery(LOKET_AUDIT_LOG_QUERY, { variables: { requestId }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Logboek laden…">
      {({ loketAuditLog }) =>
        loketAuditLog.length === 0 ? (
          <p className="vb-muted">Er staat nog niets in het logboek.</p>
        ) : (
          <Table
            caption="Logboek"
            hideCaption
            rows={[...loketAuditLog].sort((a, b) => b.at.localeCompare(a.at))}
            columns={[
              { header: 'Wanneer', cell: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> },
              { header: 'Wie', cell: (entry) => entry.personName },
              { header: 'Actie', cell: (entry) => auditActionLabels[entry.action] },
              { header: 'Wat', cell: (entry) => <span className="vb-loket-text">{auditWhatLabels[entry.what] ?? entry.what}</span> },
            ]}
          />
        )
      }
    </QueryState>
  );
}
