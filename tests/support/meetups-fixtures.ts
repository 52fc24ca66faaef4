// Ids of the demo meetups (apps/api/src/demo/meetups-demo.ts), fetched through the API.
import { GraphqlHttpClient } from './graphql-client';

export interface MeetupIds {
  /** The full workshop (capacity 3, three confirmed, one on the waiting list). */
  workshopId: string;
  /** The public ontbijt-meet-up. */
  publicActivityId: string;
  /** The first upcoming occurrence of the Wednesday verbinders series. */
  overlegId: string;
  kennismakingId: string;
  /** Jeroen's registration on the workshop's waiting list (needs an editor's client to read). */
  waitlistedRegistrationId: string;
}

export async function meetupIds(client: GraphqlHttpClient, regionId: string): Promise<MeetupIds> {
  const { activities } = await client.request<{ activities: Array<{ id: string; kind: string; title: string; isPublic: boolean }> }>(
    'query($r: ID!) { activities(regionId: $r) { id kind title isPublic } }',
    { r: regionId },
  );
  const find = (kind: string) => {
    const found = activities.find((a) => a.kind === kind);
    if (!found) throw new Error(`demo activity of kind ${kind} not found`);
    return found.id;
  };
  const workshopId = find('WORKSHOP');
  const { activity } = await client.request<{ activity: { registrations: Array<{ id: string; status: string }> } }>('query($id: ID!) { activity(id: $id) { registrations { id status } } }', {
    id: workshopId,
  });
  const waitlisted = activity.registrations.find((r) => r.status === 'WAITLISTED');
  if (!waitlisted) throw new Error('demo workshop has no waiting list');
  return {
    workshopId,
    publicActivityId: find('ONTBIJT_MEETUP'),
    overlegId: find('VERBINDERSOVERLEG'),
    kennismakingId: find('KENNISMAKINGSDAG'),
    waitlistedRegistrationId: waitlisted.id,
  };
}
