// WebSocket origins (docs/security.md "WebSocket origins"): a page of another site must not be
// able to open a socket.io or graphql-ws connection that rides on the visitor's session cookie.
// Real clients send the Origin a browser would: our own (PUBLIC_URL) and an ALLOWED_ORIGINS entry
// are accepted, a foreign origin and `null` are refused on every transport; node clients without
// an Origin (tests, server-to-server) carry no victim's cookie and keep working.
import type { Client as WsClient } from 'graphql-ws';
import type { Socket } from 'socket.io-client';
import { ApiHandle, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, graphqlWsClient, subscribe } from '../support/realtime-clients';

const SECOND_ORIGIN = 'https://tweede.verbinder.example.org';
const FOREIGN_ORIGINS = ['https://kwaadaardig.example.com', 'null', 'https://tweede.verbinder.example.org.kwaadaardig.example.com', 'http://tweede.verbinder.example.org'];

describe('WebSocket origins', () => {
  let api: ApiHandle;
  let docent: GraphqlHttpClient;
  const sockets: Socket[] = [];
  const wsClients: WsClient[] = [];

  beforeAll(async () => {
    api = await startApi({ env: { ALLOWED_ORIGINS: SECOND_ORIGIN }, readyTimeoutMs: 180_000 });
    docent = await signedIn(api.url, 'docent');
  }, 200_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all(wsClients.map((c) => c.dispose()));
    await api?.stop();
  });

  const socketFrom = async (origin: string | null, transport: 'websocket' | 'polling' = 'websocket') => {
    const socket = await connectSocket(api.url, docent.cookieHeader(), origin === null ? {} : { origin }, [transport]);
    sockets.push(socket);
    return socket;
  };

  /** A viewer query over graphql-ws from a page of `origin` (null: no Origin header): its result, or the close code. */
  const viewerOverWs = async (origin: string | null, connectionParams?: Record<string, unknown>) => {
    const client = graphqlWsClient(api.url, docent.cookieHeader(), connectionParams, origin === null ? {} : { origin });
    wsClients.push(client);
    const sub = subscribe<{ viewer: { person: { email: string } | null } }>(client, '{ viewer { person { email } } }');
    return Promise.race([sub.next().then((result) => ({ result })), sub.error.then((error) => ({ closeCode: (error as { code?: number }).code ?? error }))]);
  };

  it('accepts socket.io from our own origin, an ALLOWED_ORIGINS entry and a client without Origin', async () => {
    for (const origin of [api.url, SECOND_ORIGIN, null]) {
      const socket = await socketFrom(origin);
      expect(socket.connected).toBe(true);
    }
    expect((await socketFrom(api.url, 'polling')).connected).toBe(true);
  });

  it('refuses socket.io from a foreign origin or Origin null, over WebSocket and long polling', async () => {
    for (const origin of FOREIGN_ORIGINS) {
      await expect(socketFrom(origin)).rejects.toThrow();
      await expect(socketFrom(origin, 'polling')).rejects.toThrow();
    }
    // The handshake request itself is refused, before any session is looked at.
    const handshake = await fetch(`${api.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: FOREIGN_ORIGINS[0], cookie: docent.cookieHeader() } });
    expect(handshake.status).toBe(403);
    expect(await handshake.text()).not.toContain('"sid"');
  });

  it('accepts graphql-ws from our own origin, an ALLOWED_ORIGINS entry and a client without Origin', async () => {
    for (const origin of [api.url, SECOND_ORIGIN, null]) {
      expect(await viewerOverWs(origin)).toEqual({ result: { data: { viewer: { person: { email: 'youssef.elamrani@example.org' } } } } });
    }
  });

  it('closes graphql-ws from a foreign origin or Origin null with 4403, also for the loket status page mode', async () => {
    for (const origin of FOREIGN_ORIGINS) {
      expect(await viewerOverWs(origin)).toEqual({ closeCode: 4403 });
      expect(await viewerOverWs(origin, { loketStatus: true })).toEqual({ closeCode: 4403 });
    }
  });
});
