import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, EmptyState, PageHeader, Table, TextInput, formatDate, type Column } from '@verbinder/web/ui';
import { QueryState } from '@verbinder/web/forms';
import { addDays, addMonths, amsterdamDate, amsterdamIso } from '@verbinder/shared/time';
import { isYmd, minutesAsHours } from './dates';
import { LOKET_REPORT_QUERY, type LoketRegion, type LoketReportRow } from './operations';
import { LoketPage, LoketTabs } from './shared';
import { percentage } from './sla';

/** /regio/:slug/loket/rapportage — volume, response times and SLA results per type and per school. */
export function LoketReportPage() {
  return <LoketPage staffOnly loadingLabel="Rapportage laden…" page={Report} />;
}

export interface Period {
  from: string;
  to: string;
}

/** The period from ?van=&tot= (Amsterdam calendar days, both inclusive); default the last 3 months up to today. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  if (isYmd(from) && isYmd(to) && from <= to) return { from, to };
  return { from: addMonths(today, -3), to: today };
}

function Report({ region }: { region: LoketRegion }) {
  const [params, setParams] = useSearchParams();
  const today = amsterdamDate(new Date());
  const period = periodFromParams(params, today);
  const [draft, setDraft] = useState(period);
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; message: string } | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(LOKET_REPORT_QUERY, {
    variables: { regionId: region.id, from: amsterdamIso(period.from, '00:00'), to: amsterdamIso(addDays(period.to, 1), '00:00') },
    fetchPolicy: 'cache-and-network',
  });
  const result = data ?? (loading ? previousData : undefined);

  const apply = () => {
    if (!isYmd(draft.from)) return setProblem({ field: 'from', message: 'Kies de eerste dag van de periode.' });
    if (!isYmd(draft.to)) return setProblem({ field: 'to', message: 'Kies de laatste dag van de periode.' });
    if (draft.to < draft.from) return setProblem({ field: 'to', message: 'De laatste dag ligt niet vóór de eerste.' });
    setProblem(null);
    setParams(new URLSearchParams({ van: draft.from, tot: draft.to }), { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Rapportage van het loket"
        eyebrow={<Link to={`/regio/${region.slug}/loket`}>Bedrijvenloket {region.name}</Link>}
        description="Hoeveel aanvragen er binnenkwamen, hoe snel het loket reageerde en hoe vaak de termijnen gehaald werden, per soort aanvraag en per school."
      />
      <LoketTabs slug={region.slug} />
      <form
        aria-label="Periode kiezen"
        className="vb-loket-period"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <TextInput label="Van" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} error={problem?.field === 'from' ? problem.message : undefined} />
        <TextInput label="Tot en met" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} error={problem?.field === 'to' ? problem.message : undefined} />
        <Button type="submit">Toon periode</Button>
      </form>
      <QueryState data={result} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Rapportage laden…">
        {({ loketReport }) => (
          <div className="vb-stack">
            <p role="status">
              <strong>{loketReport.total}</strong> {loketReport.total === 1 ? 'aanvraag' : 'aanvragen'} binnengekomen van {formatDate(period.from)} tot en met {formatDate(period.to)}.
            </p>
            {loketReport.total === 0 ? (
              <EmptyState message="In deze periode kwamen er geen aanvragen binnen. Kies een andere periode." />
            ) : (
              <>
                <Card title="Per soort aanvraag">
                  <ReportTable caption="Per soort aanvraag" firstHeader="Soort" rows={loketReport.byType} />
                </Card>
                <Card title="Per school">
                  {loketReport.bySchool.length === 0 ? (
                    <p className="vb-muted">Geen van deze aanvragen is aan een school toegewezen.</p>
                  ) : (
                    <ReportTable caption="Per school" firstHeader="School" rows={loketReport.bySchool} />
                  )}
                  <p className="vb-field__hint">Een aanvraag die over meer scholen is verdeeld, telt bij elke school mee.</p>
                </Card>
              </>
            )}
          </div>
        )}
      </QueryState>
    </>
  );
}

/** The median first response in hours ("2,5 uur"); under an hour in minutes ("12 min"). */
function medianText(minutes: number): string {
  return minutes < 60 ? `${Math.round(minutes)} min` : `${minutesAsHours(minutes)} uur`;
}

function metCell(met: number, breached: number) {
  const percent = percentage(met, breached);
  if (percent === null) return <span className="vb-muted">–</span>;
  return (
    <>
      {met} gehaald / {breached} te laat <span className="vb-muted">({percent}% gehaald)</span>
    </>
  );
}

function ReportTable({ caption, firstHeader, rows }: { caption: string; firstHeader: string; rows: LoketReportRow[] }) {
  const columns: Column<LoketReportRow>[] = [
    { header: firstHeader, isRowHeader: true, cell: (row) => row.label },
    { header: 'Aantal', cell: (row) => row.count },
    { header: 'Open', cell: (row) => row.open },
    { header: 'Afgerond', cell: (row) => row.closed },
    {
      header: 'Mediaan eerste reactie',
      cell: (row) => (row.medianFirstResponseMinutes === null ? <span className="vb-muted">–</span> : medianText(row.medianFirstResponseMinutes)),
    },
    { header: 'Eerste reactie op tijd', cell: (row) => metCell(row.firstResponseMet, row.firstResponseBreached) },
    { header: 'Afhandeling op tijd', cell: (row) => metCell(row.resolutionMet, row.resolutionBreached) },
  ];
  return <Table caption={caption} hideCaption columns={columns} rows={rows} rowKey={(row) => row.key} />;
}
