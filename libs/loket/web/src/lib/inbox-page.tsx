import { useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Badge,
  Button,
  Checkbox,
  CheckboxGroup,
  EmptyState,
  ErrorMessage,
  PageHeader,
  Select,
  Table,
  TextInput,
  formatDateTime,
  type Column,
  plural,
  fileNamePart,
  namedOptions,
  SearchForm,
} from '@verbinder/web/ui';
import { QueryState, useExport } from '@verbinder/web/forms';
import { useLoketAccess } from './access';
import { amsterdamDate } from '@verbinder/shared/time';
import { formatAge } from './dates';
import { EMPTY_FILTERS, filtersFromParams, filtersToParams, hasFilters, toRequestFilter, type InboxFilters } from './filters';
import { optionsFrom, statusLabels, typeLabels } from './labels';
import { LOKET_EXPORT_CSV_QUERY, LOKET_REQUESTS_QUERY, type LoketRegion, type LoketRequestStatus, type LoketRequestSummary, type LoketRequestType, type LoketSlaFilter } from './operations';
import { useLiveLoket } from './realtime';
import { LiveStatus, LoketPage, LoketTabs, NotLoketStaff, type LoketPageProps, RequestStatusBadge, SlaBadge, useNow } from './shared';
import { staffOptions } from './staff';

/**
 * /regio/:slug/loket — the loket inbox: requests with filters in the URL, live, CSV export. For
 * a school contact (a member through a school of the region) the requests split to their
 * school, without the staff-only filters, export, reports and settings.
 */
export function LoketInboxPage() {
  return <LoketPage loadingLabel="Loket laden…" page={StaffInbox} />;
}

function StaffInbox({ region, access }: LoketPageProps) {
  if (access.isStaff) return <Inbox region={region} mode="staff" />;
  if (access.isSchoolContact) return <Inbox region={region} mode="school" />;
  return <NotLoketStaff slug={region.slug} regionName={region.name} />;
}

/** Who looks at the inbox: the loket's staff (everything) or a school contact (their school's requests). */
type InboxMode = 'staff' | 'school';

