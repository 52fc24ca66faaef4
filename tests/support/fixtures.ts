// Shared lookups for e2e suites: ids of demo data, fetched through the API itself.
import { GraphqlHttpClient } from './graphql-client';

export interface DemoIds {
  regionId: string;
  otherRegionId: string;
  schoolId: string;
  otherSchoolId: string;
  leerlabId: string;
  leerrouteId: string;
  personId: string;
  membershipId: string;
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
  return {
    regionId: data.nwv.id,
    otherRegionId: data.assen.id,
    schoolId: data.nwv.schools[0].id,
    otherSchoolId: data.assen.schools[0].id,
    leerlabId: data.nwv.leerlabs[0].id,
    leerrouteId: data.nwv.leerroutes[0].id,
    personId: docent.person.id,
    membershipId: docent.id,
  };
}

export async function signedIn(url: string, persona: string): Promise<GraphqlHttpClient> {
  const client = new GraphqlHttpClient(url);
  await client.signInAsDemo(persona);
  return client;
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
