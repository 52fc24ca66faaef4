// A real socket.io client and a real graphql-ws client each receive the event caused by
// another user's mutation; unauthenticated and unauthorised subscribers are refused.
import type { Socket } from 'socket.io-client';
import { demoSuite } from '../support/demo-suite';
import { demoIds, signedIn } from '../support/fixtures';
import { connectLive, connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';
import { sleep } from '../support/timing';

describe('real-time hub', () => {
  const suite = demoSuite(['beheerder', 'verbinder'], ({ beheerder }) => demoIds(beheerder));

  it('delivers region activity to a verbinder over socket.io and graphql-ws', async () => {
    const { socket, ws } = await connectLive(suite.api.url, suite.verbinder, suite);
    const sub = subscribe<{ regionActivity: { regionId: string; entity: string; entityId: string; action: string; actorName: string } }>(
      ws,
      'subscription($r: ID!) { regionActivity(regionId: $r) { regionId entity entityId action actorName at } }',
      { r: suite.ids.regionId },
    );
    await sleep(500); // let the subscription reach the server

    const viaSocket = nextEvent<{ entity: string; entityId: string; actorName: string }>(socket, 'region:activity');
    const { createSchool } = await suite.beheerder.request<{ createSchool: { id: string } }>('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Realtime College", kind: VO }) { id } }', {
      r: suite.ids.regionId,
    });

    expect(await viaSocket).toMatchObject({ entity: 'school', entityId: createSchool.id, action: 'created', actorName: 'Peter Jansen' });
    const result = await sub.next();
    expect(result.errors).toBeUndefined();
    expect(result.data?.regionActivity).toMatchObject({ regionId: suite.ids.regionId, entity: 'school', entityId: createSchool.id, action: 'created' });
    sub.close();
  });

  it('delivers a new notification to its person only, over both transports', async () => {
    const docent = await signedIn(suite.api.url, 'docent');
    const verbinderSocket = await connectSocket(suite.api.url, suite.verbinder.cookieHeader());
    const docentSocket = await connectSocket(suite.api.url, docent.cookieHeader());
    suite.sockets.push(verbinderSocket, docentSocket);
    const ws = graphqlWsClient(suite.api.url, docent.cookieHeader());
    suite.wsClients.push(ws);
    const sub = subscribe<{ notificationReceived: { title: string; link: string } }>(ws, 'subscription { notificationReceived { id title link createdAt readAt } }');
    await sleep(500);

    let leaked = false;
    verbinderSocket.on('notification:new', (n: { title: string }) => {
      if (n.title.includes('Landstede')) leaked = true;
    });
    const viaSocket = nextEvent<{ title: string }>(docentSocket, 'notification:new');
    const landstede = await suite.beheerder.request<{ region: { schools: Array<{ id: string; name: string }> } }>('query($r: ID) { region(id: $r) { schools { id name } } }', {
      r: suite.ids.regionId,
    });
    const school = landstede.region.schools.find((s) => s.name === 'Landstede MBO')!;
    await suite.beheerder.request('mutation($p: ID!, $s: ID!) { addMembership(input: { personId: $p, schoolId: $s, role: DOCENT, layer: PROFESSIONEEL }) { id } }', {
      p: suite.ids.personId,
      s: school.id,
    });

    expect((await viaSocket).title).toBe('Je bent toegevoegd aan Landstede MBO');
    expect((await sub.next()).data?.notificationReceived.title).toBe('Je bent toegevoegd aan Landstede MBO');
    await sleep(300);
    expect(leaked).toBe(false);
    sub.close();
  });

  it('lets a platform beheerder watch another region over socket.io, and nobody else', async () => {
    const beheerderSocket = await connectSocket(suite.api.url, suite.beheerder.cookieHeader());
    const docent = await signedIn(suite.api.url, 'docent');
    const docentSocket = await connectSocket(suite.api.url, docent.cookieHeader());
    suite.sockets.push(beheerderSocket, docentSocket);
    const watch = (socket: Socket, regionId: string) => new Promise<{ ok: boolean; code?: string }>((resolve) => socket.emit('region:watch', regionId, resolve));
    expect(await watch(docentSocket, suite.ids.otherRegionId)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await watch(beheerderSocket, 'geen-id')).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await watch(beheerderSocket, suite.ids.otherRegionId)).toEqual({ ok: true });
    const activity = nextEvent<{ regionId: string; entity: string }>(beheerderSocket, 'region:activity', 10_000, (a) => a.regionId === suite.ids.otherRegionId);
    await suite.beheerder.request('mutation($r: ID!) { createLeerlab(input: { regionId: $r, name: "Leerlab op afstand", round: 2024, startYear: 2024 }) { id } }', {
      r: suite.ids.otherRegionId,
    });
    expect(await activity).toMatchObject({ regionId: suite.ids.otherRegionId, entity: 'leerlab', action: 'created' });
  });

  it('refuses a socket.io handshake without a valid session', async () => {
    await expect(connectSocket(suite.api.url, '')).rejects.toThrow('UNAUTHENTICATED');
    await expect(connectSocket(suite.api.url, 'vb_session=verzonnen-token')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a graphql-ws connection without a session, and a region the person is not in', async () => {
    const anonymous = graphqlWsClient(suite.api.url, '');
    suite.wsClients.push(anonymous);
    const refused = subscribe(anonymous, 'subscription { notificationReceived { id } }');
    const closeEvent = (await refused.error) as { code?: number };
    expect(closeEvent.code).toBe(4403);

    const ws = graphqlWsClient(suite.api.url, suite.verbinder.cookieHeader());
    suite.wsClients.push(ws);
    const other = subscribe(ws, 'subscription($r: ID!) { regionActivity(regionId: $r) { entity } }', { r: suite.ids.otherRegionId });
    const result = await other.next();
    expect(result.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe('Je bent geen lid van deze regio.');
  });
});
