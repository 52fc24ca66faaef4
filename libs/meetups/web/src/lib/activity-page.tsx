import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { placeText } from './place';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '@verbinder/web/api-client';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  ConfirmDialog,
  DescriptionList,
  EmptyState,
  ErrorMessage,
  Notice,
  Form,
  FormActions,
  FormErrorSummary,
  PageHeader,
  StatusBadge,
  Table,
  TextArea,
  TextInput,
  buttonClassName,
  formatDateTime,
  type DescriptionItem,
  plural,
  LinkList,
} from '@verbinder/web/ui';
import { QueryState, optionalText, requireText, useForm, IdPage } from '@verbinder/web/forms';
import { ActivityForm } from './activity-form';
import { formatWhen } from './dates';
import { moveValuesFrom, seriesSummary, validateMove, type MoveValues } from './form-values';
import { audienceLabels, kindLabels, registrationStatusLabels, registrationStatusTones } from './labels';
import {
  ACTIVITY_QUERY,
  ACTIVITY_REGISTRATIONS_QUERY,
  ADD_AGENDA_ITEM,
  CANCEL_REGISTRATION,
  CLAIM_OFFERED_PLACE,
  MARK_ATTENDANCE,
  REGISTER_FOR_ACTIVITY,
  SET_MEETING_MINUTES,
  UPDATE_SERIES_OCCURRENCE,
  type ActivityDetail,
  type RegistrationRow,
} from './operations';
import { useLiveActivities, useRefreshActivities } from './realtime';
import { LiveStatus, MyRegistrationBadge, PlacesBadge } from './shared';

/** /activiteit/:id — details, live places left, the viewer's registration; registrations, agenda and minutes for editors. */
export function ActivityPage() {
  return <IdPage query={ACTIVITY_QUERY} select={(data) => data.activity} fetchPolicy="cache-and-network" loadingLabel="Activiteit laden…" notFoundSubject="Deze activiteit" page={ActivityView} />;
}

function ActivityView({ record: activity }: { record: ActivityDetail }) {
  const live = useLiveActivities(activity.region.id, activity.id);
  const refresh = useRefreshActivities();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const where = placeText(activity.hostSchool?.name, activity.address);
  const items: DescriptionItem[] = [
    { term: 'Wanneer', description: formatWhen(activity.startsAt, activity.endsAt) },
    {
      term: 'Waar',
      description: (
        <>
          {where || 'Nog niet bekend'}
          {activity.room && <div>Lokaal of zaal: {activity.room}</div>}
          {activity.travelNote && <div>Reisinformatie: {activity.travelNote}</div>}
        </>
      ),
    },
    {
      term: 'Voor wie',
      description: activity.audience.length > 0 ? activity.audience.map((audience) => audienceLabels[audience]).join(', ') : 'Niet opgegeven',
    },
    {
      term: 'Organisatie',
      description: <LinkList items={activity.organisers} href={(person) => `/persoon/${person.id}`} emptyText="Niet opgegeven" />,
    },
    {
      term: 'Plekken',
      description: (
        <span data-testid="plekken">
          <PlacesBadge placesLeft={activity.placesLeft} />{' '}
          {activity.capacity !== null && (
            <span className="vb-muted">
              {activity.capacity - Math.max(0, activity.placesLeft ?? 0)} van {activity.capacity} bezet
              {activity.waitlistCount > 0 ? `, ${plural(activity.waitlistCount, 'persoon', 'mensen')} op de wachtlijst` : ''}
            </span>
          )}
        </span>
      ),
    },
  ];
  if (activity.registrationClosesAt) items.push({ term: 'Aanmelden kan tot', description: formatDateTime(activity.registrationClosesAt) });
  if (activity.actieId) items.push({ term: 'Hoort bij actie', description: <Link to={`/actie/${activity.actieId}`}>Bekijk de actie</Link> });

  return (
    <>
      <PageHeader
        title={activity.title}
        eyebrow={
          <>
            <Link to={`/regio/${activity.region.slug}/activiteiten`}>Activiteiten {activity.region.name}</Link> · <Badge tone="info">{kindLabels[activity.kind]}</Badge>
            {activity.seriesId && <> · onderdeel van een reeks</>}
          </>
        }
        actions={
          <>
            {activity.canEdit && !editing && (
              <Button
                variant="secondary"
                onClick={() => {
                  setEditing(true);
                  setSaved(null);
                }}
              >
                Activiteit wijzigen
              </Button>
            )}
            <a className={buttonClassName('secondary')} href={`/agenda/${activity.id}.ics`} download="activiteit.ics">
              Zet in je agenda (.ics)
            </a>
          </>
        }
      />
      <LiveStatus connected={live.connected} lastChange={live.lastChange} />
      {saved && <Notice>{saved}</Notice>}
      {editing && (
        <Card title="Activiteit wijzigen">
          <ActivityForm
            region={activity.region}
            activity={activity}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved('De wijzigingen zijn opgeslagen.');
              void refresh();
            }}
          />
        </Card>
      )}
      <RegistrationPanel activity={activity} />
      <Card title="Over deze activiteit">
        {activity.description && <p className="vb-meetups-description">{activity.description}</p>}
        <DescriptionList items={items} />
      </Card>
      {activity.series && <SeriesCard activity={activity} series={activity.series} onMoved={(text) => setSaved(text)} />}
      {activity.canEdit && <RegistrationsCard activity={activity} />}
      {(activity.canEdit || activity.agenda.length > 0) && <AgendaCard activity={activity} />}
      {(activity.canEdit || activity.minutes) && <MinutesCard activity={activity} />}
    </>
  );
}

