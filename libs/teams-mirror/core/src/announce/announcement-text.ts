import { AnnouncementMessage } from './announcer.port';
import { AnnouncedDocument } from './announcement.types';

/** At most this many documents are listed by name; the rest are counted ("en 4 andere"). */
export const ANNOUNCEMENT_MAX_LISTED = 20;

/**
 * The Dutch message for the documents added to a group: "3 nieuwe documenten in werkgroep Engels"
 * and a line per document with a link to it in Verbinder. Deleted documents are left out; null
 * when nothing is left.
 */
export function announcementMessage(input: { werkgroepId: string; werkgroepName: string; publicUrl: string; documents: AnnouncedDocument[] }): AnnouncementMessage | null {
  const live = input.documents.filter((d) => !d.deleted);
  if (live.length === 0) return null;
  const base = input.publicUrl.replace(/\/$/, '');
  const groupUrl = `${base}/werkgroep/${encodeURIComponent(input.werkgroepId)}/documenten`;
  const listed = live.slice(0, ANNOUNCEMENT_MAX_LISTED);
  const rest = live.length - listed.length;
  const title = live.length === 1 ? `1 nieuw document in werkgroep ${input.werkgroepName}` : `${live.length} nieuwe documenten in werkgroep ${input.werkgroepName}`;
  return {
    title,
    intro: rest > 0 ? `De eerste ${listed.length} staan hieronder, en nog ${rest} ${rest === 1 ? 'ander' : 'andere'} in Verbinder.` : null,
    items: listed.map((d) => ({ title: d.title, url: `${groupUrl}?document=${encodeURIComponent(d.documentId)}` })),
    moreUrl: groupUrl,
  };
}

/**
 * Checks a webhook address: a full https URL without user name or password, at most `max`
 * characters. Returns the Dutch reason when it is not acceptable, null when it is.
 */
export function webhookUrlProblem(value: string, max: number): string | null {
  if (value.length > max) return `Het webhookadres mag hoogstens ${max} tekens hebben.`;
  if (/\s/.test(value)) return 'Het webhookadres mag geen spaties bevatten.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Het webhookadres moet een volledig adres zijn dat begint met https://';
  }
  if (url.protocol !== 'https:' || !url.hostname) return 'Het webhookadres moet een volledig adres zijn dat begint met https://';
  if (url.username || url.password) return 'Het webhookadres mag geen gebruikersnaam of wachtwoord bevatten.';
  return null;
}
