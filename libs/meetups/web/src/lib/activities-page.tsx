import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Link, useLocation } from 'react-router-dom';
import { Badge, Button, Card, EmptyState, Notice, PageHeader } from '@verbinder/web/ui';
import { CalendarFeedsCard } from './calendar-feeds';
import { QueryState, RegionPage } from '@verbinder/web/forms';
import { ActivityForm } from './activity-form';
import { SeriesForm } from './series-form';
import { placeText } from './place';
import { formatShortWhen, weekLabel, weekStart } from './dates';
import { audienceLabels, kindLabels } from './labels';
import { ACTIVITIES_QUERY, MEETUPS_REGION_QUERY, type ActivitySummary, type MeetupsRegion } from './operations';
import { useLiveActivities } from './realtime';
import { LiveStatus, MyRegistrationBadge, PlacesBadge } from './shared';

/** /regio/:slug/activiteiten — upcoming activities of a region, grouped by week, live places left. */
export function ActivitiesPage() {
  return <RegionPage query={MEETUPS_REGION_QUERY} fetchPolicy="cache-and-network" loadingLabel="Activiteiten laden…" page={RegionActivities} />;
}

interface Week {
  monday: string;
  activities: ActivitySummary[];
}

function groupByWeek(activities: readonly ActivitySummary[]): Week[] {
  const weeks: Week[] = [];
  const sorted = [...activities].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const activity of sorted) {
    const monday = weekStart(activity.startsAt);
    const last = weeks[weeks.length - 1];
    if (last && last.monday === monday) last.activities.push(activity);
    else weeks.push({ monday, activities: [activity] });
  }
  return weeks;
}

function RegionActivities({ region }: { region: MeetupsRegion }) {
  const { data, previousData, loading, error, refetch } = useQuery(ACTIVITIES_QUERY, {
    variables: { regionId: region.id },
    fetchPolicy: 'cache-and-network',
  });
  const live = useLiveActivities(region.id);
  const location = useLocation();
  // A message from another page (e.g. "overgeslagen" after skipping one occurrence of a series).
  const incoming = (location.state as { notice?: string } | null)?.notice ?? null;
  const [adding, setAdding] = useState<'activity' | 'series' | null>(null);
  const [notice, setNotice] = useState<{ id: string | null; title: string; text: string } | null>(null);
  const result = data ?? (loading ? previousData : undefined);
  const start = (what: 'activity' | 'series') => {
    setAdding(what);
    setNotice(null);
  };

  return (
    <>
      <PageHeader
        title="Activiteiten"
        eyebrow={<Link to={`/regio/${region.slug}`}>{region.name}</Link>}
        description="Overleggen, kennismakingsdagen, docentstages, workshops en meet-ups in de regio. Aanmelden kan op de pagina van de activiteit."
        actions={
          region.canManage && !adding ? (
            <>
              <Button onClick={() => start('activity')}>Activiteit toevoegen</Button>
              <Button variant="secondary" onClick={() => start('series')}>
                Reeks toevoegen
              </Button>
            </>
          ) : undefined
        }
      />
      <LiveStatus connected={live.connected} lastChange={live.lastChange} />
      {incoming && !notice && <Notice>{incoming}</Notice>}
      {notice && (
        <Notice>
          {notice.id ? <Link to={`/activiteit/${notice.id}`}>{notice.title}</Link> : <strong>{notice.title}</strong>} {notice.text}
        </Notice>
      )}
      {adding === 'activity' && (
        <Card title="Activiteit toevoegen">
          <ActivityForm
            region={region}
            onCancel={() => setAdding(null)}
            onSaved={(activity) => {
              setAdding(null);
              setNotice({ id: activity.id, title: activity.title, text: 'is toegevoegd.' });
              void refetch();
            }}
          />
        </Card>
      )}
      {adding === 'series' && (
        <Card title="Reeks toevoegen">
          <SeriesForm
            region={region}
            onCancel={() => setAdding(null)}
            onCreated={(series) => {
              setAdding(null);
              setNotice({ id: null, title: `Reeks ${series.title}`, text: 'is toegevoegd; de activiteiten staan hieronder.' });
              void refetch();
            }}
          />
        </Card>
      )}
      <QueryState data={result} loading={loading} error={error} onRetry={() => void refetch()} loadingLabel="Activiteiten laden…">
        {({ activities }) =>
          activities.length === 0 ? (
            <EmptyState
              message="Er staan nog geen activiteiten gepland in deze regio."
              action={region.canManage && !adding ? <Button onClick={() => start('activity')}>Activiteit toevoegen</Button> : undefined}
            />
          ) : (
            groupByWeek(activities).map((week) => (
              <section key={week.monday} className="vb-meetups-week" aria-labelledby={`week-${week.monday}`}>
                <h2 id={`week-${week.monday}`}>{weekLabel(week.monday)}</h2>
                <ul className="vb-meetups-list">
                  {week.activities.map((activity) => (
                    <ActivityListItem key={activity.id} activity={activity} />
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </QueryState>
      <CalendarFeedsCard
        choices={[
          { scope: 'PERSON', label: 'mijn activiteiten' },
          { scope: 'REGION', regionId: region.id, label: `alle activiteiten van ${region.name}` },
        ]}
      />
    </>
  );
}

function ActivityListItem({ activity }: { activity: ActivitySummary }) {
  const where = placeText(activity.hostSchool?.name, activity.address, ' · ');
  return (
    <li className="vb-card vb-meetups-item" data-testid={`activiteit-${activity.id}`}>
      <Badge tone="info">{kindLabels[activity.kind]}</Badge>
      <h3>
        <Link to={`/activiteit/${activity.id}`}>{activity.title}</Link>
      </h3>
      <p className="vb-meetups-item__meta">
        <span>
          <span className="vb-visually-hidden">Wanneer: </span>
          {formatShortWhen(activity.startsAt, activity.endsAt)}
        </span>
        {where && (
          <span>
            <span className="vb-visually-hidden">Waar: </span>
            {where}
            {activity.room ? `, ${activity.room}` : ''}
          </span>
        )}
        {activity.audience.length > 0 && (
          <span>
            <span className="vb-visually-hidden">Voor: </span>
            {activity.audience.map((audience) => audienceLabels[audience]).join(', ')}
          </span>
        )}
      </p>
      <div className="vb-meetups-item__badges">
        <PlacesBadge placesLeft={activity.placesLeft} />
        {activity.myRegistration && <MyRegistrationBadge registration={activity.myRegistration} />}
        {!activity.registrationOpen && !activity.myRegistration && <Badge>Aanmelden gesloten</Badge>}
      </div>
    </li>
  );
}
