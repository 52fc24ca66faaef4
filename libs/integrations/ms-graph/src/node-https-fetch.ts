import { request as httpRequest } from 'node:http';
import { Agent, request as httpsRequest } from 'node:https';
import { FetchFn, FetchInit } from './ms-graph.options';

export interface NodeHttpsFetch {
  fetch: FetchFn;
  agent: Agent;
  close(): void;
}

/**
 * A minimal fetch over node:https with an extra trusted CA. Node 20's global fetch (undici)
 * cannot take an https.Agent and undici is not a dependency, so the adapter uses this when a
 * test or the dev fake supplies `caCertificate`. Bodies are buffered (ranges are ≤ 60 MiB).
 */
export function createNodeHttpsFetch(caCertificate: string): NodeHttpsFetch {
  const agent = new Agent({ keepAlive: true, ca: caCertificate });
  const fetchFn: FetchFn = (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      const headers = normaliseHeaders(init.headers);
      const body = toBuffer(init.body);
      if (body) headers['content-length'] = String(body.length);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, { method: init.method ?? 'GET', headers, agent: url.protocol === 'https:' ? agent : undefined }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 500;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (Array.isArray(value)) value.forEach((v) => responseHeaders.append(name, v));
            else if (value !== undefined) responseHeaders.set(name, value);
          }
          const noBody = status === 204 || status === 205 || status === 304;
          resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
        });
      });
      req.on('error', reject);
      if (init.signal) {
        if (init.signal.aborted) req.destroy(new Error('aborted'));
        init.signal.addEventListener('abort', () => req.destroy(new Error('aborted')), { once: true });
      }
      req.end(body ?? undefined);
    });
  return { fetch: fetchFn, agent, close: () => agent.destroy() };
}

function normaliseHeaders(headers: FetchInit['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  if (!headers) return result;
  if (headers instanceof Headers) {
    headers.forEach((value, name) => (result[name.toLowerCase()] = value));
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers) result[name.toLowerCase()] = value;
  } else {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) result[name.toLowerCase()] = String(value);
  }
  return result;
}

function toBuffer(body: FetchInit['body']): Buffer | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new Error('createNodeHttpsFetch supports string, Uint8Array and ArrayBuffer bodies');
}
