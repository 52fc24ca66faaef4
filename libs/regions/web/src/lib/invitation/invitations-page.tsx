import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { errorMessage, VIEWER_QUERY } from '@verbinder/web/api-client';
import { Button, Card, EmptyState, Notice, PageHeader } from '@verbinder/web/ui';
import { QueryState } from '@verbinder/web/forms';
import { ACCEPT_INVITATION, DECLINE_INVITATION, MY_INVITATIONS_QUERY } from '../graphql/operations';
import type { MyInvitation } from '../graphql/types';
import { layerLabels, roleLabels } from '../labels';

/** After an answer: the invitations, the viewer's rights (a new region) and the notifications are fresh. */
const REFETCH = { refetchQueries: [MY_INVITATIONS_QUERY, VIEWER_QUERY], awaitRefetchQueries: true };

/** "Uitnodigingen": the viewer's open invitations to regions and schools, to accept or decline. */
export function InvitationsPage() {
  const { data, loading, error, refetch } = useQuery(MY_INVITATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title="Uitnodigingen" description="Een beheerder of verbinder van een regio heeft je uitgenodigd. Je wordt pas lid als je de uitnodiging accepteert." />
      <QueryState data={data?.myInvitations} loading={loading} error={error} onRetry={() => void refetch()}>
        {(invitations) =>
          invitations.length === 0 ? (
            <EmptyState message="Je hebt geen openstaande uitnodigingen." action={<Link to="/">Naar het overzicht</Link>} />
          ) : (
            <div className="vb-stack">
              {invitations.map((invitation) => (
                <InvitationCard key={invitation.id} invitation={invitation} />
              ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function InvitationCard({ invitation }: { invitation: MyInvitation }) {
  const [accept, accepting] = useMutation(ACCEPT_INVITATION, REFETCH);
  const [decline, declining] = useMutation(DECLINE_INVITATION, REFETCH);
  const place = invitation.school ? `${invitation.school.name} (${invitation.region.name})` : invitation.region.name;
  const failed = accepting.error ?? declining.error;
  return (
    <Card title={place} headingLevel={2}>
      <p>
        {invitation.invitedByName ? `${invitation.invitedByName} nodigt je uit` : 'Je bent uitgenodigd'} als <strong>{roleLabels[invitation.role].toLowerCase()}</strong> (
        {layerLabels[invitation.layer].toLowerCase()}).
      </p>
      {failed && <Notice tone="warning">Dat is niet gelukt: {errorMessage(failed)}</Notice>}
      <div className="vb-form__actions">
        <Button busy={accepting.loading} disabled={declining.loading} onClick={() => void accept({ variables: { id: invitation.id } }).catch(() => undefined)}>
          Accepteren
        </Button>
        <Button variant="secondary" busy={declining.loading} disabled={accepting.loading} onClick={() => void decline({ variables: { id: invitation.id } }).catch(() => undefined)}>
          Weigeren
        </Button>
      </div>
    </Card>
  );
}

/** A banner on every page while the viewer has open invitations. */
export function InvitationsBanner() {
  const { data } = useQuery(MY_INVITATIONS_QUERY);
  const count = data?.myInvitations.length ?? 0;
  if (count === 0) return null;
  return (
    <Notice tone="info">
      {count === 1 ? 'Je hebt een uitnodiging voor een regio.' : `Je hebt ${count} uitnodigingen voor een regio.`} <Link to="/uitnodigingen">Bekijk en beantwoord</Link>
    </Notice>
  );
}
