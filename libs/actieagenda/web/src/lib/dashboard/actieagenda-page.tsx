import { useId, useMemo, useState, type ComponentType } from 'react';
import { useQuery } from '@apollo/client';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge, Button, Card, Checkbox, EmptyState, PageHeader, Select, VisuallyHidden, formatDate, formatTime, plural, namedOptions, SearchForm } from '@verbinder/web/ui';
import { ACTIEAGENDA_PEOPLE_QUERY, ACTIEAGENDA_QUERY, ACTIEAGENDA_REGION_QUERY } from '../graphql/operations';
import type { ActieFilter, ActieStatus, ActieSummary, Actieagenda, ActieagendaRegion, Actielijn, PersonOption } from '../graphql/types';
import { changeKindLabels, optionsFrom, statusLabels } from '../labels';
import { ActieStatusBadge, ClosureBadge, FocusBadge, OverdueBadge, StatusProgress, TrendIndicator, statusTone } from '../shared/badges';
import { ActieagendaTabs, LiveStatus } from '../shared/nav';
import { QueryState, RegionQueryState } from '@verbinder/web/forms';
import { useActieagendaEvent, useCoalescedRefetch, useWatchRegion } from '../shared/realtime';
import { ActieForm, ActielijnForm, CreateAgendaForm } from './agenda-forms';
import { useCsvTools } from './csv-tools';

/** /regio/:slug/actieagenda — the region's agenda: lines, acties, filters, CSV, live progress. */
/** Shown to managers above the filters; the app passes the werkgroepen signal panel. */
export type RegionSignalPanel = ComponentType<{ regionId: string; regionSlug?: string }>;

