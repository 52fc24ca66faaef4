// The HTTP routes (Nest's route table) in the two-region authorization matrix. Most routes are
// public by design (the public site, the loket intake and status page, public registration, the
// calendar feed behind its secret link, health); they answer every identity alike. The others
// serve region A's files and calendar entries to whoever may see them.
import { makePng } from '../../support/images';
import { type Access, SIGNED_IN_A, MANAGERS, WERKGROEP_MEMBERS } from './personas.cases';
import type { Ids } from './types';

/** What the routes need besides the shared ids (made in the matrix's setup). */
export interface RouteIds extends Ids {
  slug: string;
  /** A published story of region A. */
  publishedStorySlug: string;
  /** A story of region A in draft, with an image only the redactie may preview. */
  draftStoryId: string;
  draftImageSha256: string;
  /** A post in the Engels werkgroep (by the demo docent). */
  postId: string;
  /** The secret file name of a region A calendar feed. */
  feedFile: string;
}

export interface RouteRequest {
  path: string;
  body?: () => FormData | URLSearchParams;
}

export interface RouteCase {
  request: (i: RouteIds) => RouteRequest;
  /** Public by design: every identity gets the same answer, never a refusal. */
  public?: boolean;
  access?: Access;
  /** Whoever may not is answered NOT_FOUND, anonymous visitors included (the thing is not even confirmed). */
  hiddenFromOthers?: boolean;
  /** Covered elsewhere in this matrix (the GraphQL endpoint: every operation has its cases). */
  covered?: string;
  /** About the caller's own account: region B's people get what region A's same role gets, and nothing of region A. */
  neutral?: boolean;
}

const NO_TOKEN = 'onbekende-link-0000000000000000000000';
const form =
  (fields: Record<string, string> = {}) =>
  () =>
    new URLSearchParams(fields);
const file =
  (name: string, bytes: () => Buffer, type: string, fields: Record<string, string> = {}) =>
  () => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    data.append('file', new Blob([bytes()], { type }), name);
    return data;
  };
