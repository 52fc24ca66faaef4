/** Characters SharePoint does not allow in file and folder names. */
// eslint-disable-next-line no-control-regex -- control characters are invalid in SharePoint names
const INVALID = /["*:<>?/\\|#%\u0000-\u001f]/g;

/** A name SharePoint accepts: invalid characters replaced, no leading/trailing dots or spaces. */
export function sharePointSafeName(raw: string, fallback = 'document'): string {
  const cleaned = raw
    .replace(INVALID, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return (cleaned || fallback).slice(0, 200);
}

/**
 * The file name in Teams: the document's title with the extension of its current file
 * ("Verslag juni" + "verslag.docx" → "Verslag juni.docx"), so renaming the document renames the file.
 */
export function mirrorFileName(title: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  const safeExt = /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
  const base = sharePointSafeName(title, sharePointSafeName(fileName));
  return base.toLowerCase().endsWith(safeExt) ? base : `${base}${safeExt}`;
}

/** The fallback name when another file already has the name: the document id's first 8 characters added. */
export function disambiguatedName(name: string, documentId: string): string {
  const dot = name.lastIndexOf('.');
  const tag = ` (${documentId.slice(0, 8)})`;
  return dot > 0 ? `${name.slice(0, dot)}${tag}${name.slice(dot)}` : `${name}${tag}`;
}

/** Checks a subfolder path ("Verbinder/Techniek"); returns the clean path or an error message. */
export function checkSubfolder(raw: string): { path: string } | { error: string } {
  const parts = raw
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { error: 'Vul een map in, of laat het veld leeg.' };
  if (parts.length > 5) return { error: 'De submap mag hoogstens 5 niveaus diep zijn.' };
  for (const part of parts) {
    if (part === '.' || part === '..' || /["*:<>?\\|#%]/.test(part)) {
      return { error: 'Een mapnaam in Teams mag geen " * : < > ? \\ | # % bevatten en niet . of .. zijn.' };
    }
    if (part.length > 100) return { error: 'Een mapnaam mag hoogstens 100 tekens hebben.' };
  }
  return { path: parts.join('/') };
}
