// Ids of the demo loket (apps/api/src/demo/loket-demo.ts), fetched through the API.
import { GraphqlHttpClient } from './graphql-client';

export interface LoketIds {
  /** The stageplaatsen request split over two schools. */
  loketRequestId: string;
  /** The stageplaatsen routing rule. */
  loketRuleId: string;
  /** The demo loket-medewerker (Ilse). */
  loketMedewerkerId: string;
  /** The company behind the stageplaatsen request. */
  loketCompanyId: string;
  /** The gastles request of Zorggroep Noorderlicht (another company, waiting for the company). */
  otherLoketRequestId: string;
  /** The same gastles request: split to Morgen College, the demo docent's school (he is a school contact of it). */
  morgenLoketRequestId: string;
  /** A school of the stageplaatsen rule (not the demo docent's school). */
  loketSchoolId: string;
  /** The demo canned reply "Ontvangst bevestigen". */
  loketCannedReplyId: string;
}

export async function loketIds(client: GraphqlHttpClient, regionId: string): Promise<LoketIds> {
  const data = await client.request<{
    loketRequests: Array<{ id: string; type: string; company: { id: string; name: string } }>;
    loketRoutingRules: Array<{ id: string; requestType: string | null; assignee: { id: string }; schools: Array<{ id: string }> }>;
    loketCannedReplies: Array<{ id: string; title: string }>;
  }>(
    'query($r: ID!) { loketRequests(regionId: $r) { id type company { id name } } loketRoutingRules(regionId: $r) { id requestType assignee { id } schools { id } } loketCannedReplies(regionId: $r) { id title } }',
    { r: regionId },
  );
  const request = data.loketRequests.find((r) => r.company.name === 'Veluwe Techniek Installaties');
  const rule = data.loketRoutingRules.find((r) => r.requestType === 'STAGEPLAATSEN');
  const other = data.loketRequests.find((r) => r.company.name === 'Zorggroep Noorderlicht');
  const canned = data.loketCannedReplies.find((c) => c.title === 'Ontvangst bevestigen');
  if (!request || !rule || !other || !canned) throw new Error('demo loket data not found');
  return {
    loketRequestId: request.id,
    loketRuleId: rule.id,
    loketMedewerkerId: rule.assignee.id,
    loketCompanyId: request.company.id,
    otherLoketRequestId: other.id,
    morgenLoketRequestId: other.id,
    loketSchoolId: rule.schools[0].id,
    loketCannedReplyId: canned.id,
  };
}

/**
 * Intake form tokens are good for one submission each: fetches `count` (at most 50, one request
 * of aliases) and hands them out one by one; undefined when they are used up. Wait 3 s after
 * fetching before submitting (the intake refuses a form sent faster).
 */
export async function formTokens(client: GraphqlHttpClient, count = 50): Promise<() => string | undefined> {
  const doc = `{ ${Array.from({ length: count }, (_, i) => `t${i}: loketFormToken`).join(' ')} }`;
  const tokens = Object.values(await client.request<Record<string, string>>(doc));
  return () => tokens.shift();
}
