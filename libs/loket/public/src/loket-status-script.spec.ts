import { LOKET_STATUS_SCRIPT } from './loket-status-script';

/** The served script runs in a page of its own: a fake browser with a status page and a socket. */
describe('LOKET_STATUS_SCRIPT', () => {
  const run = () => new Function(LOKET_STATUS_SCRIPT)();

  it('does nothing on a page without a token or in a browser without WebSocket', () => {
    const querySelector = jest.fn(() => null);
    Object.assign(globalThis, { document: { querySelector }, location: { href: 'http://x/loket/status/t', protocol: 'http:', host: 'x' } });
    expect(() => run()).not.toThrow();
    expect(querySelector).toHaveBeenCalledWith('[data-token]');
  });

  it('subscribes to the request of the page token once the socket is acknowledged, and answers pings', () => {
    const sent: string[] = [];
    const sockets: Array<{ url: string; protocol: string; onopen?: () => void; onmessage?: (e: { data: string }) => void }> = [];
    class FakeSocket {
      onopen?: () => void;
      onmessage?: (e: { data: string }) => void;
      constructor(
        public url: string,
        public protocol: string,
      ) {
        sockets.push(this);
      }
      send(data: string) {
        sent.push(data);
      }
    }
    const fetch = jest.fn(() => new Promise(() => undefined));
    Object.assign(globalThis, {
      document: { querySelector: () => ({ getAttribute: () => 'token-1' }), getElementById: () => null, querySelectorAll: () => ({ length: 0 }) },
      location: { href: 'https://verbinder.nl/loket/status/token-1', protocol: 'https:', host: 'verbinder.nl' },
      WebSocket: FakeSocket,
      DOMParser: class {},
      fetch,
    });
    run();
    expect(sockets).toHaveLength(1);
    expect(sockets[0].url).toBe('wss://verbinder.nl/graphql');
    expect(sockets[0].protocol).toBe('graphql-transport-ws');
    sockets[0].onopen?.();
    expect(JSON.parse(sent[0])).toEqual({ type: 'connection_init', payload: { loketStatus: true } });
    sockets[0].onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) });
    expect(JSON.parse(sent[1])).toMatchObject({ id: '1', type: 'subscribe', payload: { variables: { t: 'token-1' } } });
    expect(fetch).toHaveBeenCalledWith('https://verbinder.nl/loket/status/token-1', expect.objectContaining({ cache: 'no-store' }));
    sockets[0].onmessage?.({ data: JSON.stringify({ type: 'ping' }) });
    expect(JSON.parse(sent[2])).toEqual({ type: 'pong' });
    sockets[0].onmessage?.({ data: 'not json' });
    expect(sent).toHaveLength(3);
  });

  afterEach(() => {
    for (const name of ['document', 'location', 'WebSocket', 'DOMParser', 'fetch']) delete (globalThis as Record<string, unknown>)[name];
  });
});
