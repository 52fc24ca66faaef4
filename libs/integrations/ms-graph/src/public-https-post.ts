import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, request } from 'node:https';
import { classifyHost } from '@verbinder/shared/kernel';

/**
 * POSTs to a user-supplied https URL (a webhook) without letting that URL reach anything but
 * the public internet (docs/security.md "Outgoing webhooks (SSRF)"):
 *  - https only; the host is judged by `classifyHost` (IP literals in every spelling, localhost
 *    and other private names);
 *  - a name is resolved once, here, and EVERY address it resolves to must be public;
 *  - the connection goes only to those checked addresses (the socket's `lookup` is pinned to
 *    them), so a second DNS answer (rebinding) cannot move it to a private one; TLS still checks
 *    the name;
 *  - redirects are not followed; the response body is read up to a small limit and dropped.
 * `allowPrivateAddresses` lifts the address rules for tests against a local fake (config refuses
 * it in production).
 */

export interface PublicTargetOptions {
  allowPrivateAddresses: boolean;
  /** DNS resolution with `{ all: true }` (node's dns.lookup; tests pass their own to play a rebinding resolver). */
  lookup?: (hostname: string, callback: (error: Error | null, addresses: LookupAddress[]) => void) => void;
  /** How long the name may take to resolve (default 5 s). */
  resolveTimeoutMs?: number;
}

/** The URL may not be used: not https, or its host is not (only) public. `reason` is for the log, not for users. */
export class TargetRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`webhook target refused: ${reason}`);
    this.name = 'TargetRefusedError';
  }
}

/** Resolves `url`'s host and returns the checked addresses to connect to, or throws TargetRefusedError. */
export async function resolvePublicTarget(url: URL, options: PublicTargetOptions): Promise<LookupAddress[]> {
  if (url.protocol !== 'https:') throw new TargetRefusedError('not https');
  if (url.username || url.password) throw new TargetRefusedError('user name or password in the URL');
  const host = classifyHost(url.hostname);
  if (host.range && !options.allowPrivateAddresses) throw new TargetRefusedError(`host is ${host.range}`);
  if (host.kind === 'address') return [{ address: url.hostname.replace(/^\[|\]$/g, ''), family: host.ip.version }];
  const addresses = await resolveAll(host.name, options);
  if (addresses.length === 0) throw new TargetRefusedError('name resolves to no address');
  if (!options.allowPrivateAddresses) {
    for (const entry of addresses) {
      const verdict = classifyHost(entry.address);
      if (verdict.kind !== 'address' || verdict.range) throw new TargetRefusedError(`name resolves to ${entry.address} (${verdict.range ?? 'not an address'})`);
    }
  }
  return addresses;
}

function resolveAll(hostname: string, options: PublicTargetOptions): Promise<LookupAddress[]> {
  const lookup = options.lookup ?? ((name, callback) => dnsLookup(name, { all: true, verbatim: true }, callback));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TargetRefusedError('name did not resolve in time')), options.resolveTimeoutMs ?? 5_000);
    lookup(hostname, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(new TargetRefusedError(`name does not resolve (${(error as NodeJS.ErrnoException).code ?? error.message})`));
      else resolve(addresses);
    });
  });
}

/**
 * A `lookup` for net.connect that always answers `pinned`, whatever name it is asked for: all of
 * them when asked for all (Node's happy-eyeballs connect tries each), else the first.
 */
export function pinnedLookup(pinned: LookupAddress[]): LookupFunction {
  return ((_hostname: string, opts: { all?: boolean } | undefined, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, pinned);
    else callback(null, pinned[0].address, pinned[0].family);
  }) as LookupFunction;
}

/** How much of a webhook's answer is read (and then dropped). */
const MAX_RESPONSE_BYTES = 64 * 1024;

export interface PostResult {
  status: number;
  retryAfter: string | null;
}

/**
 * POSTs `body` to `url` (already checked with resolvePublicTarget, connecting only to `target`).
 * Resolves with the status for any answer (3xx included: redirects are not followed); rejects
 * on network faults and the timeout.
 */
export function postToPinnedTarget(url: URL, target: LookupAddress[], body: Buffer, init: { headers: Record<string, string>; agent: Agent; signal: AbortSignal }): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: init.agent,
        lookup: pinnedLookup(target),
        headers: { ...init.headers, 'content-length': String(body.length) },
      },
      (res) => {
        let read = 0;
        const done = () => resolve({ status: res.statusCode ?? 0, retryAfter: headerValue(res.headers['retry-after']) });
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (init.signal.aborted) req.destroy(new Error('aborted'));
    init.signal.addEventListener('abort', () => req.destroy(new Error('timed out')), { once: true });
    req.end(body);
  });
}

const headerValue = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));
