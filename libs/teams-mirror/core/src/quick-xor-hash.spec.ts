import { QuickXorHash, quickXorHash } from './quick-xor-hash';

describe('quickXorHash', () => {
  it('matches the published value for "hello world"', () => {
    // Bytes of the QuickXorHash of "hello world" as other implementations publish them.
    const expected = Buffer.from([104, 40, 3, 27, 216, 240, 6, 16, 220, 225, 13, 114, 107, 3, 25, 0, 0, 0, 0, 0]).toString('base64');
    expect(quickXorHash(Buffer.from('hello world'))).toBe(expected);
  });

  it('gives the same hash however the bytes are split, and depends on length and order', () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 31) % 251));
    const whole = quickXorHash(bytes);
    const parts = new QuickXorHash();
    for (const [from, to] of [
      [0, 1],
      [1, 159],
      [159, 333],
      [333, 1000],
    ])
      parts.update(bytes.subarray(from, to));
    expect(parts.digest()).toBe(whole);
    expect(quickXorHash(Buffer.concat([bytes, Buffer.alloc(160)]))).not.toBe(whole);
    expect(quickXorHash(Buffer.from([...bytes].reverse()))).not.toBe(whole);
    expect(quickXorHash(new Uint8Array(0))).toBe('AAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  });
});