/**
 * The series an activity belongs to: when it takes place, and for editors skipping this one
 * week (the activity is removed and the series goes on) or moving it to another date or time.
 */
function SeriesCard({ activity, series, onMoved }: { activity: ActivityDetail; series: NonNullable<ActivityDetail['series']>; onMoved: (text: string) => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshActivities();
  const [change] = useMutation(UPDATE_SERIES_OCCURRENCE);
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const [skipProblem, setSkipProblem] = useState<string | undefined>();
  const [moving, setMoving] = useState(false);
  const when = formatWhen(activity.startsAt, activity.endsAt);
  const current = moveValuesFrom(activity);
  const form = useForm<MoveValues>(current);
  const taken = activity.confirmedCount;

  const skip = async () => {
    setSkipping(true);
    setSkipProblem(undefined);
    try {
      await change({ variables: { activityId: activity.id, scope: 'THIS', input: { skip: true } } });
      // No refetch here: this activity is gone; the list refetches when it opens.
      void navigate(`/regio/${activity.region.slug}/activiteiten`, { state: { notice: `${activity.title} van ${when} is overgeslagen; de reeks gaat daarna gewoon verder.` } });
    } catch (error) {
      setSkipProblem(errorMessage(error));
      setSkipping(false);
    }
  };

  return (
    <Card title="Reeks">
      <p data-testid="reeks">
        <strong>{series.title}</strong>: {seriesSummary(series)}.{activity.detached && <span className="vb-muted"> Deze datum is los van de reeks gewijzigd.</span>}
      </p>
      {activity.canEdit && !moving && (
        <div className="vb-form__actions">
          <Button variant="secondary" onClick={() => setMoving(true)}>
            Deze keer verplaatsen
          </Button>
          <Button variant="secondary" onClick={() => setConfirmSkip(true)}>
            Deze keer overslaan
          </Button>
        </div>
      )}
      {activity.canEdit && moving && (
        <Form
          label="Deze keer verplaatsen"
          onSubmit={() =>
            void form
              .submit(
                async (v) => {
                  await change({ variables: { activityId: activity.id, scope: 'THIS', input: { date: v.date, startTime: v.startTime, endTime: v.endTime } } });
                  await refresh();
                },
                (v) => validateMove(v, current),
              )
              .then((ok) => {
                if (!ok) return;
                setMoving(false);
                onMoved('De activiteit is verplaatst. De andere activiteiten van de reeks blijven zoals ze zijn.');
              })
          }
        >
          <FormErrorSummary message={form.summary} />
          <p className="vb-field__hint">Alleen deze keer gaat naar de nieuwe datum of tijd; de reeks zelf verandert niet. Wie zich heeft aangemeld, blijft aangemeld.</p>
          <div className="vb-form__row">
            <TextInput label="Nieuwe datum" type="date" {...form.text('date')} required />
            <TextInput label="Begintijd" type="time" {...form.text('startTime')} required />
            <TextInput label="Eindtijd" type="time" {...form.text('endTime')} required />
          </div>
          <FormActions submitLabel="Verplaatsen" saving={form.saving} onCancel={() => setMoving(false)} />
        </Form>
      )}
      <ConfirmDialog
        open={confirmSkip}
        title="Deze keer overslaan?"
        confirmLabel="Overslaan"
        destructive
        busy={skipping}
        error={skipProblem}
        onConfirm={() => void skip()}
        onCancel={() => {
          setConfirmSkip(false);
          setSkipProblem(undefined);
        }}
      >
        <p>
          {activity.title} van {when} gaat niet door. De reeks gaat de week erna gewoon verder.
        </p>
        {taken > 0 && <p>Er {taken === 1 ? 'heeft zich 1 persoon' : `hebben zich ${taken} mensen`} aangemeld; hun aanmelding vervalt.</p>}
      </ConfirmDialog>
    </Card>
  );
}

/** The viewer's own registration: register, waiting list position, an offered place, cancel. */
function RegistrationPanel({ activity }: { activity: ActivityDetail }) {
  const refresh = useRefreshActivities();
  const [register, registerState] = useMutation(REGISTER_FOR_ACTIVITY);
  const [cancel, cancelState] = useMutation(CANCEL_REGISTRATION);
  const [claim, claimState] = useMutation(CLAIM_OFFERED_PLACE);
  const [problem, setProblem] = useState<unknown>(null);
  const mine = activity.myRegistration;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setProblem(error);
    }
  };
  const onRegister = () => void run(() => register({ variables: { activityId: activity.id } }));
  const onCancel = () => void run(() => cancel({ variables: { activityId: activity.id } }));
  const onClaim = () => void run(() => claim({ variables: { activityId: activity.id } }));
  const busy = registerState.loading || cancelState.loading || claimState.loading;

  let body;
  if (mine?.status === 'OFFERED') {
    body = (
      <div className="vb-alert vb-alert--warning vb-meetups-offer" role="status" data-testid="aanbod">
        <p className="vb-alert__title">Er is een plek vrij voor je</p>
        <p>
          Er heeft zich iemand afgemeld en jij bent de volgende op de wachtlijst.
          {mine.offerExpiresAt ? (
            <>
              {' '}
              De plek blijft voor je vrij tot <strong>{formatDateTime(mine.offerExpiresAt)}</strong>.
            </>
          ) : null}
        </p>
        <p>Neem de plek hier aan, of met de link uit je e-mail. Bevestig je niet op tijd, dan gaat de plek naar de volgende op de wachtlijst.</p>
        <div className="vb-form__actions">
          <Button busy={claimState.loading} disabled={busy} onClick={onClaim}>
            Plek aannemen
          </Button>
          <Button variant="secondary" busy={cancelState.loading} disabled={busy} onClick={onCancel}>
            Plek niet nodig, afmelden
          </Button>
        </div>
      </div>
    );
  } else if (mine?.status === 'CONFIRMED') {
    body = (
      <>
        <p>
          <MyRegistrationBadge registration={mine} /> <strong>Je bent aangemeld.</strong>
        </p>
        <Button variant="secondary" busy={cancelState.loading} disabled={busy} onClick={onCancel}>
          Afmelden
        </Button>
      </>
    );
  } else if (mine?.status === 'WAITLISTED') {
    body = (
      <>
        <p>
          <MyRegistrationBadge registration={mine} /> <strong>Je staat op de wachtlijst{mine.waitlistPosition ? ` (plaats ${mine.waitlistPosition})` : ''}.</strong>
        </p>
        <p className="vb-muted">Komt er een plek vrij, dan zie je dat hier en krijg je een e-mail met een link om de plek te bevestigen.</p>
        <Button variant="secondary" busy={cancelState.loading} disabled={busy} onClick={onCancel}>
          Afmelden van de wachtlijst
        </Button>
      </>
    );
  } else if (mine) {
    body = (
      <p>
        <MyRegistrationBadge registration={mine} />
      </p>
    );
  } else if (!activity.registrationOpen) {
    body = <p>Aanmelden voor deze activiteit kan nu niet.</p>;
  } else {
    const full = activity.placesLeft !== null && activity.placesLeft <= 0;
    body = (
      <>
        <p>{full ? 'Deze activiteit is vol. Meld je aan om op de wachtlijst te komen.' : 'Je bent nog niet aangemeld.'}</p>
        <Button busy={registerState.loading} disabled={busy} onClick={onRegister}>
          Aanmelden
        </Button>
      </>
    );
  }

  return (
    <Card title="Jouw aanmelding">
      <div data-testid="mijn-aanmelding">{body}</div>
      {problem ? <ErrorMessage title="Dat is niet gelukt" message={errorMessage(problem)} /> : null}
    </Card>
  );
}

