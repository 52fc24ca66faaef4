// Raw HTTP/1.1 over a TCP socket, for requests no HTTP client will send: duplicate or overlong
// headers, bodies shorter than their Content-Length, bytes that are not UTF-8, connections
// dropped half-way. Used by the hostile-request suite.
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  /** In order; duplicates allowed. Host, Connection: close and Content-Length are added unless present. */
  headers?: Array<[string, string]>;
  body?: Buffer;
  /**
   * Send only this many bytes of the body and then drop the connection (an aborted upload).
   * The answer's status is then null unless the server answered before the drop.
   */
  abortAfterBodyBytes?: number;
  /** Send only this many bytes of the body and then half-close (the client says it is done, the body is short of Content-Length). */
  endAfterBodyBytes?: number;
}

export interface RawAnswer {
  /** null when the server answered nothing before the connection closed. */
  status: number | null;
  head: string;
  body: Buffer;
}

/** How long to wait for a server that neither answers nor closes (it may wait for the rest of a short body); not an assertion. */
const IDLE_MS = 15_000;

export function rawHttp(port: number, request: RawRequest): Promise<RawAnswer> {
  const body = request.body ?? Buffer.alloc(0);
  const headers = [...(request.headers ?? [])];
  const has = (name: string) => headers.some(([h]) => h.toLowerCase() === name);
  if (!has('host')) headers.unshift(['Host', `127.0.0.1:${port}`]);
  if (!has('connection')) headers.push(['Connection', 'close']);
  if (!has('content-length') && !has('transfer-encoding') && (body.length > 0 || request.method !== 'GET')) headers.push(['Content-Length', String(body.length)]);
  const head = Buffer.from(`${request.method} ${request.path} HTTP/1.1\r\n${headers.map(([h, v]) => `${h}: ${v}`).join('\r\n')}\r\n\r\n`, 'latin1');

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      socket.destroy();
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const headText = (split >= 0 ? all.subarray(0, split) : all).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(headText);
      resolve({ status: match ? Number(match[1]) : null, head: headText, body: split >= 0 ? all.subarray(split + 4) : Buffer.alloc(0) });
    };
    const idle = setTimeout(finish, IDLE_MS);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      if (request.abortAfterBodyBytes !== undefined) {
        socket.write(Buffer.concat([head, body.subarray(0, request.abortAfterBodyBytes)]), () => {
          // Give the server the bytes, then drop the connection without a FIN-wait for an answer.
          setImmediate(() => {
            socket.resetAndDestroy();
            finish();
          });
        });
        return;
      }
      if (request.endAfterBodyBytes !== undefined) {
        socket.end(Buffer.concat([head, body.subarray(0, request.endAfterBodyBytes)]));
        return;
      }
      socket.write(Buffer.concat([head, body]));
    });
  });
}

/** A multipart/form-data body from raw parts (each part's header block as given, so it can be malformed). */
export function multipartBody(boundary: string, parts: Array<{ headers: Buffer | string; data: Buffer | string }>, close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`, 'latin1'), Buffer.isBuffer(part.headers) ? part.headers : Buffer.from(part.headers, 'utf8'), Buffer.from('\r\n\r\n'));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8'), Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'));
  return Buffer.concat(chunks);
}
