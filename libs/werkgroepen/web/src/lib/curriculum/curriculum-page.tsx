import { useId, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApolloClient, useMutation, useQuery, type TypedDocumentNode } from '@apollo/client';
import { csvRowErrors, errorMessage, useRefetchQueries, type CsvRowError } from '@verbinder/web/api-client';
import { QueryState, useExport } from '@verbinder/web/forms';
import { Badge, Button, Card, ConfirmDialog, CsvImportFailureAlert, EmptyState, FormErrorSummary, Notice, PageHeader, ProgressBar, Table, TextArea, formatDate, plural } from '@verbinder/web/ui';
import { ItemForm, PairForm } from './curriculum-forms';
import { DECISION_TEXT, hours, KIND_TEXT, RELATION_TEXT, SHORTENING } from './labels';
import { useWerkgroepChanges } from '../live';
import {
  CurriculumData,
  CurriculumGroup,
  CurriculumItem,
  CurriculumPair,
  CurriculumSide,
  CurriculumSummary,
  DELETE_CURRICULUM_ITEM,
  DELETE_CURRICULUM_PAIR,
  EXPORT_CURRICULUM_CSV,
  IMPORT_CURRICULUM_CSV,
  LIVE_CURRICULUM_QUERIES,
  WERKGROEP_CURRICULUM,
} from './operations';
import './curriculum.css';

const CSV_COLUMNS = 'kant;soort;code;titel;omschrijving;school;studie-uren';

/** The calendar day (YYYY-MM-DD) of a timestamp in Amsterdam. */
const amsterdamDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/**
 * The curriculum comparison of a werkgroep (route /werkgroep/:id/vergelijking): the vo items
 * next to the mbo items, the pairs with their decisions, and a summary against the law's
 * maximum shortening of one study year. Live: refetches on `werkgroep:changed` kind curriculum.
 * Members edit; region readers only read.
 */
export function WerkgroepCurriculumTab() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WERKGROEP_CURRICULUM, { variables: { id }, skip: !id });
  const connected = useWerkgroepChanges(id, ['curriculum'], LIVE_CURRICULUM_QUERIES);
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Vergelijking laden…" notFoundSubject="Deze werkgroep">
      {(d) => <CurriculumView data={d} connected={connected} />}
    </QueryState>
  );
}

function CurriculumView({ data, connected }: { data: CurriculumData; connected: boolean }) {
  const { werkgroep, curriculum } = data;
  const refresh = useRefetchQueries(LIVE_CURRICULUM_QUERIES);
  const canWrite = werkgroep.permissions.canWrite;
  return (
    <div className="vb-curriculum">
      <PageHeader
        level={2}
        title="Vergelijking PTA en OER"
        description="Leg de onderdelen van het vo (PTA, profiel, keuzevakken, eindtermen) naast die van het mbo (OER, keuzedelen, kwalificatie-onderdelen) en besluit per overlap of gat wat jullie doen."
      />
      <p className="vb-curriculum__live vb-muted" role="status">
        {connected ? 'Live: wijzigingen van anderen verschijnen vanzelf.' : 'Geen live verbinding; ververs de pagina om wijzigingen van anderen te zien.'}
      </p>
      {!canWrite && (
        <Notice tone="info">
          <p>
            {werkgroep.archivedAt ? 'Deze werkgroep is gearchiveerd: je kunt de vergelijking alleen lezen.' : 'Je kunt deze vergelijking lezen; alleen leden van de werkgroep kunnen haar aanpassen.'}
          </p>
        </Notice>
      )}
      <SummaryPanel summary={curriculum.summary} />
      <CsvTools werkgroepId={werkgroep.id} canWrite={canWrite} onImported={refresh} />
      <div className="vb-curriculum__columns">
        <ItemColumn side="VO" werkgroep={werkgroep} items={curriculum.items} canWrite={canWrite} onChanged={refresh} />
        <ItemColumn side="MBO" werkgroep={werkgroep} items={curriculum.items} canWrite={canWrite} onChanged={refresh} />
      </div>
      <PairsSection werkgroep={werkgroep} items={curriculum.items} pairs={curriculum.pairs} canWrite={canWrite} onChanged={refresh} />
    </div>
  );
}

