import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link, useParams } from 'react-router-dom';
import { Badge, Card, DescriptionList, EmptyState, Notice, PageHeader, formatDate, formatDateTime, formatTime, plural, LinkList } from '@verbinder/web/ui';
import { ACTIE_QUERY } from '../graphql/operations';
import type { ActieDetail, ActieHistoryEntry, CheckIn, Review } from '../graphql/types';
import { changeKindLabels, closureLabels, historyKindLabel, progressModeLabels, reviewOutcomeLabels } from '../labels';
import { ActieStatusBadge, ClosureBadge, OverdueBadge, StatusProgress, TrendIndicator } from '../shared/badges';
import { actieClosedMessage } from '../shared/errors';
import { LiveStatus } from '../shared/nav';
import { QueryState } from '@verbinder/web/forms';
import { amsterdamDate } from '@verbinder/shared/time';
import { useActieagendaEvent, useCoalescedRefetch, useWatchRegion } from '../shared/realtime';
import { BijstellingForm, CheckInForm, CloseActieForm, DecideReviewForm, DecisionForm, PublicForm, ReopenActieButton, RequestReviewForm } from './actie-forms';

/** /actie/:id — one actie with its check-ins, reviews, bijstellingen, decisions and full history. */
export function ActiePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ACTIE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={data?.actie} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Actie laden…" notFoundSubject="Deze actie">
      {(actie) => <ActieView actie={actie} refetch={() => refetch()} />}
    </QueryState>
  );
}

export function cadenceText(days: number): string {
  if (days === 7) return 'elke week';
  if (days === 14) return 'elke twee weken';
  if (days % 7 === 0) return `elke ${days / 7} weken`;
  return days === 1 ? 'elke dag' : `elke ${days} dagen`;
}

