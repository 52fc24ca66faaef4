/**
 * Is an address or host on the public internet? The one place that decides where outgoing
 * requests to user-supplied URLs (webhooks) may go, so a URL cannot point Verbinder at itself,
 * the private network or a cloud metadata service (SSRF). Pure functions, no DNS: the adapter
 * that connects resolves the name and asks `nonPublicRange` about every address it gets.
 * See docs/security.md "Outgoing webhooks (SSRF)".
 */

/** An address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  bytes: number[];
}

interface Range {
  bytes: number[];
  prefix: number;
  name: string;
}

const v4 = (text: string, prefix: number, name: string): Range => ({ bytes: parseIpv4(text) as number[], prefix, name });
const v6 = (text: string, prefix: number, name: string): Range => ({ bytes: parseIpv6(text) as number[], prefix, name });

/** IPv4 ranges that are not public unicast (IANA special-purpose registry, plus multicast and reserved). */
const IPV4_RANGES: Range[] = [
  v4('0.0.0.0', 8, 'unspecified ("this network")'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'shared address space (CGNAT)'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local (cloud metadata)'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'IETF protocol assignments'),
  v4('192.0.2.0', 24, 'documentation'),
  v4('192.88.99.0', 24, '6to4 relay'),
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'benchmarking'),
  v4('198.51.100.0', 24, 'documentation'),
  v4('203.0.113.0', 24, 'documentation'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved or broadcast'),
];

/** IPv6: only global unicast (2000::/3) may be public, minus these; the IPv4-embedding forms are judged by their IPv4 address. */
const IPV6_RANGES: Range[] = [v6('2001::', 23, 'IETF protocol assignments (Teredo, ORCHID, …)'), v6('2001:db8::', 32, 'documentation'), v6('3fff::', 20, 'documentation')];
const IPV6_GLOBAL = v6('2000::', 3, 'global unicast');
/** Forms that carry an IPv4 address: mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d, 6to4 2002:aabb:ccdd::. */
const IPV4_MAPPED = v6('::ffff:0:0', 96, 'IPv4-mapped');
const NAT64 = v6('64:ff9b::', 96, 'NAT64');
const SIX_TO_FOUR = v6('2002::', 16, '6to4');

/**
 * Parses IPv4 the way `inet_aton` (and so many resolvers and HTTP clients) does: one to four
 * parts, each decimal, octal (leading 0) or hex (0x), the last part filling the remaining bytes,
 * so `127.1`, `0x7f000001`, `2130706433` and `0177.0.0.1` are all 127.0.0.1. A trailing dot is
 * allowed. Null when it is not an IPv4 address.
 */
export function parseIpv4(text: string): number[] | null {
  const parts = text.replace(/\.$/, '').split('.');
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = parseInt(part, 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) value = Number(part);
    else return null;
    if (!Number.isSafeInteger(value)) return null;
    values.push(value);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255) || last >= 256 ** (4 - values.length)) return null;
  const bytes = [...values];
  for (let i = 3 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

/** Parses IPv6 text (with `::`, an IPv4 tail, optional brackets); a zone id (`%eth0`) is refused. Null when it is not IPv6. */
export function parseIpv6(text: string): number[] | null {
  const value = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!value.includes(':') || !/^[0-9a-f:.]+$/i.test(value)) return null;
  const halves = value.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const pieces = half.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const tail = /^\d{1,3}(\.\d{1,3}){3}$/.test(piece) ? parseIpv4(piece) : null;
        if (!tail) return null;
        out.push((tail[0] << 8) | tail[1], (tail[2] << 8) | tail[3]);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<number>(missing).fill(0), ...tail];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

/** An IP address in any of the forms above, or null for a host name. */
export function parseIp(text: string): IpAddress | null {
  const v6bytes = parseIpv6(text);
  if (v6bytes) return { version: 6, bytes: v6bytes };
  const v4bytes = parseIpv4(text);
  return v4bytes ? { version: 4, bytes: v4bytes } : null;
}

const inRange = (bytes: number[], range: Range): boolean => {
  for (let bit = 0; bit < range.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((bytes[bit >> 3] & mask) !== (range.bytes[bit >> 3] & mask)) return false;
  }
  return true;
};

/** Why an address is not public (loopback, private, link-local, …), or null when it is a public unicast address. */
export function nonPublicRange(ip: IpAddress): string | null {
  if (ip.version === 4) return IPV4_RANGES.find((r) => inRange(ip.bytes, r))?.name ?? null;
  for (const [form, offset] of [
    [IPV4_MAPPED, 12],
    [NAT64, 12],
    [SIX_TO_FOUR, 2],
  ] as const) {
    if (inRange(ip.bytes, form)) {
      const inner = nonPublicRange({ version: 4, bytes: ip.bytes.slice(offset, offset + 4) });
      return inner ? `${form.name} ${inner}` : null;
    }
  }
  if (!inRange(ip.bytes, IPV6_GLOBAL)) return 'not global unicast (loopback, unspecified, unique local, link-local, multicast, …)';
  return IPV6_RANGES.find((r) => inRange(ip.bytes, r))?.name ?? null;
}

/** Names that never lead to the public internet (RFC 6761, RFC 8375, common private suffixes). */
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain|arpa|test|invalid|example)$/;

/**
 * What a URL's host is, before any DNS: an IP address (judged here) or a name (`range` set when
 * the name is private by its form: `localhost`, a single label, `.internal`, …; the adapter still
 * resolves every other name and judges each address). Takes the hostname as `new URL()` gives it
 * (which already turns `0x7f000001`, `127.1` and `2130706433` into 127.0.0.1) but also copes with
 * raw text: brackets, a trailing dot, upper case.
 */
export function classifyHost(hostname: string): { kind: 'address'; ip: IpAddress; range: string | null } | { kind: 'name'; name: string; range: string | null } {
  const host = hostname.trim().toLowerCase();
  const ip = parseIp(host);
  if (ip) return { kind: 'address', ip, range: nonPublicRange(ip) };
  const name = host.replace(/\.$/, '');
  if (!name.includes('.')) return { kind: 'name', name, range: 'single-label name (resolved through the local search domains)' };
  if (PRIVATE_NAME.test(name)) return { kind: 'name', name, range: 'private or reserved name' };
  return { kind: 'name', name, range: null };
}
