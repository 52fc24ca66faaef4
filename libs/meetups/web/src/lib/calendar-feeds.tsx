import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { errorMessage, graphql, type CalendarFeedFieldsFragment, type CalendarFeedScope } from '@verbinder/web/api-client';
import { Button, Card, ConfirmDialog, ErrorMessage, formatDate, Notice, TextInput } from '@verbinder/web/ui';

type FeedScope = CalendarFeedScope;
type CalendarFeed = CalendarFeedFieldsFragment;

export const CALENDAR_FEED_FIELDS = graphql(`
  fragment CalendarFeedFields on CalendarFeed {
    id
    scope
    regionId
    werkgroepId
    createdAt
    revokedAt
  }
`);

export const MY_CALENDAR_FEEDS = graphql(`
  query MyCalendarFeeds {
    myCalendarFeeds {
      ...CalendarFeedFields
    }
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $regionId: ID, $werkgroepId: ID) {
    createCalendarFeed(scope: $scope, regionId: $regionId, werkgroepId: $werkgroepId) {
      url
      feed {
        ...CalendarFeedFields
      }
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      ...CalendarFeedFields
    }
  }
`);

/** One kind of feed the card offers, e.g. "my activities" or "the meetings of this werkgroep". */
export interface FeedChoice {
  scope: FeedScope;
  label: string;
  regionId?: string;
  werkgroepId?: string;
}

const matches = (feed: CalendarFeed, choice: FeedChoice) =>
  feed.scope === choice.scope && (choice.scope !== 'REGION' || feed.regionId === choice.regionId) && (choice.scope !== 'WERKGROEP' || feed.werkgroepId === choice.werkgroepId);

/**
 * Calendar subscriptions: a secret iCalendar URL for Outlook, Google Agenda or a phone, shown
 * once when it is made, and revocable. Used on the activities page (own and region feeds) and
 * on a werkgroep's page (its meetings).
 */
export function CalendarFeedsCard({ choices, title = 'In je eigen agenda' }: { choices: FeedChoice[]; title?: string }) {
  const feeds = useQuery(MY_CALENDAR_FEEDS, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED);
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED);
  const [made, setMade] = useState<{ label: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [toRevoke, setToRevoke] = useState<{ feed: CalendarFeed; label: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const active = (feeds.data?.myCalendarFeeds ?? []).filter((feed) => !feed.revokedAt);
  const rows = choices.flatMap((choice) => active.filter((feed) => matches(feed, choice)).map((feed) => ({ feed, label: choice.label })));

  const make = async (choice: FeedChoice) => {
    setProblem(null);
    setCopied(false);
    try {
      const result = await create({ variables: { scope: choice.scope, regionId: choice.regionId ?? null, werkgroepId: choice.werkgroepId ?? null } });
      if (result.data) setMade({ label: choice.label, url: result.data.createCalendarFeed.url });
      await feeds.refetch();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Card title={title}>
      <p className="vb-muted">
        Met een geheime link zet je deze activiteiten in Outlook, Google Agenda of de agenda op je telefoon; wijzigingen komen vanzelf mee. Deel de link niet, en trek hem in als je hem kwijt bent.
      </p>
      <div className="vb-inline">
        {choices.map((choice) => (
          <Button key={`${choice.scope}:${choice.regionId ?? ''}:${choice.werkgroepId ?? ''}`} variant="secondary" busy={creating.loading} onClick={() => void make(choice)}>
            Agendalink maken: {choice.label}
          </Button>
        ))}
      </div>
      {problem && <ErrorMessage message={problem} />}
      {made && (
        <Notice tone="success">
          <p>
            Agendalink voor {made.label}. Je ziet deze link maar één keer: voeg hem nu toe aan je agenda (in Outlook: Agenda toevoegen → Abonneren vanaf internet; in Google Agenda: Andere
            agenda&apos;s → Via URL).
          </p>
          <TextInput label="Agendalink" value={made.url} readOnly onFocus={(event) => event.currentTarget.select()} />
          <Button
            variant="secondary"
            onClick={() =>
              void navigator.clipboard
                ?.writeText(made.url)
                .then(() => setCopied(true))
                .catch(() => setCopied(false))
            }
          >
            {copied ? 'Gekopieerd' : 'Kopiëren'}
          </Button>
        </Notice>
      )}
      {rows.length > 0 && (
        <ul className="vb-feed-list" aria-label="Je agendalinks">
          {rows.map(({ feed, label }) => (
            <li key={feed.id}>
              {label}, gemaakt op {formatDate(feed.createdAt)}{' '}
              <Button variant="secondary" onClick={() => setToRevoke({ feed, label })}>
                Intrekken
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toRevoke !== null}
        title="Agendalink intrekken?"
        confirmLabel="Intrekken"
        destructive
        busy={revoking.loading}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => {
          if (!toRevoke) return;
          void revoke({ variables: { id: toRevoke.feed.id } })
            .then(() => feeds.refetch())
            .then(() => {
              setToRevoke(null);
              setMade(null);
            })
            .catch((error: unknown) => setProblem(errorMessage(error)));
        }}
      >
        De link voor {toRevoke?.label} werkt daarna niet meer; agenda&apos;s die hem gebruiken krijgen geen nieuwe activiteiten meer.
      </ConfirmDialog>
    </Card>
  );
}

/** The card with the calendar feed of one werkgroep's meetups; the app puts it on the werkgroep's Leden tab. */
export function WerkgroepCalendarFeedsCard({ werkgroepId, werkgroepName }: { werkgroepId: string; werkgroepName: string }) {
  return <CalendarFeedsCard title="Bijeenkomsten in je agenda" choices={[{ scope: 'WERKGROEP', werkgroepId, label: `de bijeenkomsten van ${werkgroepName}` }]} />;
}
