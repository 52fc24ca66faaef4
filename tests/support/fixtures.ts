// Shared lookups for e2e suites: ids of demo data, fetched through the API itself.
import { GraphqlHttpClient } from './graphql-client';

/** E-mail addresses of demo people the suites sign in as or look for (apps/api/src/demo/demo-data.ts). */
export const DEMO_EMAIL = {
  /** Sanne de Vries, the demo verbinder. */
  sanne: 'sanne.devries@example.org',
  /** Peter Jansen, the platform beheerder. */
  peter: 'peter.jansen@example.org',
  /** Youssef El Amrani, the demo docent. */
  youssef: 'youssef.elamrani@example.org',
  /** Marjolein Smit, the demo bestuurder. */
  marjolein: 'marjolein.smit@example.org',
  bram: 'bram.kuipers@example.org',
} as const;

export interface DemoIds {
  regionId: string;
  otherRegionId: string;
  schoolId: string;
  otherSchoolId: string;
  leerlabId: string;
  leerrouteId: string;
  personId: string;
  membershipId: string;
  agendaId: string;
  actielijnId: string;
  /** An open actie owned by the demo verbinder (Sanne). */
  actieId: string;
  closedActieId: string;
  openReviewId: string;
  /** A person who is not a member of Noord-West Veluwe (Assen). */
  outsiderPersonId: string;
}

export async function demoIds(beheerder: GraphqlHttpClient): Promise<DemoIds> {
  const data = await beheerder.request<{
    nwv: { id: string; schools: Array<{ id: string }>; leerlabs: Array<{ id: string }>; leerroutes: Array<{ id: string }>; memberships: Array<{ id: string; person: { id: string; email: string } }> };
    assen: { id: string; schools: Array<{ id: string }> };
  }>(`{
    nwv: region(slug: "noord-west-veluwe") { id schools { id } leerlabs { id } leerroutes { id } memberships { id person { id email } } }
    assen: region(slug: "assen") { id schools { id } }
  }`);
  const docent = data.nwv.memberships.find((m) => m.person.email === 'youssef.elamrani@example.org');
  if (!docent) throw new Error('demo docent not found');
  const { actieagenda } = await beheerder.request<{
    actieagenda: {
      id: string;
      lines: Array<{ id: string; number: number; acties: Array<{ id: string; title: string; closure: string | null; reviews: Array<{ id: string; outcome: string | null }> }> }>;
    };
  }>('query($r: ID!) { actieagenda(regionId: $r) { id lines { id number acties { id title closure reviews { id outcome } } } } }', { r: data.nwv.id });
  const acties = actieagenda.lines.flatMap((l) => l.acties);
  const find = (title: string) => {
    const found = acties.find((a) => a.title === title);
    if (!found) throw new Error(`demo actie "${title}" not found`);
    return found;
  };
  return {
    regionId: data.nwv.id,
    otherRegionId: data.assen.id,
    schoolId: data.nwv.schools[0].id,
    otherSchoolId: data.assen.schools[0].id,
    leerlabId: data.nwv.leerlabs[0].id,
    leerrouteId: data.nwv.leerroutes[0].id,
    personId: docent.person.id,
    membershipId: docent.id,
    agendaId: actieagenda.id,
    actielijnId: actieagenda.lines[0].id,
    actieId: find('Wekelijks verbindersoverleg op wisselende school').id,
    closedActieId: find('Vijf verbinders met één tot twee dagen per week').id,
    outsiderPersonId: (await beheerder.request<{ people: Array<{ id: string }> }>('{ people(search: "henk.dijkstra@example.org") { id } }')).people[0].id,
    openReviewId: openReview(find('Een keuzevak volgen bij een andere vo-school').reviews),
  };
}

export async function signedIn(url: string, persona: string): Promise<GraphqlHttpClient> {
  const client = new GraphqlHttpClient(url);
  await client.signInAsDemo(persona);
  return client;
}

/** The signed-in person's id. */
export async function viewerPersonId(client: GraphqlHttpClient): Promise<string> {
  return (await client.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }')).viewer.person.id;
}

export const validRoute = (regionId: string, patch: Record<string, unknown> = {}) => ({
  regionId,
  name: 'Testroute',
  routeType: 'REGULIER',
  phase: 'VERKENNING',
  vmboLeerweg: 'KADER',
  vmboProfiel: 'Economie en ondernemen',
  mboOpleiding: 'Commercieel medewerker',
  mboNiveau: 3,
  mboLeerweg: 'BOL',
  shorteningMonths: 0,
  vmboExamScope: 'VOLLEDIG',
  fundingTransferAgreed: false,
  ...patch,
});

function openReview(reviews: Array<{ id: string; outcome: string | null }>): string {
  const open = reviews.find((r) => r.outcome === null);
  if (!open) throw new Error('demo actie has no open review');
  return open.id;
}

/**
 * A new person (`<key>@<domain>`, with a password) with a BEHEERDER membership of `regionId` — a
 * region's beheerder, not a platform beheerder — signed in. `admin` is a platform beheerder.
 */
export async function regionBeheerder(url: string, admin: GraphqlHttpClient, key: string, regionId: string, domain = 'regio.example'): Promise<GraphqlHttpClient> {
  const email = `${key}@${domain}`;
  const password = 'lang-genoeg-wachtwoord';
  const { createPerson } = await admin.request<{ createPerson: { id: string } }>(
    'mutation($n: String!, $e: String!, $p: String) { createPerson(input: { name: $n, email: $e, password: $p }) { id } }',
    {
      n: `Beheerder ${key}`,
      e: email,
      p: password,
    },
  );
  await admin.request('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: BEHEERDER, layer: MANAGEMENT }) { id } }', { p: createPerson.id, r: regionId });
  const client = new GraphqlHttpClient(url);
  const result = await client.signIn(email, password);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return client;
}
