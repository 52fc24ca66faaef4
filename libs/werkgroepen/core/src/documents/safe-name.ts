/**
 * File names come from the uploader's computer and are shown to others and used in
 * Content-Disposition: refuse what is clearly an attack (path traversal, absolute paths,
 * control characters, reserved device names) and normalise the rest to a safe display name.
 */
export const MAX_FILE_NAME = 200;

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export type SafeNameResult = { ok: true; name: string } | { ok: false; message: string };

export function safeFileName(raw: string | null | undefined): SafeNameResult {
  const name = (raw ?? '').normalize('NFC');
  if (name.trim() === '') return { ok: false, message: 'Het bestand heeft geen naam.' };
  if (CONTROL.test(name)) return { ok: false, message: 'De bestandsnaam bevat ongeldige tekens.' };
  if (/^[/\\]/.test(name) || /^[a-z]:/i.test(name)) return { ok: false, message: 'De bestandsnaam mag geen volledig pad zijn.' };
  if (name.split(/[/\\]/).some((part) => part === '..')) return { ok: false, message: 'De bestandsnaam mag niet naar een andere map verwijzen.' };
  // A browser may send a relative path (folder upload): keep the last part only.
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '') return { ok: false, message: 'De bestandsnaam is ongeldig.' };
  if (RESERVED.test(cleaned)) return { ok: false, message: 'Deze bestandsnaam is niet toegestaan.' };
  return { ok: true, name: shorten(cleaned) };
}

/** At most MAX_FILE_NAME characters, keeping the extension. */
function shorten(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return [...name.slice(0, name.length - ext.length)].slice(0, MAX_FILE_NAME - [...ext].length).join('') + ext;
}
