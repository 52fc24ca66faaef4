/**
 * The status page's live updates, served as `/loket/status.js`. The page works without it. With
 * it, a graphql-ws socket (connection parameter `loketStatus: true`, public operations only)
 * subscribes to `loketRequestChanged(token)`; on every change the page fetches its own HTML again
 * and swaps the status and conversation sections, announcing a new message from the loket in a
 * polite live region. The socket reconnects with a growing delay (1 s doubling to 30 s).
 *
 * Type-checked and linted with the server, compiled by the API build; the browser gets the
 * compiled function's source (`LOKET_STATUS_SCRIPT`). It must therefore stay self-contained: no
 * imports, no references to anything outside its own body but browser globals, no syntax that
 * the compiler would turn into helper functions (async/await, spread of iterables). The browser
 * globals it uses are typed below (the server's compilation has no DOM library).
 */
export function loketStatusPage(): void {
  const w = globalThis as unknown as StatusWindow;
  const document = w.document;
  const location = w.location;
  const root = document.querySelector('[data-token]');
  if (!root || !w.WebSocket || !w.fetch || !w.DOMParser) return;
  const Socket = w.WebSocket;
  const Parser = w.DOMParser;
  const fetch = w.fetch.bind(w);
  const token = root.getAttribute('data-token');
  const live = document.getElementById('loket-live');
  let delay = 1000;
  let busy = false;
  let again = false;

  function count(doc: StatusDocument): number {
    return doc.querySelectorAll('#loket-gesprek article[data-author="LOKET"]').length;
  }

  function statusOf(doc: StatusDocument): string {
    const el = doc.querySelector('#loket-status [data-status]');
    return el ? (el.getAttribute('data-status') ?? '') : '';
  }

  function announce(text: string): void {
    if (!live) return;
    live.textContent = '';
    setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  function refresh(): void {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    fetch(location.href, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'text/html' } })
      .then((res) => (res.ok ? res.text() : null))
      .then((html) => {
        if (!html) return;
        const doc = new Parser().parseFromString(html, 'text/html');
        const before = count(document);
        const statusBefore = statusOf(document);
        ['loket-status', 'loket-gesprek'].forEach((id) => {
          const fresh = doc.getElementById(id);
          const current = document.getElementById(id);
          if (fresh && current) current.innerHTML = fresh.innerHTML;
        });
        if (count(document) > before) announce('Nieuw bericht van het bedrijvenloket');
        else if (statusOf(document) !== statusBefore) announce('De status van je aanvraag is bijgewerkt.');
      })
      .catch(() => {
        /* the next change or reconnect tries again */
      })
      .then(() => {
        busy = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function connect(): void {
    const socket = new Socket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, 'graphql-transport-ws');
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { loketStatus: true } }));
    };
    socket.onmessage = (event) => {
      let message: { type?: string; id?: string };
      try {
        message = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (message.type === 'connection_ack') {
        delay = 1000;
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: 'subscription ($t: String!) { loketRequestChanged(token: $t) { kind at } }', variables: { t: token } },
          }),
        );
        // Anything missed while the socket was away.
        refresh();
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && message.id === '1') {
        refresh();
      }
    };
    socket.onclose = () => {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  connect();
}

interface StatusElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  innerHTML: string;
}

interface StatusDocument {
  querySelector(selector: string): StatusElement | null;
  querySelectorAll(selector: string): { length: number };
  getElementById(id: string): StatusElement | null;
}

interface StatusSocket {
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  send(data: string): void;
}

/** The browser globals the script uses (absent ones make it do nothing: the page works without). */
interface StatusWindow {
  document: StatusDocument;
  location: { href: string; protocol: string; host: string };
  WebSocket?: new (url: string, protocol: string) => StatusSocket;
  DOMParser?: new () => { parseFromString(html: string, type: 'text/html'): StatusDocument };
  fetch?: (url: string, init: { credentials: 'same-origin'; cache: 'no-store'; headers: Record<string, string> }) => Promise<{ ok: boolean; text(): Promise<string> }>;
}

/** The script as served: the compiled function, called at once in strict mode. */
export const LOKET_STATUS_SCRIPT = `(function () {\n  'use strict';\n  (${loketStatusPage.toString()})();\n})();\n`;
