/**
 * Detects a file's type from its content, never from its name. Pure: it looks at the first
 * bytes (`head`) and, for ZIP containers, the central directory near the end (`tail`).
 * Executables and scripts are refused under any name, and so is every binary type that is
 * not on the list; plain text (valid UTF-8 without NUL bytes) is accepted as text.
 */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'ole-office' | 'text';

export type FileTypeResult =
  { ok: true; kind: FileKind; contentType: string; label: string; text: boolean } | { ok: false; reason: 'executable' | 'script' | 'unknown-binary' | 'unknown-zip'; message: string };

const LABELS: Record<FileKind, string> = {
  pdf: 'PDF',
  png: 'PNG-afbeelding',
  jpeg: 'JPEG-afbeelding',
  gif: 'GIF-afbeelding',
  webp: 'WebP-afbeelding',
  docx: 'Word-document',
  xlsx: 'Excel-werkblad',
  pptx: 'PowerPoint-presentatie',
  odt: 'OpenDocument-tekst',
  ods: 'OpenDocument-rekenblad',
  odp: 'OpenDocument-presentatie',
  'ole-office': 'Office-document (oud formaat)',
  text: 'Tekst',
};

const TYPES: Record<Exclude<FileKind, 'text'>, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  'ole-office': 'application/x-ole-storage',
};

const starts = (buf: Uint8Array, bytes: number[], offset = 0) => buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);
const ascii = (buf: Uint8Array, text: string, offset = 0) =>
  starts(
    buf,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );

const ok = (kind: FileKind, contentType?: string): FileTypeResult => ({
  ok: true,
  kind,
  contentType: contentType ?? TYPES[kind as Exclude<FileKind, 'text'>],
  label: LABELS[kind],
  text: kind === 'text',
});
const refuse = (reason: Exclude<FileTypeResult, { ok: true }>['reason'], message: string): FileTypeResult => ({ ok: false, reason, message });

export const REFUSED_EXECUTABLE = 'Dit bestand is een programma en wordt niet opgeslagen, ook niet onder een andere naam.';
export const REFUSED_SCRIPT = 'Dit bestand is een script en wordt niet opgeslagen, ook niet onder een andere naam.';
export const REFUSED_UNKNOWN = 'Dit soort bestand wordt niet ondersteund. Upload een PDF, Office- of OpenDocument-bestand, afbeelding (PNG, JPEG, GIF, WebP) of tekstbestand (TXT, Markdown, CSV).';

/** `head`: the first bytes (64 KB is plenty); `tail`: the last bytes (for a ZIP's central directory); `fileName`: only chooses between text flavours. */
export function detectFileType(head: Uint8Array, tail: Uint8Array = head, fileName = ''): FileTypeResult {
  // Programs and scripts first: refused whatever they are called.
  if (starts(head, [0x4d, 0x5a])) return refuse('executable', REFUSED_EXECUTABLE); // MZ / PE
  if (starts(head, [0x7f, 0x45, 0x4c, 0x46])) return refuse('executable', REFUSED_EXECUTABLE); // ELF
  if (starts(head, [0xca, 0xfe, 0xba, 0xbe])) return refuse('executable', REFUSED_EXECUTABLE); // Java class / Mach-O fat
  for (const magic of [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
  ]) {
    if (starts(head, magic)) return refuse('executable', REFUSED_EXECUTABLE); // Mach-O
  }
  if (starts(head, [0x00, 0x61, 0x73, 0x6d])) return refuse('executable', REFUSED_EXECUTABLE); // WebAssembly
  const bom = starts(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (ascii(head, '#!', bom)) return refuse('script', REFUSED_SCRIPT);

  if (ascii(head, '%PDF-')) return ok('pdf');
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok('png');
  if (starts(head, [0xff, 0xd8, 0xff])) return ok('jpeg');
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return ok('gif');
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return ok('webp');
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ok('ole-office');
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return zipKind(head, tail);

  if (isText(head)) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.md') || lower.endsWith('.markdown')) return ok('text', 'text/markdown; charset=utf-8');
    if (lower.endsWith('.csv')) return ok('text', 'text/csv; charset=utf-8');
    return ok('text', 'text/plain; charset=utf-8');
  }
  return refuse('unknown-binary', REFUSED_UNKNOWN);
}