function periodText(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} tot en met ${formatDate(end)}`;
  if (start) return `Vanaf ${formatDate(start)}`;
  if (end) return `Tot en met ${formatDate(end)}`;
  return 'Nog niet gepland';
}

function ActieView({ actie, refetch }: { actie: ActieDetail; refetch: () => Promise<unknown> }) {
  const region = actie.leadSchool?.region ?? actie.partnerSchools[0]?.region ?? null;
  const connected = useWatchRegion(region?.id);
  const [lastChange, setLastChange] = useState<string | null>(null);
  const refetchLive = useCoalescedRefetch(refetch);
  const related = new Set([actie.id, actie.parent?.id, ...actie.subActies.map((sub) => sub.id)]);

  useActieagendaEvent('actieagenda:changed', (change) => {
    // An import has no actieId: it may have touched this actie too.
    if (change.actieId !== null && !related.has(change.actieId)) return;
    refetchLive();
    if (change.actieId === actie.id) {
      const what = changeKindLabels[change.kind] ?? 'Gewijzigd';
      setLastChange(`Laatste wijziging: ${what}${change.actorName ? ` door ${change.actorName}` : ''} om ${formatTime(change.at)}`);
    }
  });

  const closed = actie.closure !== null;
  const openReview = actie.reviews.find((review) => review.outcome === null) ?? null;
  const lastDecidedReview = actie.reviews.find((review) => review.outcome !== null) ?? null;

  return (
    <>
      <PageHeader
        title={actie.title}
        eyebrow={
          <span className="vb-breadcrumb">
            {region && (
              <>
                <Link to={`/regio/${region.slug}/actieagenda`}>Actieagenda {region.name}</Link>
                <span aria-hidden="true"> › </span>
              </>
            )}
            <span>
              Lijn {actie.actielijn.number}: {actie.actielijn.title}
            </span>
            {actie.parent && (
              <>
                <span aria-hidden="true"> › </span>
                <Link to={`/actie/${actie.parent.id}`}>{actie.parent.title}</Link>
              </>
            )}
          </span>
        }
        description={
          <p className="vb-inline">
            {actie.closure ? <ClosureBadge closure={actie.closure} /> : <ActieStatusBadge status={actie.status} />}
            {!closed && actie.overdue && <OverdueBadge />}
            {actie.isPublic && <Badge tone="info">Openbaar</Badge>}
          </p>
        }
      />
      <LiveStatus connected={connected} lastChange={lastChange} />

      {closed && (
        <Notice tone="info">
          <p className="vb-alert__title">
            Deze actie is afgesloten{actie.closure ? `: ${closureLabels[actie.closure].toLowerCase()}` : ''}
            {actie.closedAt ? ` (${formatDateTime(actie.closedAt)})` : ''}.
          </p>
          <p>{actieClosedMessage}</p>
        </Notice>
      )}

      <div className="vb-actie-page">
        <Card title="Stand van zaken">
          <div className="vb-actie-page__progress">
            <StatusProgress value={actie.progress} status={closed ? null : actie.status} label="Voortgang van deze actie" size="large" />
            <TrendIndicator trend={actie.trend} />
          </div>
          <DescriptionList
            items={[
              {
                term: 'Status',
                description: actie.closure ? <ClosureBadge closure={actie.closure} /> : <ActieStatusBadge status={actie.status} />,
              },
              {
                term: 'Volgende check-in',
                description: closed ? (
                  'Geen: de actie is afgesloten'
                ) : actie.nextCheckInDue ? (
                  <span className="vb-inline">
                    <time dateTime={actie.nextCheckInDue}>{formatDate(actie.nextCheckInDue)}</time>
                    {actie.overdue && (
                      <>
                        <OverdueBadge />
                        <span className="vb-muted">De check-in had al gedaan moeten zijn.</span>
                      </>
                    )}
                  </span>
                ) : (
                  'Nog niet gepland'
                ),
              },
              { term: 'Check-in', description: `${cadenceText(actie.cadenceDays)} (${actie.cadenceDays} dagen)` },
              { term: 'Voortgang berekend', description: progressModeLabels[actie.progressMode] },
            ]}
          />
        </Card>

        <Card title="Over deze actie">
          {actie.description && <p>{actie.description}</p>}
          <DescriptionList
            items={[
              { term: 'Actielijn', description: `${actie.actielijn.number}. ${actie.actielijn.title}` },
              { term: 'Doel', description: actie.target ?? 'Niet ingevuld' },
              {
                term: 'Trekker',
                description: actie.leadSchool ? <Link to={`/school/${actie.leadSchool.id}`}>{actie.leadSchool.name}</Link> : 'Nog niet gekozen',
              },
              {
                term: 'Partnerscholen',
                description: <LinkList items={actie.partnerSchools} href={(school) => `/school/${school.id}`} emptyText="Geen" />,
              },
              {
                term: 'Eigenaren',
                description: <LinkList items={actie.owners} href={(owner) => `/persoon/${owner.id}`} emptyText="Nog niemand" />,
              },
              { term: 'Periode', description: periodText(actie.periodStart, actie.periodEnd) },
            ]}
          />
        </Card>

        <Card title="Laatste check-in">{actie.latestCheckIn ? <CheckInView checkIn={actie.latestCheckIn} /> : <p className="vb-muted">Er is nog geen check-in gedaan.</p>}</Card>

        {actie.canCheckIn && !closed && (
          <Card title="Check-in doen">
            <CheckInForm actie={actie} />
          </Card>
        )}

        <Card title="Sub-acties">
          {actie.subActies.length === 0 ? (
            <p className="vb-muted">Deze actie heeft geen sub-acties.</p>
          ) : (
            <ul className="vb-subacties">
              {actie.subActies.map((sub) => (
                <li key={sub.id} className="vb-subactie">
                  <Link to={`/actie/${sub.id}`} className="vb-subactie__title">
                    {sub.title}
                  </Link>
                  <span className="vb-inline">
                    {sub.closure ? <ClosureBadge closure={sub.closure} /> : <ActieStatusBadge status={sub.status} />}
                    {!sub.closure && sub.overdue && <OverdueBadge />}
                  </span>
                  <StatusProgress value={sub.progress} status={sub.closure ? null : sub.status} label={`Voortgang ${sub.title}`} />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Relevant en haalbaar?">
          <p className="vb-muted">Zijn de acties nog relevant en haalbaar? Kunnen we dingen aanscherpen? Vraag het overleg om een review; de uitkomst komt in de geschiedenis.</p>
          {openReview ? (
            <>
              <ReviewView review={openReview} />
              {actie.canEdit && <DecideReviewForm key={openReview.id} reviewId={openReview.id} actieTitle={actie.title} />}
            </>
          ) : (
            <>
              {lastDecidedReview && <ReviewView review={lastDecidedReview} />}
              {actie.canEdit && !closed && <RequestReviewForm actie={actie} />}
            </>
          )}
        </Card>

        {actie.canEdit && !closed && (
          <>
            <Card title="Bijstelling vastleggen">
              <p className="vb-muted">Leg vast wat je aanpast en waarom, zodat iedereen later ziet hoe het plan is veranderd. Bijvoorbeeld: docentstage van een week naar een halve dag.</p>
              <BijstellingForm actie={actie} />
            </Card>
            <Card title="Besluit vastleggen">
              <DecisionForm actie={actie} />
            </Card>
          </>
        )}

        <Card title="Openbare voortgang">
          {actie.canEdit ? (
            <PublicForm key={`${actie.isPublic}-${actie.publicSummary ?? ''}`} actie={actie} />
          ) : actie.isPublic ? (
            <>
              <p>Deze actie staat op de openbare voortgangspagina van de regio.</p>
              {actie.publicSummary && <blockquote className="vb-quote">{actie.publicSummary}</blockquote>}
            </>
          ) : (
            <p className="vb-muted">Deze actie is alleen zichtbaar voor leden van de regio.</p>
          )}
        </Card>

        {actie.canEdit && (
          <Card title={closed ? 'Afgesloten' : 'Actie afsluiten'}>
            {closed ? (
              <>
                <p>
                  Resultaat: <strong>{actie.closure ? closureLabels[actie.closure] : ''}</strong>
                  {actie.closedAt && <> · afgesloten op {formatDateTime(actie.closedAt)}</>}
                </p>
                <ReopenActieButton actie={actie} />
              </>
            ) : (
              <>
                <p className="vb-muted">Sluit de actie af als die klaar is of als het overleg besluit te stoppen.</p>
                <CloseActieForm actie={actie} />
              </>
            )}
          </Card>
        )}

        <Card title="Geschiedenis">
          <History entries={actie.history} />
        </Card>
      </div>
    </>
  );
}

export function CheckInView({ checkIn, headingLevel }: { checkIn: CheckIn; headingLevel?: 'h3' | 'h4' }) {
  const Heading = headingLevel;
  const title = (
    <>
      <time dateTime={checkIn.date}>{formatDate(checkIn.date)}</time> door {checkIn.author.name}
    </>
  );
  return (
    <div className="vb-checkin">
      {Heading ? <Heading className="vb-checkin__title">Laatste check-in: {title}</Heading> : <p className="vb-checkin__title">{title}</p>}
      <p className="vb-inline">
        <ActieStatusBadge status={checkIn.status} />
        <span>
          Voortgang: <strong>{checkIn.progress}%</strong>
        </span>
      </p>
      <p className="vb-checkin__text">{checkIn.text}</p>
      {checkIn.evidenceLinks.length > 0 && (
        <ul className="vb-checkin__links">
          {checkIn.evidenceLinks.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noreferrer noopener">
                {link}
                <span className="vb-visually-hidden"> (opent in een nieuw tabblad)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ReviewView({ review }: { review: Review }) {
  return (
    <div className="vb-review">
      <p>
        <Badge tone={review.outcome ? 'neutral' : 'warning'}>{review.outcome ? 'Review besloten' : 'Review open'}</Badge>{' '}
        <span className="vb-muted">
          gevraagd door {review.requestedBy.name} op {formatDateTime(review.requestedAt)}
        </span>
      </p>
      {review.question && <p className="vb-review__question">“{review.question}”</p>}
      {review.outcome && (
        <p>
          Uitkomst: <strong>{reviewOutcomeLabels[review.outcome]}</strong>
          {review.decidedBy && (
            <span className="vb-muted">
              {' '}
              ({review.decidedBy.name}
              {review.decidedAt ? `, ${formatDateTime(review.decidedAt)}` : ''})
            </span>
          )}
          {review.note && <span className="vb-block">{review.note}</span>}
        </p>
      )}
    </div>
  );
}

const historyTones: Record<string, 'info' | 'warning' | 'success' | 'accent' | 'neutral' | 'danger'> = {
  CHECK_IN: 'info',
  BIJSTELLING: 'warning',
  REVIEW_REQUESTED: 'accent',
  REVIEW_DECIDED: 'accent',
  DECISION: 'success',
  CLOSED: 'neutral',
  CREATED: 'neutral',
};

function History({ entries }: { entries: ActieHistoryEntry[] }) {
  if (entries.length === 0) return <EmptyState message="Nog geen geschiedenis." />;
  const time = (entry: ActieHistoryEntry) => {
    const value = Date.parse(entry.at);
    return Number.isNaN(value) ? 0 : value;
  };
  // Newest first by the day an entry is about (a check-in's own date), then by when it was recorded: as the server orders it.
  const day = (entry: ActieHistoryEntry) => entry.date ?? (time(entry) ? amsterdamDate(new Date(time(entry))) : '');
  const sorted = [...entries].sort((a, b) => day(b).localeCompare(day(a)) || time(b) - time(a));
  return (
    <>
      <p className="vb-muted">{plural(sorted.length, 'gebeurtenis', 'gebeurtenissen')}, nieuwste eerst.</p>
      <ol className="vb-timeline">
        {sorted.map((entry, index) => (
          <li key={`${entry.at}-${entry.kind}-${index}`} className="vb-timeline__item">
            <p className="vb-timeline__meta">
              <Badge tone={historyTones[entry.kind] ?? 'neutral'}>{historyKindLabel(entry.kind)}</Badge>{' '}
              {entry.date ? (
                <>
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                  {entry.date !== day({ ...entry, date: null }) && <span className="vb-muted"> (vastgelegd {formatDateTime(entry.at)})</span>}
                </>
              ) : (
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              )}
              {entry.actorName && <span className="vb-muted"> · {entry.actorName}</span>}
            </p>
            <p className="vb-timeline__summary">{entry.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