function SummaryPanel({ summary }: { summary: CurriculumSummary }) {
  const percent = Math.round(summary.shareOfMaximum * 1000) / 10;
  const over = summary.hoursFreed > summary.maxShorteningHours;
  return (
    <Card title="Samenvatting" className="vb-curriculum__summary">
      <dl className="vb-stats vb-curriculum__stats">
        <div>
          <dt>Overlap gevonden</dt>
          <dd>{plural(summary.overlaps, 'koppeling', 'koppelingen')}</dd>
        </div>
        <div>
          <dt>Besloten</dt>
          <dd>
            {summary.decided} van {summary.pairs}
            <span className="vb-muted"> ({summary.undecided} nog open)</span>
          </dd>
        </div>
        <div>
          <dt>Vrijgespeeld</dt>
          <dd>{hours(summary.hoursFreed)}</dd>
        </div>
        <div>
          <dt>Onderdelen</dt>
          <dd>
            {summary.voItems} vo · {summary.mboItems} mbo
          </dd>
        </div>
      </dl>
      <ProgressBar
        value={Math.min(100, summary.shareOfMaximum * 100)}
        label="Vrijgespeelde uren ten opzichte van de wettelijke maximale verkorting van één studiejaar"
        tone={over ? 'red' : 'primary'}
      />
      <p>
        {hours(summary.hoursFreed)} van de hoogstens {hours(summary.maxShorteningHours)} ({percent.toLocaleString('nl-NL')}%). De Wet doorlopende leerroutes staat een verkorting van hoogstens één
        studiejaar toe; één mbo-studiejaar telt als {hours(summary.maxShorteningHours)} studiebelasting. Alleen besluiten om te schrappen of te versnellen korten de route in.
      </p>
      {over && (
        <p className="vb-curriculum__warning" role="alert">
          <strong>Let op:</strong> dit is meer dan de wet toestaat. Kijk samen welke besluiten jullie anders invullen.
        </p>
      )}
      <Table
        caption="Koppelingen en uren per besluit"
        rows={summary.byDecision}
        rowKey={(d) => d.decision}
        columns={[
          { header: 'Besluit', isRowHeader: true, cell: (d) => DECISION_TEXT[d.decision] },
          { header: 'Koppelingen', cell: (d) => d.pairs },
          { header: 'Uren', cell: (d) => hours(d.hours) },
          { header: 'Kort de route in', cell: (d) => (SHORTENING.includes(d.decision) ? 'Ja' : 'Nee, andere besteding') },
        ]}
      />
    </Card>
  );
}

/**
 * Deleting an item or a pair after the ConfirmDialog: `setDeleting(row)` opens it, `dialog` holds
 * its open, busy, error, confirm and cancel props. The dialog closes once the change is refetched.
 */
function useRemoval<T extends { id: string }>(mutation: TypedDocumentNode<unknown, { id: string }>, onChanged: () => Promise<unknown>) {
  const [deleting, setDeleting] = useState<T | null>(null);
  const [remove, { loading, error, reset }] = useMutation(mutation);
  return {
    deleting,
    setDeleting,
    dialog: {
      open: deleting !== null,
      busy: loading,
      error: error ? errorMessage(error) : undefined,
      onCancel: () => {
        setDeleting(null);
        reset();
      },
      onConfirm: () =>
        void remove({ variables: { id: deleting?.id ?? '' } })
          .then(onChanged)
          .then(() => setDeleting(null))
          .catch(() => undefined),
    },
  };
}