function useInboxFilters(): [InboxFilters, (next: Partial<InboxFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const update = (next: Partial<InboxFilters>) => setParams(filtersToParams({ ...filters, ...next }), { replace: true });
  return [filters, update, () => setParams(filtersToParams(EMPTY_FILTERS), { replace: true })];
}

function Inbox({ region, mode }: { region: LoketRegion; mode: InboxMode }) {
  const access = useLoketAccess(region.id);
  const staff = mode === 'staff';
  const [urlFilters, updateFilters, clearFilters] = useInboxFilters();
  // A school contact has no school, owner or "mine" filter (the API limits them to their schools anyway).
  const filters = useMemo(() => (staff ? urlFilters : { ...urlFilters, school: '', owner: '', mine: false }), [staff, urlFilters]);
  const filter = useMemo(() => toRequestFilter(filters), [filters]);
  const { data, previousData, loading, error, refetch } = useQuery(LOKET_REQUESTS_QUERY, {
    variables: { regionId: region.id, filter },
    fetchPolicy: 'cache-and-network',
  });
  const live = useLiveLoket(region.id);
  const now = useNow();
  const result = data ?? (loading ? previousData : undefined);
  const csv = useCsvExport(region, filters);

  return (
    <>
      {staff ? (
        <PageHeader
          title="Bedrijvenloket"
          eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
          description="Aanvragen van bedrijven in de regio: wie ze behandelt, welke scholen eraan werken en hoe het met de termijnen staat."
          actions={
            <Button variant="secondary" busy={csv.exporting} onClick={() => void csv.run()}>
              Exporteer CSV
            </Button>
          }
        />
      ) : (
        <PageHeader
          title="Aanvragen voor jouw school"
          eyebrow={<Link to={`/regio/${region.slug}`}>Bedrijvenloket {region.name}</Link>}
          description="Aanvragen van bedrijven die het loket naar jouw school heeft doorgezet. Het loket blijft eigenaar en houdt de termijnen bij; jij kunt het gesprek lezen, interne notities schrijven en het bedrijf antwoorden."
        />
      )}
      <LoketTabs slug={region.slug} staff={staff} />
      {csv.error && <ErrorMessage title="Exporteren is niet gelukt" message={csv.error} />}
      <LiveStatus connected={live.connected} lastChange={live.lastChange} />
      <FilterForm region={region} staff={staff} filters={filters} update={updateFilters} clear={hasFilters(filters) ? clearFilters : undefined} />
      <QueryState data={result} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Aanvragen laden…">
        {({ loketRequests }) =>
          loketRequests.length === 0 ? (
            <EmptyState
              message={
                hasFilters(filters)
                  ? 'Geen aanvragen die bij deze filters passen.'
                  : staff
                    ? 'Er staan geen open aanvragen in het loket. Nieuwe aanvragen van bedrijven verschijnen hier vanzelf.'
                    : 'Er staan geen open aanvragen voor jouw school. Zet het loket een aanvraag naar jouw school door, dan verschijnt die hier vanzelf.'
              }
              action={
                hasFilters(filters) ? (
                  <Button variant="secondary" onClick={clearFilters}>
                    Filters wissen
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <>
              <p className="vb-muted" role="status">
                {plural(loketRequests.length, 'aanvraag', 'aanvragen')}
              </p>
              <RequestTable requests={loketRequests} now={now} viewerId={access.personId} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function useCsvExport(region: LoketRegion, filters: InboxFilters) {
  const client = useApolloClient();
  return useExport(async () => {
    const { data } = await client.query({
      query: LOKET_EXPORT_CSV_QUERY,
      variables: { regionId: region.id, filter: toRequestFilter(filters) },
      fetchPolicy: 'network-only',
    });
    return { text: data.exportLoketRequestsCsv, fileName: `loket-${fileNamePart(region.slug)}-${amsterdamDate(new Date())}.csv`, type: 'text/csv;charset=utf-8' };
  });
}

const SLA_FILTER_LABELS: Record<LoketSlaFilter, string> = {
  AT_RISK: 'Bijna te laat',
  BREACHED: 'Te laat',
};

function FilterForm({ region, staff, filters, update, clear }: { region: LoketRegion; staff: boolean; filters: InboxFilters; update: (next: Partial<InboxFilters>) => void; clear?: () => void }) {
  const [search, setSearch] = useState(filters.search);
  const pushed = useRef(filters.search);
  // Follow the URL when it changes from outside (back button, "Filters wissen")…
  useEffect(() => {
    if (filters.search !== pushed.current) {
      pushed.current = filters.search;
      setSearch(filters.search);
    }
  }, [filters.search]);
  // …and push typing to the URL after a short pause.
  useEffect(() => {
    if (search.trim() === filters.search.trim()) return;
    const timer = setTimeout(() => {
      pushed.current = search.trim();
      update({ search });
    }, 350);
    return () => clearTimeout(timer);
  });

  return (
    <SearchForm
      aria-label="Aanvragen filteren"
      className="vb-loket-filters"
      onSearch={() => {
        pushed.current = search.trim();
        update({ search });
      }}
    >
      <TextInput
        label="Zoeken"
        hint="Kenmerk, bedrijf, KvK-nummer of contactpersoon"
        type="search"
        maxLength={100}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        className="vb-loket-filters__search"
      />
      <CheckboxGroup legend="Status" options={optionsFrom(statusLabels)} value={filters.status} onChange={(next) => update({ status: next as LoketRequestStatus[] })} />
      <div className="vb-loket-filters__selects">
        <Select
          label="Soort aanvraag"
          emptyOption="Alle soorten"
          options={optionsFrom(typeLabels)}
          value={filters.type}
          onChange={(event) => update({ type: event.target.value as LoketRequestType | '' })}
        />
        {staff && <Select label="School" emptyOption="Alle scholen" options={namedOptions(region.schools)} value={filters.school} onChange={(event) => update({ school: event.target.value })} />}
        {staff && (
          <Select
            label="Behandelaar"
            emptyOption="Iedereen"
            options={staffOptions(region)}
            value={filters.mine ? '' : filters.owner}
            disabled={filters.mine}
            onChange={(event) => update({ owner: event.target.value })}
          />
        )}
        <Select
          label="Termijn"
          emptyOption="Alle termijnen"
          options={optionsFrom(SLA_FILTER_LABELS)}
          value={filters.sla}
          onChange={(event) => update({ sla: event.target.value as LoketSlaFilter | '' })}
        />
      </div>
      <div className="vb-loket-filters__toggles">
        {staff && <Checkbox label="Alleen mijn aanvragen" checked={filters.mine} onChange={(event) => update({ mine: event.target.checked })} />}
        <Checkbox label="Ook afgeronde aanvragen" checked={filters.includeClosed} onChange={(event) => update({ includeClosed: event.target.checked })} />
        {clear && (
          <Button variant="quiet" onClick={clear}>
            Filters wissen
          </Button>
        )}
      </div>
    </SearchForm>
  );
}

function RequestTable({ requests, now, viewerId }: { requests: LoketRequestSummary[]; now: Date; viewerId: string | null }) {
  const columns: Column<LoketRequestSummary>[] = [
    {
      header: 'Aanvraag',
      isRowHeader: true,
      cell: (request) => (
        <>
          <Link to={`/loketaanvraag/${request.id}`}>{request.company.name}</Link>
          <span className="vb-block vb-muted vb-loket-ref">{request.reference}</span>
          {request.duplicateOf && !request.mergedIntoId && <Badge tone="warning">Mogelijk dubbel met {request.duplicateOf.reference}</Badge>}
        </>
      ),
    },
    { header: 'Soort', cell: (request) => typeLabels[request.type] },
    { header: 'Status', cell: (request) => <RequestStatusBadge status={request.status} /> },
    {
      header: 'Behandelaar',
      cell: (request) =>
        request.owner ? (
          <>
            {request.owner.name}
            {request.owner.id === viewerId && <span className="vb-muted"> (jij)</span>}
          </>
        ) : (
          <span className="vb-muted">Nog niemand</span>
        ),
    },
    {
      header: 'Scholen',
      cell: (request) => (request.schools.length > 0 ? request.schools.map((school) => school.name).join(', ') : <span className="vb-muted">Nog geen</span>),
    },
    {
      header: 'Termijn',
      cell: (request) => <SlaBadge sla={request.sla} status={request.status} />,
    },
    {
      header: 'Binnen sinds',
      cell: (request) => (
        <time dateTime={request.createdAt} title={formatDateTime(request.createdAt)}>
          {formatAge(request.createdAt, now)}
        </time>
      ),
    },
  ];
  return <Table caption="Aanvragen" hideCaption columns={columns} rows={requests} />;
}