export function ActieagendaPage({ signalPanel }: { signalPanel?: RegionSignalPanel } = {}) {
  return (
    <RegionQueryState query={ACTIEAGENDA_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Actieagenda laden…">
      {(region) => <Dashboard key={region.id} region={region} signalPanel={signalPanel} />}
    </RegionQueryState>
  );
}

const STATUSES = Object.keys(statusLabels) as ActieStatus[];

interface Filters {
  school: string;
  eigenaar: string;
  status: ActieStatus | '';
  focus: boolean;
}

function useFilters(): [Filters, (next: Partial<Filters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const filters: Filters = {
    school: params.get('school') ?? '',
    eigenaar: params.get('eigenaar') ?? '',
    status: (STATUSES as string[]).includes(status) ? (status as ActieStatus) : '',
    focus: params.get('focus') === 'ja',
  };
  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const search = new URLSearchParams();
    if (merged.school) search.set('school', merged.school);
    if (merged.eigenaar) search.set('eigenaar', merged.eigenaar);
    if (merged.status) search.set('status', merged.status);
    if (merged.focus) search.set('focus', 'ja');
    setParams(search, { replace: true });
  };
  return [filters, update, () => setParams(new URLSearchParams(), { replace: true })];
}

function Dashboard({ region, signalPanel }: { region: ActieagendaRegion; signalPanel?: RegionSignalPanel }) {
  const [filters, updateFilters, clearFilters] = useFilters();
  const filter = useMemo<ActieFilter>(
    () => ({
      ...(filters.school ? { schoolId: filters.school } : {}),
      ...(filters.eigenaar ? { ownerId: filters.eigenaar } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    }),
    [filters.school, filters.eigenaar, filters.status],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ACTIEAGENDA_QUERY, {
    variables: { regionId: region.id, filter },
    fetchPolicy: 'cache-and-network',
  });
  const people = useQuery(ACTIEAGENDA_PEOPLE_QUERY, { variables: { regionId: region.id } }).data?.people ?? [];
  const result = data ?? (loading ? previousData : undefined);
  const agenda = result?.actieagenda;

  // Live: someone saved a check-in, changed an actie or imported a CSV in this agenda.
  const connected = useWatchRegion(region.id);
  const [lastChange, setLastChange] = useState<string | null>(null);
  const refetchLive = useCoalescedRefetch(() => refetch());
  useActieagendaEvent('actieagenda:changed', (change) => {
    if (!agenda || change.agendaId !== agenda.id) return;
    refetchLive();
    const what = changeKindLabels[change.kind] ?? 'Gewijzigd';
    setLastChange(`Laatste wijziging: ${what}${change.actorName ? ` door ${change.actorName}` : ''} om ${formatTime(change.at)}`);
  });

  return (
    <QueryState data={result} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Actieagenda laden…">
      {({ actieagenda }) =>
        actieagenda ? (
          <AgendaView
            agenda={actieagenda}
            region={region}
            people={people}
            filters={filters}
            updateFilters={updateFilters}
            clearFilters={clearFilters}
            connected={connected}
            lastChange={lastChange}
            signalPanel={signalPanel}
          />
        ) : (
          <NoAgenda region={region} onCreated={() => refetch()} />
        )
      }
    </QueryState>
  );
}

function NoAgenda({ region, onCreated }: { region: ActieagendaRegion; onCreated: () => Promise<unknown> }) {
  return (
    <>
      <PageHeader title="Actieagenda" eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>} />
      <ActieagendaTabs slug={region.slug} />
      <EmptyState
        message={
          <>
            {region.name} heeft nog geen actieagenda. Een actieagenda is het koersdocument van de verbinders: een plan voor een paar jaar met actielijnen (in Noord-West Veluwe zijn dat er zeven) en
            daaronder acties, met een trekker, eigenaren, voortgang en wekelijkse check-ins.
          </>
        }
        action={region.canManage ? undefined : <p>Vraag een verbinder of projectleider van de regio om de actieagenda aan te maken.</p>}
      />
      {region.canManage && (
        <Card title="Actieagenda aanmaken">
          <p className="vb-muted">Daarna voeg je de actielijnen toe, of importeer je ze in één keer uit een CSV-bestand.</p>
          <CreateAgendaForm region={region} onCreated={onCreated} />
        </Card>
      )}
    </>
  );
}

interface AgendaViewProps {
  agenda: Actieagenda;
  region: ActieagendaRegion;
  people: PersonOption[];
  filters: Filters;
  updateFilters: (next: Partial<Filters>) => void;
  clearFilters: () => void;
  connected: boolean;
  lastChange: string | null;
  signalPanel?: RegionSignalPanel;
}

function AgendaView({ agenda, region, people, filters, updateFilters, clearFilters, connected, lastChange, signalPanel: SignalPanel }: AgendaViewProps) {
  const csv = useCsvTools({ agendaId: agenda.id, slug: region.slug, canEdit: agenda.canEdit });
  const [addingLine, setAddingLine] = useState(false);
  const serverFilterActive = Boolean(filters.school || filters.eigenaar || filters.status);
  const anyFilter = serverFilterActive || filters.focus;
  const shownLines = filters.focus ? agenda.lines.filter((line) => line.inFocus) : agenda.lines;
  const summaryId = useId();

  return (
    <>
      <PageHeader
        title="Actieagenda"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description={
          <p>
            {agenda.title} · {formatDate(agenda.periodStart)} tot en met {formatDate(agenda.periodEnd)}
          </p>
        }
        actions={csv.buttons}
      />
      <ActieagendaTabs slug={region.slug} />
      {csv.feedback}

      <section className="vb-card vb-agenda-summary" aria-labelledby={summaryId}>
        <h2 id={summaryId} className="vb-visually-hidden">
          Stand van zaken
        </h2>
        <div className="vb-agenda-summary__progress">
          <p className="vb-agenda-summary__label">Voortgang van de hele agenda</p>
          <StatusProgress value={agenda.progress} status={agenda.status} label="Voortgang van de hele actieagenda" size="large" testId="agenda-voortgang" />
        </div>
        <ul className="vb-agenda-summary__facts">
          <li>
            <ActieStatusBadge status={agenda.status} />
          </li>
          <li>{agenda.overdueCount > 0 ? <Badge tone="danger">{plural(agenda.overdueCount, 'check-in', 'check-ins')} te laat</Badge> : <Badge tone="success">Alle check-ins op tijd</Badge>}</li>
          <li className="vb-muted">{plural(agenda.lines.length, 'actielijn', 'actielijnen')}</li>
        </ul>
        <LiveStatus connected={connected} lastChange={lastChange} />
      </section>

      {region.canManage && SignalPanel && <SignalPanel regionId={region.id} regionSlug={region.slug} />}

      <FilterForm region={region} people={people} filters={filters} update={updateFilters} clear={anyFilter ? clearFilters : undefined} />

      <section aria-labelledby={`${summaryId}-lines`} className="vb-stack">
        <h2 id={`${summaryId}-lines`}>Actielijnen</h2>
        {agenda.lines.length === 0 ? (
          <EmptyState message={agenda.canEdit ? 'Er zijn nog geen actielijnen. Voeg ze hieronder toe, of importeer ze uit een CSV-bestand.' : 'Er zijn nog geen actielijnen.'} />
        ) : shownLines.length === 0 ? (
          <EmptyState
            message="Er zijn dit jaar geen focuslijnen."
            action={
              <Button variant="secondary" onClick={() => updateFilters({ focus: false })}>
                Alle lijnen tonen
              </Button>
            }
          />
        ) : (
          <ol className="vb-lines">
            {shownLines.map((line) => (
              <li key={`${line.id}-${serverFilterActive ? 'f' : ''}`}>
                <LineCard line={line} agenda={agenda} region={region} people={people} filtered={serverFilterActive} defaultOpen={serverFilterActive} />
              </li>
            ))}
          </ol>
        )}
        {agenda.canEdit &&
          (addingLine ? (
            <Card title="Actielijn toevoegen" headingLevel={3}>
              <ActielijnForm agendaId={agenda.id} existingNumbers={agenda.lines.map((line) => line.number)} onDone={() => setAddingLine(false)} />
            </Card>
          ) : (
            <div className="vb-inline">
              <Button variant="secondary" onClick={() => setAddingLine(true)}>
                Actielijn toevoegen
              </Button>
            </div>
          ))}
        {csv.help}
      </section>
    </>
  );
}

function FilterForm({ region, people, filters, update, clear }: { region: ActieagendaRegion; people: PersonOption[]; filters: Filters; update: (next: Partial<Filters>) => void; clear?: () => void }) {
  return (
    <SearchForm aria-label="Acties filteren" className="vb-filters">
      <Select label="School" emptyOption="Alle scholen" options={namedOptions(region.schools)} value={filters.school} onChange={(event) => update({ school: event.target.value })} />
      <Select label="Eigenaar" emptyOption="Iedereen" options={namedOptions(people)} value={filters.eigenaar} onChange={(event) => update({ eigenaar: event.target.value })} />
      <Select label="Status" emptyOption="Alle statussen" options={optionsFrom(statusLabels)} value={filters.status} onChange={(event) => update({ status: event.target.value as ActieStatus | '' })} />
      <Checkbox label="Alleen focuslijnen" className="vb-filters__focus" checked={filters.focus} onChange={(event) => update({ focus: event.target.checked })} />
      {clear && (
        <Button variant="quiet" onClick={clear}>
          Filters wissen
        </Button>
      )}
    </SearchForm>
  );
}

interface LineCardProps {
  line: Actielijn;
  agenda: Actieagenda;
  region: ActieagendaRegion;
  people: PersonOption[];
  filtered: boolean;
  defaultOpen: boolean;
}

function LineCard({ line, agenda, region, people, filtered, defaultOpen }: LineCardProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [mode, setMode] = useState<'none' | 'edit-line' | 'add-actie' | { editActie: ActieSummary }>('none');
  const headingId = useId();
  const listId = useId();
  const count = line.acties.length;

  return (
    <section className={`vb-line vb-line--${statusTone(line.status)}`} aria-labelledby={headingId}>
      <div className="vb-line__head">
        <h3 id={headingId} className="vb-line__title">
          <span className="vb-line__number">
            <VisuallyHidden>Lijn </VisuallyHidden>
            {line.number}
          </span>{' '}
          {line.title}
        </h3>
        <div className="vb-inline">
          {line.inFocus && <FocusBadge />}
          <ActieStatusBadge status={line.status} />
        </div>
      </div>
      {line.description && <p className="vb-muted vb-line__description">{line.description}</p>}
      <div className="vb-line__progress">
        <StatusProgress value={line.progress} status={line.status} label={`Voortgang lijn ${line.number}`} testId={`lijn-${line.number}-voortgang`} />
        <TrendIndicator trend={line.trend} />
      </div>
      {line.focusYears.length > 0 && <p className="vb-muted vb-line__focus">Focus in {line.focusYears.join(', ')}</p>}
      <div className="vb-line__actions">
        <Button variant="secondary" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((value) => !value)}>
          {open ? 'Acties verbergen' : `Acties tonen (${count})`}
          <VisuallyHidden> van lijn {line.number}</VisuallyHidden>
        </Button>
        {agenda.canEdit && (
          <>
            <Button
              variant="quiet"
              onClick={() => {
                setMode('add-actie');
                setOpen(true);
              }}
            >
              Actie toevoegen<VisuallyHidden> aan lijn {line.number}</VisuallyHidden>
            </Button>
            <Button variant="quiet" onClick={() => setMode('edit-line')}>
              Lijn bewerken<VisuallyHidden> ({line.number})</VisuallyHidden>
            </Button>
          </>
        )}
      </div>
      {mode === 'edit-line' && (
        <div className="vb-line__form">
          <h4>Lijn {line.number} bewerken</h4>
          <ActielijnForm agendaId={agenda.id} line={line} existingNumbers={agenda.lines.map((candidate) => candidate.number)} onDone={() => setMode('none')} />
        </div>
      )}
      {mode === 'add-actie' && (
        <div className="vb-line__form">
          <h4>Actie toevoegen aan lijn {line.number}</h4>
          <ActieForm region={region} people={people} lines={agenda.lines} actielijnId={line.id} onDone={() => setMode('none')} />
        </div>
      )}
      <div id={listId} hidden={!open}>
        {count === 0 ? (
          <p className="vb-muted">{filtered ? 'Geen acties in deze lijn die passen bij de filters.' : 'Nog geen acties in deze lijn.'}</p>
        ) : (
          <ul className="vb-acties">
            {line.acties.map((actie) =>
              typeof mode === 'object' && mode.editActie.id === actie.id ? (
                <li key={actie.id} className="vb-line__form">
                  <h4>{actie.title} bewerken</h4>
                  <ActieForm region={region} people={people} lines={agenda.lines} actielijnId={line.id} actie={actie} onDone={() => setMode('none')} />
                </li>
              ) : (
                <ActieRow key={actie.id} actie={actie} onEdit={actie.canEdit ? () => setMode({ editActie: actie }) : undefined} />
              ),
            )}
          </ul>
        )}
      </div>
    </section>
  );
}

