// A steady write load of three kinds (check-ins on an actie, posts in a werkgroep, loket requests
// through the public intake) and the read-back that checks every acknowledged write is stored.
// Used by the crash tests (SIGKILL) and the chaos suite (database and Redis outages).
import { demoIds, signedIn } from './fixtures';
import { GraphqlHttpClient, GraphqlResult } from './graphql-client';
import { formTokens } from './loket-fixtures';
import { sleep } from './timing';
import { werkgroepIds } from './werkgroepen-fixtures';

export interface Acknowledged {
  checkIns: string[];
  posts: string[];
  loket: string[];
}

export interface LoadClients {
  verbinder: GraphqlHttpClient;
  docent: GraphqlHttpClient;
  anonymous: GraphqlHttpClient;
  actieId: string;
  werkgroepId: string;
  /** One intake form token per loket request (each works once); undefined when used up. */
  nextFormToken: () => string | undefined;
}

/** Signs in the writers and waits out the intake's 3 s form delay. */
export async function prepareLoad(url: string): Promise<LoadClients> {
  const verbinder = await signedIn(url, 'verbinder');
  const docent = await signedIn(url, 'docent');
  const anonymous = new GraphqlHttpClient(url);
  const beheerder = await signedIn(url, 'beheerder');
  const ids = await demoIds(beheerder);
  const { engelsWerkgroepId } = await werkgroepIds(beheerder, ids.regionId);
  const nextFormToken = await formTokens(anonymous);
  await sleep(3100); // the intake refuses a form sent within 3 s of showing it
  return { verbinder, docent, anonymous, actieId: ids.actieId, werkgroepId: engelsWerkgroepId, nextFormToken };
}

/** One write of each kind; `marker` is what the read-back looks for. `n` must differ per call of one kind within a run. */
export const writes = {
  checkIn: (c: LoadClients, marker: string, n: number) =>
    c.verbinder.query('mutation($i: CheckInInput!) { addCheckIn(input: $i) { id } }', { i: { actieId: c.actieId, status: 'OP_KOERS', progress: n % 100, text: marker } }),
  post: (c: LoadClients, marker: string) => c.docent.query('mutation($i: WerkgroepPostInput!) { createWerkgroepPost(input: $i) { id } }', { i: { werkgroepId: c.werkgroepId, body: marker } }),
  /** Null without a request once the form tokens are used up (each works once): the loket writer then idles. */
  loket: async (c: LoadClients, companyName: string, kvk: number, email: string): Promise<GraphqlResult<unknown> | null> => {
    const formToken = c.nextFormToken();
    if (!formToken) {
      await sleep(50);
      return null;
    }
    return c.anonymous.query('mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }', {
      input: { regionSlug: 'noord-west-veluwe', companyName, kvk: String(kvk), contactName: 'Test Belasting', contactEmail: email, type: 'GASTLES', consent: true, formToken },
    });
  },
};

export const acknowledgedResult = (result: GraphqlResult<unknown> | null) => !!result?.data && !result.errors?.length;

/** Keeps calling `write` one after another until `stop` is set; records what was acknowledged. */
export async function writer(stop: { now: boolean }, write: (n: number) => Promise<string | null>, into: string[]): Promise<void> {
  for (let n = 0; !stop.now; n++) {
    try {
      // An answer with data is an acknowledgement, even if it arrives as the kill happens.
      const marker = await write(n);
      if (marker) into.push(marker);
    } catch {
      // No answer (connection refused or reset by the kill): not acknowledged.
      if (stop.now) return;
      await sleep(20);
    }
  }
}

/** Everything of the three kinds that is stored now. */
export async function readBack(url: string): Promise<{ checkIns: Set<string>; posts: Set<string>; companies: Set<string> }> {
  const verbinder = await signedIn(url, 'verbinder');
  const docent = await signedIn(url, 'docent');
  const beheerder = await signedIn(url, 'beheerder');
  const ids = await demoIds(beheerder);
  const { engelsWerkgroepId } = await werkgroepIds(beheerder, ids.regionId);
  const { actie } = await verbinder.request<{ actie: { checkIns: Array<{ text: string }> } }>('query($id: ID!) { actie(id: $id) { checkIns { text } } }', { id: ids.actieId });
  const posts = new Set<string>();
  let before: string | undefined;
  for (;;) {
    const { werkgroepPosts } = await docent.request<{ werkgroepPosts: Array<{ body: string; createdAt: string }> }>(
      'query($w: ID!, $b: DateTime) { werkgroepPosts(werkgroepId: $w, before: $b, limit: 100) { body createdAt } }',
      { w: engelsWerkgroepId, b: before ?? null },
    );
    for (const p of werkgroepPosts) posts.add(p.body);
    if (werkgroepPosts.length < 100) break;
    before = werkgroepPosts.map((p) => p.createdAt).sort()[0];
  }
  const { loketRequests } = await beheerder.request<{ loketRequests: Array<{ company: { name: string } }> }>('query($r: ID!) { loketRequests(regionId: $r) { company { name } } }', {
    r: ids.regionId,
  });
  return { checkIns: new Set(actie.checkIns.map((c) => c.text)), posts, companies: new Set(loketRequests.map((r) => r.company.name)) };
}

/** The acknowledged writes that are not stored (empty lists when nothing is lost). */
export async function missingWrites(url: string, acknowledged: Acknowledged): Promise<Acknowledged> {
  const stored = await readBack(url);
  return {
    checkIns: acknowledged.checkIns.filter((t) => !stored.checkIns.has(t)),
    posts: acknowledged.posts.filter((b) => !stored.posts.has(b)),
    loket: acknowledged.loket.filter((c) => !stored.companies.has(c)),
  };
}