const VISIBLE_STATUSES = new Set(['CONFIRMED', 'OFFERED', 'WAITLISTED', 'PENDING_CONFIRMATION']);

/** Editors: who is coming, the waiting list, and attendance. */
function RegistrationsCard({ activity }: { activity: ActivityDetail }) {
  const { data, loading, error, refetch } = useQuery(ACTIVITY_REGISTRATIONS_QUERY, { variables: { id: activity.id }, fetchPolicy: 'cache-and-network' });
  const [showAll, setShowAll] = useState(false);
  return (
    <Card title="Aanmeldingen" actions={<Checkbox label="Ook afgemelde en verlopen aanmeldingen tonen" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />}>
      <QueryState data={data?.activity} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Aanmeldingen laden…">
        {({ registrations }) => {
          const rows = registrations.filter((row) => showAll || VISIBLE_STATUSES.has(row.status));
          return rows.length === 0 ? (
            <EmptyState message="Nog niemand aangemeld." />
          ) : (
            <Table<RegistrationRow>
              caption={`Aanmeldingen voor ${activity.title}`}
              hideCaption
              rows={rows}
              columns={[
                { header: 'Naam', isRowHeader: true, cell: (row) => row.person?.name ?? row.name ?? 'Onbekend' },
                { header: 'Zonder account', cell: (row) => (row.person ? '—' : (row.email ?? '—')) },
                {
                  header: 'Status',
                  cell: (row) => (
                    <StatusBadge tone={registrationStatusTones[row.status]} prefix="Status:">
                      {registrationStatusLabels[row.status]}
                      {row.status === 'OFFERED' && row.tokenExpiresAt ? ` tot ${formatDateTime(row.tokenExpiresAt)}` : ''}
                    </StatusBadge>
                  ),
                },
                { header: 'Aangemeld op', cell: (row) => formatDateTime(row.queuedAt) },
                { header: 'Aanwezig', cell: (row) => (row.status === 'CONFIRMED' ? <AttendanceBox row={row} /> : '—') },
              ]}
            />
          );
        }}
      </QueryState>
    </Card>
  );
}

