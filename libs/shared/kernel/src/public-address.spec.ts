import { classifyHost, nonPublicRange, parseIp, parseIpv4, parseIpv6 } from './public-address';

/** The verdict for a host as the webhook check sees it: through `new URL()` first, as the adapter does. */
const viaUrl = (host: string) => classifyHost(new URL(`https://${host}/hook`).hostname);
const rangeOf = (text: string) => {
  const ip = parseIp(text);
  if (!ip) throw new Error(`${text} did not parse`);
  return nonPublicRange(ip);
};

describe('parseIpv4', () => {
  it.each([
    ['127.0.0.1', [127, 0, 0, 1]],
    ['127.1', [127, 0, 0, 1]],
    ['127.0.1', [127, 0, 0, 1]],
    ['0x7f000001', [127, 0, 0, 1]],
    ['0x7F.0.0.1', [127, 0, 0, 1]],
    ['2130706433', [127, 0, 0, 1]],
    ['0177.0.0.1', [127, 0, 0, 1]],
    ['017700000001', [127, 0, 0, 1]],
    ['127.0.0.1.', [127, 0, 0, 1]],
    ['169.254.43518', [169, 254, 169, 254]],
    ['0', [0, 0, 0, 0]],
  ])('%s', (text, bytes) => {
    expect(parseIpv4(text)).toEqual(bytes);
  });

  it.each(['256.0.0.1', '1.2.3.4.5', '1.2.3.256', '4294967296', '08.0.0.1', 'example.org', '1..2', '', '1.2.3.4..', '-1.2.3.4'])('refuses %p', (text) => {
    expect(parseIpv4(text)).toBeNull();
  });
});

describe('parseIpv6', () => {
  it('parses compressed, full, bracketed and IPv4-tailed forms', () => {
    expect(parseIpv6('::1')).toEqual([...Array(15).fill(0), 1]);
    expect(parseIpv6('[::1]')).toEqual(parseIpv6('0:0:0:0:0:0:0:1'));
    expect(parseIpv6('::ffff:127.0.0.1')).toEqual(parseIpv6('::ffff:7f00:1'));
    expect(parseIpv6('2001:DB8::8:800:200C:417A')).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0x08, 0x08, 0, 0x20, 0x0c, 0x41, 0x7a]);
  });

  it.each(['1::2::3', '12345::', '::1%eth0', 'fe80::1%25eth0', ':::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '::ffff:127.1', 'g::1'])('refuses %p', (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
});

describe('nonPublicRange', () => {
  it.each([
    // IPv4 special ranges
    '0.0.0.0',
    '0.1.2.3',
    '10.0.0.1',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.254',
    '100.100.100.200',
    '127.0.0.1',
    '127.255.0.1',
    '169.254.169.254',
    '169.254.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.192',
    '192.0.2.5',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    // IPv6
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd00:ec2::254',
    'fdff:ffff::1',
    'fe80::1',
    'febf::1',
    'fec0::1',
    'ff02::1',
    '100::1',
    '2001:db8::1',
    '2001::1',
    '3fff::1',
    // IPv4 inside IPv6
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::10.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::1',
    '2002:a9fe:a9fe::',
    '::127.0.0.1',
    '::a00:1',
    // odd IPv4 spellings
    '127.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '169.254.43518',
    '0x0a.1',
  ])('%s is not public', (text) => {
    expect(rangeOf(text)).not.toBeNull();
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '20.42.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.167.255.255',
    '192.169.0.1',
    '169.253.255.255',
    '223.255.255.255',
    '2606:4700::1111',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
  ])('%s is public', (text) => {
    expect(rangeOf(text)).toBeNull();
  });
});

describe('classifyHost (after new URL(), as the webhook check uses it)', () => {
  it.each([
    '127.0.0.1',
    '127.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '127.0.0.1.',
    '[::1]',
    '[::ffff:127.0.0.1]',
    '[0:0:0:0:0:ffff:7f00:1]',
    '[::]',
    '169.254.169.254',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.0.10',
    '100.64.1.1',
    '[fc00::1]',
    '[fe80::1]',
    '[ff02::1]',
    '0.0.0.0',
    '0',
    'LOCALHOST',
    'localhost.',
    'api.localhost',
    'metadata',
    'metadata.google.internal',
    'intranet',
    'printer.local',
    'router.home.arpa',
    'x.test',
    // userinfo tricks: the host is what follows the last @
    'prod.westeurope.logic.azure.com@127.0.0.1',
    'user:pw@169.254.169.254',
    'x@[::1]',
  ])('refuses %s', (host) => {
    expect(viaUrl(host).range).not.toBeNull();
  });

  it.each(['prod-01.westeurope.logic.azure.com', 'PROD-01.WestEurope.Logic.Azure.com.', '8.8.8.8', '[2606:4700::1111]', 'example.org'])('leaves %s to DNS or accepts it', (host) => {
    expect(viaUrl(host).range).toBeNull();
  });

  it('judges raw text too (brackets, trailing dot, upper case)', () => {
    expect(classifyHost('[::FFFF:127.0.0.1]')).toMatchObject({ kind: 'address', range: expect.stringContaining('loopback') });
    expect(classifyHost('Example.ORG.')).toEqual({ kind: 'name', name: 'example.org', range: null });
    expect(classifyHost('0x7f.1')).toMatchObject({ kind: 'address', range: 'loopback' });
  });
});
