// The bare baseline of the fan-out benchmark: a plain socket.io server (same version as the API)
// whose clients all join one room; POST /emit broadcasts one `region:activity` payload, stamped
// with the moment of the broadcast, to that room. With REDIS_URL it uses the same Redis adapter as
// the API, so two of these show the bare cost of crossing nodes.
// Usage: node bare-socketio-server.cjs <port>   (env REDIS_URL optional)
const { createServer } = require('node:http');
const { Server } = require('socket.io');

const port = Number(process.argv[2]);
const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/emit') {
    io.to('region:bench').emit('region:activity', { regionId: 'bench', entity: 'region', entityId: 'bench', action: 'updated', actorName: 'Bench', at: new Date().toISOString() });
    res.writeHead(204).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
});
const io = new Server(server, { transports: ['websocket'] });
io.on('connection', (socket) => socket.join('region:bench'));

async function main() {
  if (process.env.REDIS_URL) {
    const { createAdapter } = require('@socket.io/redis-adapter');
    const Redis = require('ioredis');
    const pub = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
    const sub = pub.duplicate();
    io.adapter(createAdapter(pub, sub, { key: `bench-bare:${process.env.BENCH_KEY ?? 'x'}` }));
  }
  server.listen(port, '127.0.0.1', () => process.stdout.write(`bare socket.io on ${port}\n`));
}
main();
