/**
 * The status page's live updates, served as `/loket/status.js` (plain ES2019, no bundler).
 * The page works without it. With it, a graphql-ws socket (connection parameter
 * `loketStatus: true`, public operations only) subscribes to `loketRequestChanged(token)`; on
 * every change the page fetches its own HTML again and swaps the status and conversation
 * sections, announcing a new message from the loket in a polite live region. The socket
 * reconnects with a growing delay (1 s doubling to 30 s).
 */
export const LOKET_STATUS_SCRIPT = `(function () {
  'use strict';
  var root = document.querySelector('[data-token]');
  if (!root || !window.WebSocket || !window.fetch || !window.DOMParser) return;
  var token = root.getAttribute('data-token');
  var live = document.getElementById('loket-live');
  var delay = 1000;
  var busy = false;
  var again = false;

  function count(doc) {
    return doc.querySelectorAll('#loket-gesprek article[data-author="LOKET"]').length;
  }

  function statusOf(doc) {
    var el = doc.querySelector('#loket-status [data-status]');
    return el ? el.getAttribute('data-status') : '';
  }

  function announce(text) {
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 50);
  }

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'text/html' } })
      .then(function (res) { return res.ok ? res.text() : null; })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var before = count(document);
        var statusBefore = statusOf(document);
        ['loket-status', 'loket-gesprek'].forEach(function (id) {
          var fresh = doc.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) current.innerHTML = fresh.innerHTML;
        });
        if (count(document) > before) announce('Nieuw bericht van het bedrijvenloket');
        else if (statusOf(document) !== statusBefore) announce('De status van je aanvraag is bijgewerkt.');
      })
      .catch(function () { /* the next change or reconnect tries again */ })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function connect() {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss' : 'ws') + '://' + location.host + '/graphql', 'graphql-transport-ws');
    socket.onopen = function () {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { loketStatus: true } }));
    };
    socket.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message.type === 'connection_ack') {
        delay = 1000;
        socket.send(JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: { query: 'subscription ($t: String!) { loketRequestChanged(token: $t) { kind at } }', variables: { t: token } }
        }));
        // Anything missed while the socket was away.
        refresh();
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && message.id === '1') {
        refresh();
      }
    };
    socket.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }

  connect();
})();
`;