function AttendanceBox({ row }: { row: RegistrationRow }) {
  const [mark, state] = useMutation(MARK_ATTENDANCE);
  const name = row.person?.name ?? row.name ?? 'deze persoon';
  return (
    <Checkbox
      label={
        <>
          Aanwezig<span className="vb-visually-hidden">: {name}</span>
        </>
      }
      checked={row.attended === true}
      disabled={state.loading}
      error={state.error ? errorMessage(state.error) : undefined}
      onChange={(event) => void mark({ variables: { registrationId: row.id, attended: event.target.checked } }).catch(() => undefined)}
    />
  );
}

/** The agenda of a meeting; editors add items (optionally linked to an actie). */
function AgendaCard({ activity }: { activity: ActivityDetail }) {
  const refresh = useRefreshActivities();
  const [add] = useMutation(ADD_AGENDA_ITEM);
  const form = useForm({ title: '', notes: '' });
  const items = [...activity.agenda].sort((a, b) => a.position - b.position);
  return (
    <Card title="Agenda">
      {items.length === 0 ? (
        <p className="vb-muted">Er staan nog geen punten op de agenda.</p>
      ) : (
        <ol className="vb-meetups-agenda">
          {items.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.actieId && (
                <>
                  {' '}
                  (<Link to={`/actie/${item.actieId}`}>actie</Link>)
                </>
              )}
              {item.notes && <div className="vb-muted">{item.notes}</div>}
            </li>
          ))}
        </ol>
      )}
      {activity.canEdit && (
        <Form
          label="Agendapunt toevoegen"
          onSubmit={() =>
            void form
              .submit(
                async (v) => {
                  await add({ variables: { activityId: activity.id, title: v.title.trim(), notes: optionalText(v.notes) } });
                  await refresh();
                },
                (v) => {
                  const problems: Record<string, string> = {};
                  requireText(problems, 'title', v.title, 'Vul het agendapunt in.');
                  return problems;
                },
              )
              .then((ok) => ok && form.reset())
          }
        >
          <FormErrorSummary message={form.summary} />
          <TextInput label="Nieuw agendapunt" {...form.text('title')} />
          <TextInput label="Toelichting" optional {...form.text('notes')} />
          <FormActions submitLabel="Agendapunt toevoegen" saving={form.saving} saved={form.saved} />
        </Form>
      )}
    </Card>
  );
}

function MinutesCard({ activity }: { activity: ActivityDetail }) {
  const [save] = useMutation(SET_MEETING_MINUTES);
  const form = useForm({ minutes: activity.minutes ?? '' });
  if (!activity.canEdit) {
    return (
      <Card title="Notulen">
        <p className="vb-meetups-description">{activity.minutes}</p>
      </Card>
    );
  }
  return (
    <Card title="Notulen">
      <Form label="Notulen" onSubmit={() => void form.submit((v) => save({ variables: { activityId: activity.id, minutes: optionalText(v.minutes) } }))}>
        <FormErrorSummary message={form.summary} />
        <TextArea label="Notulen van deze bijeenkomst" rows={6} {...form.text('minutes')} />
        <FormActions submitLabel="Notulen opslaan" saving={form.saving} saved={form.saved} />
      </Form>
    </Card>
  );
}
