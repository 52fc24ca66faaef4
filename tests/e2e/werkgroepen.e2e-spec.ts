// Werkgroepen end to end against the built API: who sees which group (members-only groups are
// invisible, region-readable ones are read-only for the region), members from several schools
// with a notification, the voorzitter rule, and removal taking effect at once — the removed
// member's GraphQL subscription ends and their socket.io client leaves the group's room; a person
// added to a group is told on their own socket (`werkgroep:added`), and nobody else is.
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';
import { werkgroepenSuite } from '../support/werkgroepen-fixtures';

interface GroupView {
  id: string;
  name: string;
  permissions: { isMember: boolean; canRead: boolean; canWrite: boolean; canManage: boolean };
}

const LIST = 'query($r: ID!) { werkgroepen(regionId: $r) { id name permissions { isMember canRead canWrite canManage } } }';
const UPDATE = 'mutation($id: ID!, $input: WerkgroepInput!) { updateWerkgroep(id: $id, input: $input) { id description } }';

describe('werkgroepen', () => {
  const suite = werkgroepenSuite();

  const list = async (client: GraphqlHttpClient) => (await client.request<{ werkgroepen: GroupView[] }>(LIST, { r: suite.ids.regionId })).werkgroepen;

  it('shows a docent only the groups he is in, and nothing of a members-only group he is not in', async () => {
    const names = (await list(suite.docent)).map((g) => g.name);
    expect(names).toContain('Interscolaire vakgroep Engels');
    expect(names).not.toContain('Vakgroep techniek');
    const hidden = await suite.docent.query('query($id: ID!) { werkgroep(id: $id) { id name } }', { id: suite.ids.techniekWerkgroepId });
    expect(hidden.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // The same answer as for a group that does not exist: nothing is revealed.
    const missing = await suite.docent.query('query { werkgroep(id: "00000000-0000-4000-8000-00000000000a") { id } }');
    expect(missing.errors?.[0].message).toBe(hidden.errors?.[0].message);

    const engels = (await list(suite.docent)).find((g) => g.name === 'Interscolaire vakgroep Engels');
    expect(engels?.permissions).toEqual({ isMember: true, canRead: true, canWrite: true, canManage: false });
    // A verbinder of the region sees every group to manage it, but not the content of one she is not in.
    const forVerbinder = (await list(suite.verbinder)).find((g) => g.name === 'Interscolaire vakgroep Engels');
    expect(forVerbinder?.permissions).toEqual({ isMember: false, canRead: false, canWrite: false, canManage: true });
  });

  it('lets the region read a group that is open to the region, without making readers members', async () => {
    const { createWerkgroep } = await suite.verbinder.request<{ createWerkgroep: { id: string; members: Array<{ role: string; person: { email: string } }> } }>(
      'mutation($r: ID!, $l: ID!) { createWerkgroep(input: { regionId: $r, kind: DECANENKRING, name: "Decanenkring Noord-West Veluwe", visibility: REGION, cadenceDays: 42, actielijnIds: [$l] }) { id members { role person { email } } } }',
      { r: suite.ids.regionId, l: suite.ids.actielijnId },
    );
    expect(createWerkgroep.members).toEqual([{ role: 'VOORZITTER', person: { email: 'sanne.devries@example.org' } }]);
    const seen = (await list(suite.docent)).find((g) => g.id === createWerkgroep.id);
    expect(seen?.permissions).toEqual({ isMember: false, canRead: true, canWrite: false, canManage: false });
    const { werkgroep } = await suite.docent.request<{ werkgroep: { kindText: string; actielijnen: Array<{ id: string }> } }>(
      'query($id: ID!) { werkgroep(id: $id) { kindText actielijnen { id } } }',
      {
        id: createWerkgroep.id,
      },
    );
    expect(werkgroep).toEqual({ kindText: 'Decanenkring', actielijnen: [{ id: suite.ids.actielijnId }] });
  });

  it('keeps a voorzitter in every group', async () => {
    const { viewer } = await suite.verbinder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }');
    const result = await suite.verbinder.query('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: suite.ids.techniekWerkgroepId, p: viewer.person.id });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(result.errors?.[0].message).toContain('voorzitter');
  });

  it('gives a new member access with a notification, and a removed member loses it at once (subscription and socket room)', async () => {
    const docentId = suite.ids.personId;
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: GAST }) { personId } }', {
      w: suite.ids.techniekWerkgroepId,
      p: docentId,
    });
    const { werkgroep } = await suite.docent.request<{ werkgroep: { name: string; members: Array<{ personId: string; role: string; layer: string; school: { name: string } | null }> } }>(
      'query($id: ID!) { werkgroep(id: $id) { name members { personId role layer school { name } } } }',
      { id: suite.ids.techniekWerkgroepId },
    );
    expect(werkgroep.members.find((m) => m.personId === docentId)).toEqual({ personId: docentId, role: 'GAST', layer: 'PROFESSIONEEL', school: { name: 'Morgen College' } });
    // Members come from several schools.
    expect(new Set(werkgroep.members.map((m) => m.school?.name)).size).toBeGreaterThan(1);
    const { notifications } = await suite.docent.request<{ notifications: Array<{ title: string; link: string }> }>('{ notifications { title link } }');
    expect(notifications).toContainEqual({ title: 'Je bent toegevoegd aan Vakgroep techniek', link: `/werkgroep/${suite.ids.techniekWerkgroepId}` });

    // Live: the docent follows the group over graphql-ws and socket.io.
    const ws = graphqlWsClient(suite.api.url, suite.docent.cookieHeader());
    const changes = subscribe<{ werkgroepChanged: { kind: string; action: string } }>(ws, 'subscription($w: ID!) { werkgroepChanged(werkgroepId: $w) { kind entityId action at } }', {
      w: suite.ids.techniekWerkgroepId,
    });
    const socket = await connectSocket(suite.api.url, suite.docent.cookieHeader());
    suite.sockets.push(socket);
    expect(await socket.emitWithAck('werkgroep:watch', suite.ids.techniekWerkgroepId)).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 300));

    const input = { regionId: suite.ids.regionId, kind: 'INTERSCOLAIRE_VAKGROEP', name: 'Vakgroep techniek', cadenceDays: 7, description: 'PIE en BWI afgestemd op installatietechniek.' };
    const onSocket = nextEvent<{ werkgroepId: string; kind: string }>(socket, 'werkgroep:changed');
    await suite.verbinder.request(UPDATE, { id: suite.ids.techniekWerkgroepId, input });
    expect((await changes.next()).data?.werkgroepChanged).toMatchObject({ kind: 'group', action: 'changed' });
    expect(await onSocket).toMatchObject({ werkgroepId: suite.ids.techniekWerkgroepId, kind: 'group' });

    // Removed: the subscription ends, the socket is told and leaves the room, reads fail.
    const removed = nextEvent<{ werkgroepId: string }>(socket, 'werkgroep:removed');
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: suite.ids.techniekWerkgroepId, p: docentId });
    expect(await removed).toEqual({ werkgroepId: suite.ids.techniekWerkgroepId });
    await Promise.race([changes.completed, new Promise((_, reject) => setTimeout(() => reject(new Error('subscription did not end')), 10_000))]);
    const afterRemoval: unknown[] = [];
    socket.on('werkgroep:changed', (change) => afterRemoval.push(change));
    await suite.verbinder.request(UPDATE, { id: suite.ids.techniekWerkgroepId, input: { ...input, description: 'Na het vertrek.' } });
    // A member who is still in the room gets the change; the removed docent does not.
    const sanneSocket = await connectSocket(suite.api.url, suite.verbinder.cookieHeader());
    suite.sockets.push(sanneSocket);
    expect(await sanneSocket.emitWithAck('werkgroep:watch', suite.ids.techniekWerkgroepId)).toEqual({ ok: true });
    const sanneSees = nextEvent(sanneSocket, 'werkgroep:changed');
    await suite.verbinder.request(UPDATE, { id: suite.ids.techniekWerkgroepId, input: { ...input, description: 'Nog een keer.' } });
    await sanneSees;
    expect(afterRemoval).toEqual([]);
    expect(await socket.emitWithAck('werkgroep:watch', suite.ids.techniekWerkgroepId)).toEqual({ ok: false, code: 'NOT_FOUND' });
    const read = await suite.docent.query('query($id: ID!) { werkgroep(id: $id) { id } }', { id: suite.ids.techniekWerkgroepId });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await ws.dispose();
  }, 60_000);

  it('tells a person added to a group on their own socket only: not other people of the region, never a person of another region', async () => {
    // A person of Assen (another region), signed in with a password.
    const { createPerson } = await suite.beheerder.request<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Anne Assen", email: "anne.assen.werkgroepen@example.org", password: "lang-genoeg-wachtwoord" }) { id } }',
    );
    await suite.beheerder.request('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }', {
      p: createPerson.id,
      r: suite.ids.otherRegionId,
    });
    const outsider = new GraphqlHttpClient(suite.api.url);
    expect((await outsider.signIn('anne.assen.werkgroepen@example.org', 'lang-genoeg-wachtwoord')).data?.signIn.authenticated).toBe(true);
    const bestuurder = await signedIn(suite.api.url, 'bestuurder');

    const [docentSocket, outsiderSocket, bestuurderSocket] = await Promise.all([suite.docent, outsider, bestuurder].map((client) => connectSocket(suite.api.url, client.cookieHeader())));
    suite.sockets.push(docentSocket, outsiderSocket, bestuurderSocket);
    const strays: Array<{ who: string; werkgroepId: string }> = [];
    outsiderSocket.on('werkgroep:added', (added: { werkgroepId: string }) => strays.push({ who: 'Assen', ...added }));
    bestuurderSocket.on('werkgroep:added', (added: { werkgroepId: string }) => strays.push({ who: 'bestuurder', ...added }));
    // The person of another region may not follow the group either.
    expect((await outsiderSocket.emitWithAck('werkgroep:watch', suite.ids.techniekWerkgroepId)).ok).toBe(false);

    const added = nextEvent<{ werkgroepId: string }>(docentSocket, 'werkgroep:added');
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: LID }) { personId } }', {
      w: suite.ids.techniekWerkgroepId,
      p: suite.ids.personId,
    });
    expect(await added).toEqual({ werkgroepId: suite.ids.techniekWerkgroepId });
    // A change of role is no new membership: no second event.
    const again: unknown[] = [];
    docentSocket.on('werkgroep:added', (event) => again.push(event));
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: GAST }) { personId } }', {
      w: suite.ids.techniekWerkgroepId,
      p: suite.ids.personId,
    });
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: suite.ids.techniekWerkgroepId, p: suite.ids.personId });
    // Whatever was sent has arrived by the time a later event on the same sockets does.
    const marker = nextEvent<{ werkgroepId: string }>(docentSocket, 'werkgroep:added');
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { upsertWerkgroepMember(input: { werkgroepId: $w, personId: $p, role: LID }) { personId } }', {
      w: suite.ids.techniekWerkgroepId,
      p: suite.ids.personId,
    });
    await marker;
    await new Promise((r) => setTimeout(r, 300));
    expect(again).toHaveLength(1);
    expect(strays).toEqual([]);
    await suite.verbinder.request('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: suite.ids.techniekWerkgroepId, p: suite.ids.personId });
  }, 60_000);

  it('refuses a subscription to a group one may not read', async () => {
    const ws = graphqlWsClient(suite.api.url, suite.docent.cookieHeader());
    const sub = subscribe(ws, 'subscription($w: ID!) { werkgroepChanged(werkgroepId: $w) { kind } }', { w: suite.ids.techniekWerkgroepId });
    const result = await sub.next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    await ws.dispose();
  });

  it('shows the verbinders the schijnsamenwerking signal of every group', async () => {
    const { werkgroepSignals } = await suite.verbinder.request<{ werkgroepSignals: Array<{ werkgroep: { name: string }; signal: { meetings: number; flagged: boolean; summary: string } }> }>(
      'query($r: ID!) { werkgroepSignals(regionId: $r) { werkgroep { name } signal { meetings flagged summary } } }',
      { r: suite.ids.regionId },
    );
    const names = werkgroepSignals.map((s) => s.werkgroep.name);
    expect(names).toEqual(expect.arrayContaining(['Interscolaire vakgroep Engels', 'Vakgroep techniek']));
    for (const s of werkgroepSignals) expect(s.signal.summary).toMatch(/[a-z]/);
  });
});
