import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useViewer } from '@verbinder/web/api-client';
import { Badge, Card, EmptyState, ErrorMessage, Loading, PageHeader, TextInput, formatDate, plural } from '@verbinder/web/ui';
import { ACTIEAGENDA_REF_QUERY, ACTIEAGENDA_REGION_QUERY, MEETING_ACTIE_QUERY, MEETING_AGENDA_QUERY } from '../graphql/operations';
import type { ActieagendaRef, ActieagendaRegion, MeetingActie } from '../graphql/types';
import { CheckInView, ReviewView } from '../actie/actie-page';
import { CheckInForm, DecideReviewForm, DecisionForm } from '../actie/actie-forms';
import { ActieStatusBadge, ClosureBadge, OverdueBadge, StatusProgress, TrendIndicator } from '../shared/badges';
import { formatWeekdayDate, isYmd, meetingWednesday } from '../shared/dates';
import { describeError } from '../shared/errors';
import { ActieagendaTabs, LiveStatus } from '../shared/nav';
import { QueryState } from '@verbinder/web/forms';
import { useActieagendaEvent, useCoalescedRefetch, useMeetingPresence, useWatchRegion } from '../shared/realtime';
import { useRefreshActieData } from '../shared/refresh';

/** /regio/:slug/overleg — the weekly verbinders meeting: who is there, what to discuss, check-ins and decisions live. */
export function MeetingPage() {
  const { slug = '' } = useParams();
  const regionQuery = useQuery(ACTIEAGENDA_REGION_QUERY, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const region = regionQuery.data?.region;
  const agendaQuery = useQuery(ACTIEAGENDA_REF_QUERY, { variables: { regionId: region?.id ?? '' }, skip: !region });

  return (
    <QueryState data={region} loading={regionQuery.loading} error={regionQuery.error} onRetry={() => void regionQuery.refetch()} loadingLabel="Overleg laden…" notFoundSubject="Deze regio">
      {(loadedRegion) => (
        <QueryState data={agendaQuery.data} loading={agendaQuery.loading} error={agendaQuery.error} onRetry={() => void agendaQuery.refetch()} loadingLabel="Overleg laden…">
          {({ actieagenda }) =>
            actieagenda ? (
              <Meeting key={actieagenda.id} region={loadedRegion} agenda={actieagenda} />
            ) : (
              <>
                <PageHeader title="Verbindersoverleg" eyebrow={<Link to={`/regio/${loadedRegion.slug}`}>{loadedRegion.name}</Link>} />
                <ActieagendaTabs slug={loadedRegion.slug} />
                <EmptyState
                  message={`${loadedRegion.name} heeft nog geen actieagenda, dus er is nog niets om te bespreken.`}
                  action={<Link to={`/regio/${loadedRegion.slug}/actieagenda`}>Naar de actieagenda</Link>}
                />
              </>
            )
          }
        </QueryState>
      )}
    </QueryState>
  );
}

function Meeting({ region, agenda }: { region: ActieagendaRegion; agenda: ActieagendaRef }) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('datum') ?? '';
  const date = isYmd(requested) ? requested : meetingWednesday();
  const presence = useMeetingPresence(agenda.id);
  useWatchRegion(region.id);

  const { data, error, loading, refetch } = useQuery(MEETING_AGENDA_QUERY, {
    variables: { agendaId: agenda.id, date },
    fetchPolicy: 'cache-and-network',
  });

  // Live: a check-in, decision or review saved by anyone in this agenda refetches the list and the discussed acties.
  const refresh = useRefreshActieData();
  const refreshLive = useCoalescedRefetch(refresh);
  const [lastChange, setLastChange] = useState<string | null>(null);
  useActieagendaEvent('actieagenda:changed', (change) => {
    if (change.agendaId !== agenda.id) return;
    refreshLive();
    setLastChange(change.actorName ? `Bijgewerkt na een wijziging door ${change.actorName}` : 'Bijgewerkt');
  });

  return (
    <>
      <PageHeader
        title="Verbindersoverleg"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description={
          <p>
            Overleg van {formatWeekdayDate(date)} · {agenda.title}
          </p>
        }
      />
      <ActieagendaTabs slug={region.slug} />
      <div className="vb-with-aside">
        <div className="vb-with-aside__main vb-stack">
          <form className="vb-meeting-date" aria-label="Ander overleg kiezen" onSubmit={(event) => event.preventDefault()}>
            <TextInput
              label="Datum van het overleg"
              type="date"
              hint="Acties waarvan de check-in op of vóór deze datum moet, en acties met een open review."
              value={date}
              onChange={(event) => {
                const next = new URLSearchParams(params);
                if (isYmd(event.target.value)) next.set('datum', event.target.value);
                else next.delete('datum');
                setParams(next, { replace: true });
              }}
            />
          </form>
          <LiveStatus connected={presence.connected} lastChange={lastChange} />
          {data ? (
            <MeetingList key={date} acties={data.meetingAgenda} agenda={agenda} date={date} />
          ) : error ? (
            <ErrorMessage message={describeError(error)} onRetry={() => void refetch()} />
          ) : loading ? (
            <Loading label="Acties voor het overleg laden…" />
          ) : null}
        </div>
        <aside className="vb-with-aside__aside" aria-label="Aanwezig bij het overleg">
          <Presence presence={presence} />
        </aside>
      </div>
    </>
  );
}

