// The bare baseline of the story-page benchmark: a plain Node HTTP server that answers every GET
// with the same bytes and headers the API sent for the story page (no framework, no cache logic).
// Usage (by story-page.cjs): node bare-http-server.cjs <port> <file with {headers, body(base64)}>
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');

const [port, file] = process.argv.slice(2);
const { headers, body } = JSON.parse(readFileSync(file, 'utf8'));
const bytes = Buffer.from(body, 'base64');

createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write(`bare server on ${port}\n`));
