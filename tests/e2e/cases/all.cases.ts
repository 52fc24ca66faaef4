// Every operation's authorization case, merged from the per-domain tables, and the demo ids the
// documents refer to. Used by authorization.e2e-spec.ts and authorization-matrix.e2e-spec.ts.
import { demoIds, signedIn } from '../../support/fixtures';
import type { GraphqlHttpClient } from '../../support/graphql-client';
import { loketIds } from '../../support/loket-fixtures';
import { meetupIds } from '../../support/meetups-fixtures';
import { curriculumIds, werkgroepIds } from '../../support/werkgroepen-fixtures';
import { CORE_AUTHZ } from './core.cases';
import { CURRICULUM_AUTHZ } from './curriculum.cases';
import { STORIES_AUTHZ } from './stories.cases';
import { TEAMS_AUTHZ } from './teams.cases';
import { TEAMS_DRIFT_AUTHZ } from './teams-drift.cases';
import type { AuthzCase, Ids } from './types';
import { WERKGROEP_DOCUMENTS_AUTHZ } from './werkgroep-documents.cases';
import { STREAM_AUTHZ } from './werkgroepen-stream.cases';
import { WERKGROEPEN_AUTHZ, WERKGROEPEN_SUBSCRIPTIONS } from './werkgroepen.cases';

// Subscriptions are refused on the socket itself without a session, and per region by membership:
// see realtime.e2e-spec.ts, and every identity of the two-region matrix in
// authorization-matrix.e2e-spec.ts (cases/realtime.cases.ts). They are listed here so the coverage
// check of authorization.e2e-spec.ts stays exhaustive.
// activityChanged: see meetups.e2e-spec.ts.
// loketChanged and loketRequestChanged: tests/e2e/loket.e2e-spec.ts.
// werkgroepChanged: tests/e2e/werkgroepen.e2e-spec.ts.
export const SUBSCRIPTIONS_COVERED_ELSEWHERE = [
  'actieagendaChanged',
  'activityChanged',
  'loketChanged',
  'loketRequestChanged',
  'notificationReceived',
  'regionActivity',
  ...WERKGROEPEN_SUBSCRIPTIONS,
].sort();

export const ALL_AUTHZ: Record<string, AuthzCase> = {
  ...CORE_AUTHZ,
  ...WERKGROEPEN_AUTHZ,
  ...STREAM_AUTHZ,
  ...CURRICULUM_AUTHZ,
  ...WERKGROEP_DOCUMENTS_AUTHZ,
  ...TEAMS_AUTHZ,
  ...TEAMS_DRIFT_AUTHZ,
  ...STORIES_AUTHZ,
};

/**
 * The ids the case documents use, read from the demo data through the API (as the beheerder, and
 * as the docent for his calendar feed and the curriculum of his werkgroep), and an invitation of
 * someone else into region A, and a member of region A to erase.
 */
export async function authzIds(url: string, docent: GraphqlHttpClient): Promise<Ids> {
  const beheerder = await signedIn(url, 'beheerder');
  const demo = await demoIds(beheerder);
  const feed = await docent.request<{ createCalendarFeed: { feed: { id: string } } }>('mutation { createCalendarFeed(scope: PERSON) { feed { id } } }');
  const { inviteToRegion } = await beheerder.request<{ inviteToRegion: { id: string } }>(
    'mutation($r: ID!) { inviteToRegion(input: { email: "uitnodiging.van.een.ander@example.org", regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
    { r: demo.regionId },
  );
  const { createPerson } = await beheerder.request<{ createPerson: { id: string } }>('mutation { createPerson(input: { name: "Te Wissen Persoon", email: "te.wissen@example.org" }) { id } }');
  await beheerder.request('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }', { p: createPerson.id, r: demo.regionId });
  const ids: Ids = {
    ...demo,
    ...(await meetupIds(beheerder, demo.regionId)),
    ...(await loketIds(beheerder, demo.regionId)),
    ...(await werkgroepIds(beheerder, demo.regionId)),
    docentFeedId: feed.createCalendarFeed.feed.id,
    othersInvitationId: inviteToRegion.id,
    erasablePersonId: createPerson.id,
  };
  Object.assign(ids, await curriculumIds(docent, ids.engelsWerkgroepId));
  return ids;
}
