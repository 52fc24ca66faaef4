// The authorization matrix: every Query and Mutation in the schema × every demo persona, with
// the expected allow/deny/hidden from cases/personas.cases.ts. The documents and variables are the
// shared case tables (cases/all.cases.ts). Personas run from least to most privileged, queries
// concurrently and mutations one by one, so what a persona may change cannot hide a refusal
// of a persona before it.
import { ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { ALL_AUTHZ, authzIds } from './cases/all.cases';
import { ACCESS_OVERRIDES, accessOf, Persona, PERSONAS } from './cases/personas.cases';
import type { AuthzCase, Ids } from './cases/types';

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Sign-in and sign-out replace or end the caller's session: each is sent from a session of its own. */
const OWN_SESSION = new Set(['signIn', 'signInAsDemo', 'signOut']);
const QUERY_CONCURRENCY = 8;

type Outcome = { allowed: boolean; codes: string[] };

describe('authorization matrix: every operation × every persona', () => {
  let api: ApiHandle;
  let operations: { queries: string[]; mutations: string[] };
  const outcomes = new Map<Persona, Map<string, Outcome>>();

  beforeAll(async () => {
    api = await startApi();
    const docent = await signedIn(api.url, 'docent');
    const ids = await authzIds(api.url, docent);
    const schema = await docent.request<{ __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    operations = { queries: schema.__schema.queryType.fields.map((f) => f.name), mutations: schema.__schema.mutationType.fields.map((f) => f.name) };
    for (const persona of PERSONAS) outcomes.set(persona, await runAs(api.url, persona, ids, operations));
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('has a case and an expectation for every Query and Mutation in the schema', () => {
    const inSchema = [...operations.queries, ...operations.mutations].sort();
    expect(inSchema).toEqual(Object.keys(ALL_AUTHZ).sort());
    expect(Object.keys(ACCESS_OVERRIDES).filter((name) => !(name in ALL_AUTHZ))).toEqual([]);
  });

  it.each(PERSONAS)('%s is allowed, refused or kept in the dark exactly as expected', (persona) => {
    const got = outcomes.get(persona)!;
    const mismatches = Object.entries(ALL_AUTHZ).flatMap(([name, c]) => {
      const access = accessOf(name, c);
      const outcome = got.get(name)!;
      const expected = access.allow.includes(persona) ? 'allow' : access.hidden?.includes(persona) ? 'hidden' : 'deny';
      const actual = !outcome.allowed ? 'deny' : outcome.codes.join() === 'NOT_FOUND' && expected === 'hidden' ? 'hidden' : 'allow';
      return actual === expected ? [] : [`${name}: expected ${expected}, got ${outcome.codes.join(',') || 'no error'}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('refuses with UNAUTHENTICATED for anonymous visitors and FORBIDDEN for signed-in people', () => {
    for (const [persona, got] of outcomes) {
      for (const [name, outcome] of got) {
        if (outcome.allowed) continue;
        expect(`${persona} ${name} ${outcome.codes.join(',')}`).toBe(`${persona} ${name} ${persona === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
      }
    }
  });
});

async function runAs(url: string, persona: Persona, ids: Ids, operations: { queries: string[]; mutations: string[] }): Promise<Map<string, Outcome>> {
  const session = persona === 'anonymous' ? null : await signedIn(url, persona);
  // Each operation gets its own cookie jar holding the persona's session, so signIn or
  // signInAsDemo cannot switch the persona's client to someone else.
  const clientFor = async (name: string) => {
    if (!session) return new GraphqlHttpClient(url);
    if (OWN_SESSION.has(name)) return signedIn(url, persona);
    return new GraphqlHttpClient(url, { sessionCookie: session.sessionCookie });
  };
  const run = async (name: string): Promise<[string, Outcome]> => {
    const c: AuthzCase | undefined = ALL_AUTHZ[name];
    if (!c) return [name, { allowed: false, codes: ['NO_CASE'] }];
    const result = await (await clientFor(name)).query(c.doc, c.vars?.(ids));
    const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
    return [name, { allowed: !codes.some((code) => REFUSALS.has(code)), codes }];
  };
  const results: Array<[string, Outcome]> = [];
  for (let i = 0; i < operations.queries.length; i += QUERY_CONCURRENCY) {
    results.push(...(await Promise.all(operations.queries.slice(i, i + QUERY_CONCURRENCY).map(run))));
  }
  for (const name of operations.mutations) results.push(await run(name));
  return new Map(results);
}
