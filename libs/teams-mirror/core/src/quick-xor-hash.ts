/**
 * Microsoft's QuickXorHash: the only content hash OneDrive for Business and SharePoint (so Teams
 * files folders) return for a file (`file.hashes.quickXorHash`, base64 of 20 bytes). The mirror
 * uses it to recognise its own file after a lost response (see docs/teams-mirror.md).
 *
 * The hash is the XOR of every byte rotated left by 11 bits per position in a 160-bit block
 * (little-endian), with the length (64-bit little-endian) XORed into the last 8 bytes.
 * https://learn.microsoft.com/onedrive/developer/code-snippets/quickxorhash
 */
const WIDTH_BITS = 160;
const WIDTH_BYTES = WIDTH_BITS / 8;
const SHIFT = 11;

export class QuickXorHash {
  /** Bytes at the same position modulo 160 share their rotation: fold them first. */
  private readonly folded = new Uint8Array(WIDTH_BITS);
  private length = 0;

  update(bytes: Uint8Array): this {
    const folded = this.folded;
    let position = this.length % WIDTH_BITS;
    for (let i = 0; i < bytes.length; i++) {
      folded[position] ^= bytes[i];
      position = position === WIDTH_BITS - 1 ? 0 : position + 1;
    }
    this.length += bytes.length;
    return this;
  }

  /** The 20-byte hash, base64 as Graph returns it. */
  digest(): string {
    const out = new Uint8Array(WIDTH_BYTES);
    for (let position = 0; position < WIDTH_BITS; position++) {
      const value = this.folded[position];
      if (value === 0) continue;
      const bit = (position * SHIFT) % WIDTH_BITS;
      const index = bit >> 3;
      const offset = bit & 7;
      out[index] ^= (value << offset) & 0xff;
      if (offset) out[(index + 1) % WIDTH_BYTES] ^= value >> (8 - offset);
    }
    let length = BigInt(this.length);
    for (let i = 0; i < 8; i++) {
      out[WIDTH_BYTES - 8 + i] ^= Number(length & 0xffn);
      length >>= 8n;
    }
    return Buffer.from(out).toString('base64');
  }
}

export function quickXorHash(bytes: Uint8Array): string {
  return new QuickXorHash().update(bytes).digest();
}