function Presence({ presence }: { presence: ReturnType<typeof useMeetingPresence> }) {
  const viewerId = useViewer().data?.viewer.person?.id;
  const people = presence.people;
  return (
    <Card title={people ? `Aanwezig (${people.length})` : 'Aanwezig'} className="vb-presence">
      {presence.problem && (
        <p className="vb-field__error" role="alert">
          {presence.problem}
        </p>
      )}
      <div aria-live="polite">
        {!presence.connected ? (
          <p className="vb-muted">Geen live-verbinding: je ziet niet wie er aanwezig is.</p>
        ) : people === null ? (
          <p className="vb-muted">Aanmelden bij het overleg…</p>
        ) : people.length === 0 ? (
          <p className="vb-muted">Nog niemand aanwezig.</p>
        ) : (
          <ul className="vb-presence__list">
            {people.map((person) => (
              <li key={person.personId}>
                <span className="vb-dot vb-dot--on" aria-hidden="true" />
                {person.name}
                {person.personId === viewerId && <span className="vb-muted"> (jij)</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="vb-muted vb-presence__hint">Iedereen die deze pagina open heeft, staat hier.</p>
    </Card>
  );
}

/**
 * The acties on the table. An actie stays on screen after its check-in (when the server no longer lists it as
 * due) so that everyone sees what was just saved; it is then marked "Besproken".
 */
function MeetingList({ acties, agenda, date }: { acties: MeetingActie[]; agenda: ActieagendaRef; date: string }) {
  const [seen, setSeen] = useState<string[]>(() => acties.map((actie) => actie.id));
  useEffect(() => {
    setSeen((current) => {
      const extra = acties.map((actie) => actie.id).filter((id) => !current.includes(id));
      return extra.length > 0 ? [...current, ...extra] : current;
    });
  }, [acties]);
  const headingId = useId();
  const due = new Map(acties.map((actie) => [actie.id, actie]));
  const open = acties.length;

  if (seen.length === 0) {
    return (
      <EmptyState
        message={
          <>
            <strong className="vb-block">Geen acties om te bespreken deze week</strong>
            Alle check-ins zijn op tijd en er staan geen reviews open. Kies hierboven een andere datum om vooruit te kijken.
          </>
        }
      />
    );
  }

  return (
    <section aria-labelledby={headingId} className="vb-stack">
      <h2 id={headingId}>Te bespreken</h2>
      <p className="vb-muted" role="status">
        {open === 0 ? 'Alles is besproken.' : `${plural(open, 'actie', 'acties')} nog te bespreken${seen.length > open ? `, ${seen.length - open} besproken` : ''}.`}
      </p>
      <ol className="vb-meeting-list">
        {seen.map((id) => (
          <li key={id}>
            <MeetingEntry id={id} dueActie={due.get(id)} agenda={agenda} date={date} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One actie on the table: from the meeting list while due, afterwards from its own query (same component, so forms keep their state). */
function MeetingEntry({ id, dueActie, agenda, date }: { id: string; dueActie?: MeetingActie; agenda: ActieagendaRef; date: string }) {
  const { data, error } = useQuery(MEETING_ACTIE_QUERY, { variables: { id }, skip: Boolean(dueActie), fetchPolicy: 'cache-and-network' });
  const lastKnown = useRef<MeetingActie | undefined>(dueActie);
  const actie = dueActie ?? data?.actie ?? lastKnown.current;
  useEffect(() => {
    if (actie) lastKnown.current = actie;
  });
  if (actie) return <MeetingItem actie={actie} agenda={agenda} date={date} discussed={!dueActie} />;
  if (error) return <p className="vb-muted">Deze actie is niet meer te laden: {describeError(error)}</p>;
  return <Loading label="Actie laden…" />;
}

function MeetingItem({ actie, agenda, date, discussed }: { actie: MeetingActie; agenda: ActieagendaRef; date: string; discussed: boolean }) {
  const headingId = useId();
  const openReview = actie.reviews.find((review) => review.outcome === null) ?? null;
  const closed = actie.closure !== null;
  return (
    <article className={discussed ? 'vb-meeting-item vb-meeting-item--discussed' : 'vb-meeting-item'} aria-labelledby={headingId}>
      <header className="vb-meeting-item__header">
        <h3 id={headingId} className="vb-meeting-item__title">
          <Link to={`/actie/${actie.id}`}>{actie.title}</Link>
        </h3>
        <p className="vb-muted">
          Lijn {actie.actielijn.number}: {actie.actielijn.title}
          {actie.leadSchool && <> · Trekker: {actie.leadSchool.name}</>}
          {actie.owners.length > 0 && <> · Eigenaren: {actie.owners.map((owner) => owner.name).join(', ')}</>}
        </p>
        <p className="vb-inline">
          {discussed && <Badge tone="success">Besproken</Badge>}
          {actie.closure ? <ClosureBadge closure={actie.closure} /> : <ActieStatusBadge status={actie.status} />}
          {!closed && actie.overdue && <OverdueBadge />}
          {openReview && <Badge tone="accent">Review: relevant en haalbaar?</Badge>}
          {!closed && actie.nextCheckInDue && (
            <span className="vb-muted">
              Check-in {actie.overdue ? 'was' : 'is'} gepland op <time dateTime={actie.nextCheckInDue}>{formatDate(actie.nextCheckInDue)}</time>
            </span>
          )}
        </p>
        <div className="vb-meeting-item__progress">
          <StatusProgress value={actie.progress} status={closed ? null : actie.status} label={`Voortgang ${actie.title}`} />
          <TrendIndicator trend={actie.trend} />
        </div>
      </header>

      {actie.latestCheckIn ? <CheckInView checkIn={actie.latestCheckIn} headingLevel="h4" /> : <p className="vb-muted">Nog geen check-in gedaan.</p>}

      {openReview && (
        <div className="vb-meeting-item__review">
          <h4>Relevant en haalbaar?</h4>
          <ReviewView review={openReview} />
          {agenda.canEdit && actie.canEdit && <DecideReviewForm key={openReview.id} reviewId={openReview.id} actieTitle={actie.title} />}
        </div>
      )}

      {!closed && (actie.canCheckIn || actie.canEdit) && (
        <div className="vb-meeting-item__forms">
          {actie.canCheckIn && (
            <div>
              <h4>Snelle check-in</h4>
              <CheckInForm actie={actie} compact />
            </div>
          )}
          {actie.canEdit && (
            <div>
              <h4>Besluit vastleggen</h4>
              <DecisionForm actie={actie} meetingDate={date} compact />
            </div>
          )}
        </div>
      )}
    </article>
  );
}