function ItemColumn({
  side,
  werkgroep,
  items,
  canWrite,
  onChanged,
}: {
  side: CurriculumSide;
  werkgroep: CurriculumGroup;
  items: CurriculumItem[];
  canWrite: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const mine = items.filter((i) => i.side === side);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { deleting, setDeleting, dialog } = useRemoval<CurriculumItem>(DELETE_CURRICULUM_ITEM, onChanged);
  const title = side === 'VO' ? 'vo: PTA en examenprogramma' : 'mbo: OER en kwalificatiedossier';
  return (
    <Card
      title={title}
      className="vb-curriculum__column"
      actions={
        canWrite &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {side === 'VO' ? 'vo-onderdeel toevoegen' : 'mbo-onderdeel toevoegen'}
          </Button>
        )
      }
    >
      {adding && (
        <ItemForm
          werkgroep={werkgroep}
          side={side}
          onDone={async () => {
            await onChanged();
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {mine.length === 0 ? (
        <EmptyState message={side === 'VO' ? 'Nog geen vo-onderdelen. Voeg ze toe of lees een CSV-bestand in.' : 'Nog geen mbo-onderdelen. Voeg ze toe of lees een CSV-bestand in.'} />
      ) : (
        <ul className="vb-curriculum__items">
          {mine.map((item) => (
            <li key={item.id} className="vb-curriculum__item">
              {editing === item.id ? (
                <ItemForm
                  werkgroep={werkgroep}
                  side={side}
                  item={item}
                  onDone={async () => {
                    await onChanged();
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p className="vb-curriculum__item-title">
                    <code>{item.code}</code> {item.title}
                  </p>
                  <p className="vb-curriculum__item-meta vb-muted">
                    {KIND_TEXT[item.kind]}
                    {item.school && ` · ${item.school.name}`}
                    {item.studyHours !== null && ` · ${hours(item.studyHours)}`}
                  </p>
                  {item.description && <p className="vb-curriculum__item-description">{item.description}</p>}
                  {canWrite && (
                    <div className="vb-curriculum__item-actions">
                      <Button variant="quiet" onClick={() => setEditing(item.id)} aria-label={`${item.code} bewerken`}>
                        Bewerken
                      </Button>
                      <Button variant="quiet" onClick={() => setDeleting(item)} aria-label={`${item.code} verwijderen`}>
                        Verwijderen
                      </Button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog title="Onderdeel verwijderen?" confirmLabel="Verwijderen" destructive {...dialog}>
        <p>
          {deleting?.code} {deleting?.title} wordt verwijderd, met de koppelingen waar het in staat.
        </p>
      </ConfirmDialog>
    </Card>
  );
}

type PairFilter = 'ALL' | 'UNDECIDED' | 'OVERLAP';
const FILTERS: Array<{ value: PairFilter; label: string }> = [
  { value: 'ALL', label: 'Alle' },
  { value: 'UNDECIDED', label: 'Zonder besluit' },
  { value: 'OVERLAP', label: 'Overlap' },
];

function PairsSection({
  werkgroep,
  items,
  pairs,
  canWrite,
  onChanged,
}: {
  werkgroep: CurriculumGroup;
  items: CurriculumItem[];
  pairs: CurriculumPair[];
  canWrite: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const [filter, setFilter] = useState<PairFilter>('ALL');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { deleting, setDeleting, dialog } = useRemoval<CurriculumPair>(DELETE_CURRICULUM_PAIR, onChanged);
  const filterName = useId();
  const shown = pairs.filter((p) => filter === 'ALL' || (filter === 'UNDECIDED' ? p.decision === null : p.relation === 'OVERLAP'));
  return (
    <Card
      title="Koppelingen"
      className="vb-curriculum__pairs"
      actions={
        canWrite &&
        !adding && (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Koppeling toevoegen
          </Button>
        )
      }
    >
      {adding && (
        <PairForm
          werkgroep={werkgroep}
          items={items}
          onDone={async () => {
            await onChanged();
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <fieldset className="vb-curriculum__filter">
        <legend>Toon</legend>
        {FILTERS.map((f) => (
          <label key={f.value}>
            <input type="radio" name={filterName} value={f.value} checked={filter === f.value} onChange={() => setFilter(f.value)} /> {f.label}
          </label>
        ))}
      </fieldset>
      <p className="vb-muted" role="status">
        {plural(shown.length, 'koppeling', 'koppelingen')} getoond van {pairs.length}.
      </p>
      {shown.length === 0 ? (
        <EmptyState message={pairs.length === 0 ? 'Nog geen koppelingen. Koppel een vo-onderdeel aan een mbo-onderdeel.' : 'Geen koppelingen met dit filter.'} />
      ) : (
        <Table<CurriculumPair>
          caption="Koppelingen tussen vo- en mbo-onderdelen"
          hideCaption
          rows={shown}
          columns={[
            {
              header: 'vo-onderdeel',
              isRowHeader: true,
              cell: (p) => (
                <>
                  <code>{p.voItem.code}</code> {p.voItem.title}
                </>
              ),
            },
            {
              header: 'mbo-onderdeel',
              cell: (p) => (
                <>
                  <code>{p.mboItem.code}</code> {p.mboItem.title}
                </>
              ),
            },
            { header: 'Relatie', cell: (p) => <Badge tone={p.relation === 'OVERLAP' ? 'warning' : p.relation === 'GAP' ? 'danger' : 'success'}>{RELATION_TEXT[p.relation]}</Badge> },
            {
              header: 'Besluit',
              cell: (p) =>
                p.decision ? (
                  <>
                    {DECISION_TEXT[p.decision]}
                    {p.decidedAt && <span className="vb-muted"> (besloten {formatDate(amsterdamDay(p.decidedAt))})</span>}
                  </>
                ) : (
                  <span className="vb-muted">Nog geen besluit</span>
                ),
            },
            { header: 'Eigenaar', cell: (p) => p.owner?.name ?? <span className="vb-muted">Niemand</span> },
            {
              header: 'Uren',
              cell: (p) => (
                <>
                  {hours(p.hoursFreed)}
                  {p.decision && !SHORTENING.includes(p.decision) && p.hoursFreed > 0 && <span className="vb-muted"> (telt niet mee)</span>}
                </>
              ),
            },
            { header: 'Toelichting', cell: (p) => p.note ?? '' },
            ...(canWrite
              ? [
                  {
                    header: 'Acties',
                    cell: (p: CurriculumPair) => (
                      <div className="vb-curriculum__pair-actions">
                        <Button variant="quiet" onClick={() => setEditing(p.id)} aria-label={`Koppeling ${p.voItem.code} en ${p.mboItem.code} bewerken`}>
                          Bewerken
                        </Button>
                        <Button variant="quiet" onClick={() => setDeleting(p)} aria-label={`Koppeling ${p.voItem.code} en ${p.mboItem.code} verwijderen`}>
                          Verwijderen
                        </Button>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
          rowOverride={(p) =>
            editing === p.id ? (
              <>
                <p className="vb-curriculum__editing">
                  <strong>
                    {p.voItem.code} {p.voItem.title} ↔ {p.mboItem.code} {p.mboItem.title}
                  </strong>
                </p>
                <PairForm
                  werkgroep={werkgroep}
                  items={items}
                  pair={p}
                  onDone={async () => {
                    await onChanged();
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </>
            ) : undefined
          }
        />
      )}
      <ConfirmDialog title="Koppeling verwijderen?" confirmLabel="Verwijderen" destructive {...dialog}>
        <p>
          De koppeling tussen {deleting?.voItem.code} en {deleting?.mboItem.code} wordt verwijderd, met het besluit en de uren. De onderdelen blijven staan.
        </p>
      </ConfirmDialog>
    </Card>
  );
}

type ImportFeedback = { kind: 'done'; created: number; updated: number } | { kind: 'invalid'; rows: CsvRowError[]; message: string } | { kind: 'error'; message: string };

function CsvTools({ werkgroepId, canWrite, onImported }: { werkgroepId: string; canWrite: boolean; onImported: () => Promise<unknown> }) {
  const client = useApolloClient();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [feedback, setFeedback] = useState<ImportFeedback | null>(null);
  const [importCsv, { loading: importing }] = useMutation(IMPORT_CURRICULUM_CSV);

  const csvExport = useExport(async () => {
    const { data } = await client.query({ query: EXPORT_CURRICULUM_CSV, variables: { werkgroepId }, fetchPolicy: 'network-only' });
    // A BOM so that spreadsheet programs read the accents correctly.
    return { text: `\uFEFF${data.exportCurriculumCsv}`, fileName: `vergelijking-${new Date().toISOString().slice(0, 10)}.csv`, type: 'text/csv;charset=utf-8' };
  });

  const run = async (csv: string) => {
    setFeedback(null);
    if (csv.trim() === '') {
      setFeedback({ kind: 'error', message: 'Er is niets om in te lezen: kies een bestand of plak de regels.' });
      return;
    }
    try {
      const result = await importCsv({ variables: { werkgroepId, csv } });
      if (result.data) setFeedback({ kind: 'done', ...result.data.importCurriculumCsv });
      setPasted('');
      await onImported();
    } catch (error) {
      const rows = csvRowErrors(error);
      setFeedback(rows.length > 0 ? { kind: 'invalid', rows, message: errorMessage(error) } : { kind: 'error', message: errorMessage(error) });
    }
  };

  const readFile = async (file: File) => {
    try {
      await run(await file.text());
    } catch {
      setFeedback({ kind: 'error', message: `Het bestand ${file.name} kon niet worden gelezen.` });
    }
  };

  return (
    <Card title="CSV" headingLevel={2} className="vb-curriculum__csv">
      <div className="vb-toolbar">
        <Button variant="secondary" busy={csvExport.exporting} onClick={() => void csvExport.run()}>
          Vergelijking exporteren (CSV)
        </Button>
        {canWrite && (
          <>
            <label htmlFor={fileId} className="vb-button vb-button--secondary">
              CSV-bestand inlezen
            </label>
            <input
              ref={fileRef}
              id={fileId}
              type="file"
              accept=".csv,text/csv,text/plain"
              className="vb-visually-hidden"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void readFile(file);
              }}
            />
          </>
        )}
      </div>
      {csvExport.error && <FormErrorSummary title="Exporteren is niet gelukt" message={csvExport.error} />}
      {canWrite && (
        <details className="vb-curriculum__paste">
          <summary>Regels plakken uit een spreadsheet</summary>
          <p>
            Kolommen, gescheiden door een puntkomma, met de kopregel bovenaan: <code>{CSV_COLUMNS}</code>. Kant is vo of mbo; soort is bijvoorbeeld PTA-onderdeel, profiel, keuzevak, eindterm,
            OER-onderdeel, keuzedeel of kwalificatie-onderdeel; school is de naam van de school. Een bestaande code aan dezelfde kant wordt bijgewerkt. Bij één fout wordt er niets ingelezen.
          </p>
          <TextArea
            label="CSV-regels"
            rows={6}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder={`${CSV_COLUMNS}\nvo;PTA-onderdeel;EN-PTA-LV;Leesvaardigheid ERK B1;;Morgen College;80`}
          />
          <Button busy={importing} onClick={() => void run(pasted)}>
            Geplakte regels inlezen
          </Button>
        </details>
      )}
      {importing && (
        <Notice tone="info">
          <p>Bezig met inlezen…</p>
        </Notice>
      )}
      {feedback?.kind === 'done' && (
        <Notice>
          <p>
            Ingelezen: {plural(feedback.created, 'onderdeel', 'onderdelen')} toegevoegd, {feedback.updated} bijgewerkt.
          </p>
        </Notice>
      )}
      {feedback && feedback.kind !== 'done' && (
        <CsvImportFailureAlert title="Inlezen is niet gelukt" failure={feedback} caption="Fouten per rij" advice={() => 'Verbeter de regels hieronder en lees het bestand opnieuw in.'} />
      )}
    </Card>
  );
}