/** ZIP: an ODF file names its type in the first entry `mimetype`; OOXML has [Content_Types].xml and word/, xl/ or ppt/. */
function zipKind(head: Uint8Array, tail: Uint8Array): FileTypeResult {
  // ODF: the first local file is "mimetype", stored uncompressed, its content the media type.
  if (ascii(head, 'mimetype', 30)) {
    const nameLength = head[26] | (head[27] << 8);
    const extraLength = head[28] | (head[29] << 8);
    const start = 30 + nameLength + extraLength;
    const value = Buffer.from(head.subarray(start, start + 80)).toString('latin1');
    if (value.startsWith('application/vnd.oasis.opendocument.text')) return ok('odt');
    if (value.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return ok('ods');
    if (value.startsWith('application/vnd.oasis.opendocument.presentation')) return ok('odp');
  }
  const names = [...centralDirectoryNames(tail), ...localHeaderNames(head)];
  if (names.some((n) => /\.(exe|dll|js|vbs|bat|cmd|ps1|sh|jar|msi|scr)$/i.test(n)) && !names.includes('[Content_Types].xml')) {
    return refuse('unknown-zip', 'Een ZIP-bestand met programma’s of scripts wordt niet opgeslagen.');
  }
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return ok('docx');
    if (names.some((n) => n.startsWith('xl/'))) return ok('xlsx');
    if (names.some((n) => n.startsWith('ppt/'))) return ok('pptx');
  }
  return refuse('unknown-zip', 'Dit ZIP-bestand is geen Office- of OpenDocument-bestand. Losse ZIP-archieven worden niet opgeslagen.');
}

/** File names in the central directory, when the end-of-central-directory record and the directory lie in `tail`. */
export function centralDirectoryNames(tail: Uint8Array): string[] {
  const buf = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const size = buf.readUInt32LE(i + 12);
    const entries = buf.readUInt16LE(i + 10);
    let p = i - size;
    if (p < 0) return [];
    const names: string[] = [];
    for (let n = 0; n < entries && p + 46 <= i; n++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) break;
      const nameLength = buf.readUInt16LE(p + 28);
      const extra = buf.readUInt16LE(p + 30);
      const comment = buf.readUInt16LE(p + 32);
      names.push(buf.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return [];
}

/** File names of the local file headers found in `head` (a fallback when the directory is not in the tail). */
function localHeaderNames(head: Uint8Array): string[] {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const names: string[] = [];
  let p = 0;
  while (p + 30 <= buf.length && buf.readUInt32LE(p) === 0x04034b50 && names.length < 50) {
    const compressed = buf.readUInt32LE(p + 18);
    const nameLength = buf.readUInt16LE(p + 26);
    const extra = buf.readUInt16LE(p + 28);
    names.push(buf.toString('utf8', p + 30, Math.min(buf.length, p + 30 + nameLength)));
    const flags = buf.readUInt16LE(p + 6);
    if (flags & 0x08) break; // sizes follow the data: cannot skip ahead
    p += 30 + nameLength + extra + compressed;
  }
  return names;
}

/** Valid UTF-8 without NUL bytes (a multi-byte character cut off at the end of `head` is fine). */
export function isText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  if (head.includes(0)) return false;
  let end = head.length;
  // Drop an incomplete trailing sequence (at most 3 bytes) before validating.
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc2 || byte > 0xf4) break; // not a lead byte: nothing to trim
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    if (needed > back) end -= back;
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The image types a web page may show (JPEG, PNG, GIF, WebP), by kind. */
export const WEB_IMAGE_KINDS: readonly FileKind[] = ['jpeg', 'png', 'gif', 'webp'];

/**
 * Width and height from an image's header (PNG IHDR, GIF screen descriptor, WebP VP8/VP8L/VP8X,
 * JPEG start-of-frame within `head`); null when they are not in the bytes given.
 */
export function imageDimensions(head: Uint8Array): { width: number; height: number } | null {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const found = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : null);
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47]) && buf.length >= 24 && ascii(buf, 'IHDR', 12)) return found(buf.readUInt32BE(16), buf.readUInt32BE(20));
  if ((ascii(buf, 'GIF87a') || ascii(buf, 'GIF89a')) && buf.length >= 10) return found(buf.readUInt16LE(6), buf.readUInt16LE(8));
  if (ascii(buf, 'RIFF') && ascii(buf, 'WEBP', 8) && buf.length >= 30) {
    if (ascii(buf, 'VP8 ', 12) && starts(buf, [0x9d, 0x01, 0x2a], 23)) return found(buf.readUInt16LE(26) & 0x3fff, buf.readUInt16LE(28) & 0x3fff);
    if (ascii(buf, 'VP8L', 12) && buf[20] === 0x2f) {
      const bits = buf.readUInt32LE(21);
      return found((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (ascii(buf, 'VP8X', 12)) return found(buf.readUIntLE(24, 3) + 1, buf.readUIntLE(27, 3) + 1);
    return null;
  }
  if (starts(buf, [0xff, 0xd8])) {
    let p = 2;
    while (p + 9 < buf.length) {
      if (buf[p] !== 0xff) return null;
      const marker = buf[p + 1];
      if (marker === 0xff) {
        p += 1; // fill byte
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        p += 2; // markers without a length
        continue;
      }
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return found(buf.readUInt16BE(p + 7), buf.readUInt16BE(p + 5));
      p += 2 + buf.readUInt16BE(p + 2);
    }
  }
  return null;
}