let uploads = 0;
/** A PNG that was never uploaded before (the same image twice in one story is a CONFLICT). */
const freshPng = () => {
  uploads += 1;
  return makePng(4, 4, [uploads % 256, 40, 80]);
};
const pub = (request: (i: RouteIds) => RouteRequest): RouteCase => ({ request, public: true });

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /healthz': pub(() => ({ path: '/healthz' })),
  'GET /readyz': pub(() => ({ path: '/readyz' })),
  // No OIDC provider configured in this run: the same "not available" for everyone.
  'GET /auth/oidc/login': pub(() => ({ path: '/auth/oidc/login' })),
  'GET /auth/oidc/callback': pub(() => ({ path: '/auth/oidc/callback?state=x&code=y' })),
  // The web app's sign-out form: AuthService.signOut of the caller's own session, like the signOut
  // mutation, whose cases (fresh sessions, live sockets closed) cover it; run here it would end the
  // identities' sessions for the rest of the matrix.
  'POST /auth/logout': { request: () => ({ path: '/auth/logout' }), covered: 'mutation signOut' },
  'GET /publiek': pub(() => ({ path: '/publiek' })),
  'GET /publiek/:slug': pub((i) => ({ path: `/publiek/${i.slug}` })),
  'GET /publiek/:slug/actieagenda': pub((i) => ({ path: `/publiek/${i.slug}/actieagenda` })),
  'GET /publiek/:slug/leerroutes': pub((i) => ({ path: `/publiek/${i.slug}/leerroutes` })),
  'GET /toegankelijkheid': pub(() => ({ path: '/toegankelijkheid' })),
  'GET /robots.txt': pub(() => ({ path: '/robots.txt' })),
  'GET /sitemap.xml': pub(() => ({ path: '/sitemap.xml' })),
  'GET /publiek/:slug/verhalen': pub((i) => ({ path: `/publiek/${i.slug}/verhalen` })),
  'GET /publiek/:slug/verhalen.rss': pub((i) => ({ path: `/publiek/${i.slug}/verhalen.rss` })),
  'GET /publiek/:slug/verhalen.atom': pub((i) => ({ path: `/publiek/${i.slug}/verhalen.atom` })),
  'GET /publiek/:slug/zoeken': pub((i) => ({ path: `/publiek/${i.slug}/zoeken?q=school` })),
  'GET /publiek/:slug/verhalen/:story': pub((i) => ({ path: `/publiek/${i.slug}/verhalen/${i.publishedStorySlug}` })),
  'GET /publiek/:slug/nieuwsbrief': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief` })),
  'POST /publiek/:slug/nieuwsbrief': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief`, body: form({ email: 'geen-adres' }) })),
  'GET /publiek/:slug/nieuwsbrief/bevestigen/:token': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief/bevestigen/${NO_TOKEN}` })),
  'POST /publiek/:slug/nieuwsbrief/bevestigen/:token': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief/bevestigen/${NO_TOKEN}`, body: form() })),
  'GET /publiek/:slug/nieuwsbrief/afmelden/:token': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief/afmelden/${NO_TOKEN}` })),
  'POST /publiek/:slug/nieuwsbrief/afmelden/:token': pub((i) => ({ path: `/publiek/${i.slug}/nieuwsbrief/afmelden/${NO_TOKEN}`, body: form() })),
  // The calendar feed is public by its secret link.
  'GET /agenda/feed/:file': pub((i) => ({ path: `/agenda/feed/${i.feedFile}` })),
  // One activity as .ics: for those who may see the (members-only) workshop.
  'GET /agenda/:file': { request: (i) => ({ path: `/agenda/${i.workshopId}.ics` }), access: { allow: SIGNED_IN_A } },
  'GET /publiek/:slug/activiteiten': pub((i) => ({ path: `/publiek/${i.slug}/activiteiten` })),
  'POST /publiek/:slug/activiteiten/:id/aanmelden': pub((i) => ({ path: `/publiek/${i.slug}/activiteiten/${i.publicActivityId}/aanmelden`, body: form({ name: '', email: 'geen-adres' }) })),
  'GET /aanmelden/bevestig/:token': pub(() => ({ path: `/aanmelden/bevestig/${NO_TOKEN}` })),
  'POST /aanmelden/bevestig/:token': pub(() => ({ path: `/aanmelden/bevestig/${NO_TOKEN}`, body: form() })),
  'GET /aanmelden/claim/:token': pub(() => ({ path: `/aanmelden/claim/${NO_TOKEN}` })),
  'POST /aanmelden/claim/:token': pub(() => ({ path: `/aanmelden/claim/${NO_TOKEN}`, body: form() })),
  // The loket's company pages: public, or behind the company's own magic link (a cookie of its own).
  // Inzage: one's own data for every signed-in person; another person's only for a platform beheerder
  // (Henk Dijkstra of Assen is none of the matrix's identities).
  'GET /privacy/mijn-gegevens': { request: () => ({ path: '/privacy/mijn-gegevens' }), access: { allow: SIGNED_IN_A }, neutral: true },
  'GET /privacy/mijn-gegevens.json': { request: () => ({ path: '/privacy/mijn-gegevens.json' }), access: { allow: SIGNED_IN_A }, neutral: true },
  // The status of one's own export prepared in the background (null when there is none).
  'GET /privacy/mijn-gegevens/status': { request: () => ({ path: '/privacy/mijn-gegevens/status' }), access: { allow: SIGNED_IN_A }, neutral: true },
  'GET /privacy/personen/:personId': { request: (i) => ({ path: `/privacy/personen/${i.outsiderPersonId}.json` }), access: { allow: ['platform'] } },
  'GET /loket/status.js': pub(() => ({ path: '/loket/status.js' })),
  'GET /loket/status/:token': pub(() => ({ path: `/loket/status/${NO_TOKEN}` })),
  'POST /loket/status/:token': pub(() => ({ path: `/loket/status/${NO_TOKEN}`, body: form({ body: 'Hallo' }) })),
  'GET /loket/inloggen': pub(() => ({ path: '/loket/inloggen' })),
  'POST /loket/inloggen': pub(() => ({ path: '/loket/inloggen', body: form({ email: 'geen-adres' }) })),
  'GET /loket/inloggen/:token': pub(() => ({ path: `/loket/inloggen/${NO_TOKEN}` })),
  'POST /loket/inloggen/:token': pub(() => ({ path: `/loket/inloggen/${NO_TOKEN}`, body: form() })),
  'POST /loket/uitloggen': pub(() => ({ path: '/loket/uitloggen', body: form() })),
  'GET /loket/mijn-aanvragen': pub(() => ({ path: '/loket/mijn-aanvragen' })),
  'GET /loket/mijn-aanvragen/:reference': pub(() => ({ path: '/loket/mijn-aanvragen/LK-0000-0000' })),
  'POST /loket/mijn-aanvragen/:reference': pub(() => ({ path: '/loket/mijn-aanvragen/LK-0000-0000', body: form({ body: 'Hallo' }) })),
  'GET /publiek/:slug/loket': pub((i) => ({ path: `/publiek/${i.slug}/loket` })),
  'POST /publiek/:slug/loket': pub((i) => ({ path: `/publiek/${i.slug}/loket`, body: form({ companyName: '' }) })),
  'GET /publiek/:slug/loket/privacy': pub((i) => ({ path: `/publiek/${i.slug}/loket/privacy` })),
  // Werkgroep files: members of the group only.
  'POST /bestanden/werkgroepen/:werkgroepId': {
    request: (i) => ({ path: `/bestanden/werkgroepen/${i.engelsWerkgroepId}`, body: file('matrix.txt', () => Buffer.from('Matrix'), 'text/plain', { title: 'Matrix' }) }),
    access: WERKGROEP_MEMBERS,
  },
  'POST /bestanden/documenten/:documentId/versies': {
    request: (i) => ({ path: `/bestanden/documenten/${i.engelsDocumentId}/versies`, body: file('matrix.txt', () => Buffer.from('Matrix versie'), 'text/plain') }),
    access: WERKGROEP_MEMBERS,
  },
  // A download outside one's groups is answered NOT_FOUND to the region's people too.
  'GET /bestanden/documenten/:documentId/versies/:version': {
    request: (i) => ({ path: `/bestanden/documenten/${i.engelsDocumentId}/versies/1` }),
    access: { allow: WERKGROEP_MEMBERS.allow, hidden: SIGNED_IN_A.filter((identity) => !WERKGROEP_MEMBERS.allow.includes(identity)) },
  },
  // Story images: the redactie of the story's region adds and previews them until publication.
  'POST /bestanden/verhalen/:storyId/afbeeldingen': {
    request: (i) => ({ path: `/bestanden/verhalen/${i.draftStoryId}/afbeeldingen`, body: file('matrix.png', freshPng, 'image/png', { alt: 'Matrix' }) }),
    access: { allow: ['A:redacteur', ...MANAGERS] },
  },
  // An image of a story not (yet) published: as if it did not exist, for everyone but the redactie.
  'GET /verhalen/afbeeldingen/:sha256': { request: (i) => ({ path: `/verhalen/afbeeldingen/${i.draftImageSha256}` }), access: { allow: ['A:redacteur', ...MANAGERS] }, hiddenFromOthers: true },
  'POST /graphql': { request: () => ({ path: '/graphql' }), covered: 'every Query and Mutation has its case in this matrix' },
};