function ActieRow({ actie, onEdit }: { actie: ActieSummary; onEdit?: () => void }) {
  const owners = actie.owners.map((owner) => owner.name).join(', ');
  return (
    <li className={actie.closure ? 'vb-actie vb-actie--closed' : 'vb-actie'}>
      <div className="vb-actie__main">
        <h4 className="vb-actie__title">
          <Link to={`/actie/${actie.id}`}>{actie.title}</Link>
        </h4>
        <p className="vb-actie__who">
          <span>
            <span className="vb-muted">Trekker:</span> {actie.leadSchool?.name ?? 'nog niet gekozen'}
          </span>
          <span>
            <span className="vb-muted">Eigenaren:</span> {owners || 'nog niemand'}
          </span>
        </p>
        <p className="vb-inline">
          {actie.closure ? <ClosureBadge closure={actie.closure} /> : <ActieStatusBadge status={actie.status} />}
          {!actie.closure && actie.overdue && <OverdueBadge />}
          {actie.subActies.length > 0 && <Badge tone="neutral">{plural(actie.subActies.length, 'sub-actie', 'sub-acties')}</Badge>}
        </p>
      </div>
      <div className="vb-actie__side">
        <StatusProgress value={actie.progress} status={actie.closure ? null : actie.status} label={`Voortgang ${actie.title}`} />
        <TrendIndicator trend={actie.trend} />
        {!actie.closure && (
          <p className="vb-actie__due">
            {actie.nextCheckInDue ? (
              <>
                Volgende check-in: <time dateTime={actie.nextCheckInDue}>{formatDate(actie.nextCheckInDue)}</time>
              </>
            ) : (
              'Geen check-in gepland'
            )}
          </p>
        )}
        {onEdit && (
          <Button variant="quiet" onClick={onEdit}>
            Bewerken<VisuallyHidden>: {actie.title}</VisuallyHidden>
          </Button>
        )}
      </div>
    </li>
  );
}
