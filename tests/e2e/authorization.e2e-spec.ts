// Every public GraphQL operation has an authorization test: anonymous callers are refused
// (except the sign-in operations), and callers without the role are refused by the core
// services. The table must cover every Query, Mutation and Subscription in the schema.
// authorization-matrix.e2e-spec.ts runs the same table as every demo persona.
import { demoSuite } from '../support/demo-suite';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { ALL_AUTHZ as OPS, authzIds, SUBSCRIPTIONS_COVERED_ELSEWHERE } from './cases/all.cases';

describe('authorization of every GraphQL operation', () => {
  const suite = demoSuite(['docent'], ({ docent }, api) => authzIds(api.url, docent));
  let anonymous: GraphqlHttpClient;

  beforeAll(async () => {
    anonymous = new GraphqlHttpClient(suite.api.url);
  }, 90_000);

  it('has a case for every operation in the schema', async () => {
    const data = await suite.docent.request<{
      __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> }; subscriptionType: { fields: Array<{ name: string }> } };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }');
    const operations = [...data.__schema.queryType.fields, ...data.__schema.mutationType.fields].map((f) => f.name).sort();
    expect(operations).toEqual(Object.keys(OPS).sort());
    expect(data.__schema.subscriptionType.fields.map((f) => f.name).sort()).toEqual(SUBSCRIPTIONS_COVERED_ELSEWHERE);
  });

  it.each(Object.entries(OPS).filter(([, c]) => !c.public))('refuses %s to anonymous visitors with UNAUTHENTICATED', async (_name, c) => {
    const result = await anonymous.query(c.doc, c.vars?.(suite.ids));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(Object.entries(OPS).filter(([, c]) => c.public))('lets anonymous visitors call %s', async (_name, c) => {
    const result = await new GraphqlHttpClient(suite.api.url).query(c.doc, c.vars?.(suite.ids));
    expect(result.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('UNAUTHENTICATED');
  });

  it.each(Object.entries(OPS).filter(([, c]) => c.docentForbidden))('refuses %s to a docent without a manager role with FORBIDDEN', async (_name, c) => {
    const result = await suite.docent.query(c.doc, c.vars?.(suite.ids));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it.each(Object.entries(OPS).filter(([, c]) => c.docentCode))('lets a signed-in docent call %s (answered by the domain, not refused)', async (_name, c) => {
    const result = await suite.docent.query(c.doc, c.vars?.(suite.ids));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([c.docentCode]);
  });

  it.each(Object.entries(OPS).filter(([, c]) => !c.public && !c.docentForbidden && !c.docentCode))('lets a signed-in docent call %s', async (name, c) => {
    // updatePerson: the docent edits their own record (ids.personId is the demo docent).
    const result = await suite.docent.query(c.doc, c.vars?.(suite.ids));
    expect(result.errors).toBeUndefined();
    expect(result.data?.[name]).toBeDefined();
  });

  it('lets a docent edit only their own person record', async () => {
    const verbinder = await signedIn(suite.api.url, 'verbinder');
    const { viewer } = await verbinder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }');
    const result = await suite.docent.query('mutation($id: ID!) { updatePerson(input: { id: $id, jobTitle: "Iets anders" }) { id } }', { id: viewer.person.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a verbinder manage their own region but not another one', async () => {
    const verbinder = await signedIn(suite.api.url, 'verbinder');
    const own = await verbinder.query('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Verbinderschool", kind: VO }) { id } }', { r: suite.ids.regionId });
    expect(own.errors).toBeUndefined();
    const other = await verbinder.query('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Buiten de regio", kind: VO }) { id } }', { r: suite.ids.otherRegionId });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('only platform beheerders create regions; verbinders cannot make anyone beheerder', async () => {
    const verbinder = await signedIn(suite.api.url, 'verbinder');
    expect((await verbinder.query('mutation { createRegion(input: { slug: "regio-x", name: "Regio X" }) { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const promote = await verbinder.query('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: BEHEERDER, layer: MANAGEMENT }) { id } }', {
      p: suite.ids.personId,
      r: suite.ids.regionId,
    });
    expect(promote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const beheerder = await signedIn(suite.api.url, 'beheerder');
    expect((await beheerder.query('mutation { createRegion(input: { slug: "regio-x", name: "Regio X" }) { id } }')).errors).toBeUndefined();
  });

  it('keeps notifications private to their person', async () => {
    const verbinder = await signedIn(suite.api.url, 'verbinder');
    const mine = await verbinder.request<{ notifications: Array<{ id: string }> }>('{ notifications { id } }');
    expect(mine.notifications.length).toBeGreaterThan(0);
    // The docent marking the verbinder's notifications marks nothing.
    const marked = await suite.docent.request<{ markNotificationsRead: number }>('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: mine.notifications.map((n) => n.id) });
    expect(marked.markNotificationsRead).toBe(0);
    const after = await verbinder.request<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    expect(after.unreadNotificationCount).toBe(mine.notifications.length);
  });

  it('ends the session on signOut', async () => {
    const client = await signedIn(suite.api.url, 'redacteur');
    await client.request('mutation { signOut }');
    const result = await client.query('{ regions { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
