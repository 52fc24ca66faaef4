// Inzage (AVG art. 15) against the built API: a demo persona active in many domains downloads
// what Verbinder holds that is theirs — as JSON and as a Dutch page — with every domain they work in,
// and nothing of another person (no other demo person's name or address, no secrets). Only they and
// a platform beheerder can make it; a beheerder of another region, or of their own region, cannot.
import { demoSuite } from '../support/demo-suite';
import { demoIds, signedIn, regionBeheerder, viewerPersonId } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { getAs, readOwnExport, SANNE, type PersonExport } from '../support/person-export';

describe('inzage: a person’s own data across all domains', () => {
  const suite = demoSuite(['verbinder', 'beheerder'], async ({ verbinder }) => ({ personId: await viewerPersonId(verbinder) }));

  const get = (client: GraphqlHttpClient | null, path: string) => getAs(suite.api.url, client, path, { accept: 'text/html' });

  it('downloads everything that is theirs as JSON, across the domains they work in, with nothing of others', async () => {
    const data = await readOwnExport(
      await get(suite.verbinder, '/privacy/mijn-gegevens.json'),
      suite.ids.personId,
      SANNE,
      ['regions', 'identity', 'actieagenda', 'werkgroepen'],
      ['persons', 'memberships', 'sessions', 'accounts'],
    );
    // Secrets are named, not included.
    const account = data.tables.find((t) => t.table === 'accounts')?.rows[0] ?? {};
    expect(account['password_hash']).toBe('[niet geëxporteerd: beveiligingsgegeven]');
    for (const row of data.tables.find((t) => t.table === 'sessions')?.rows ?? []) expect(row['id_hash']).toBe('[niet geëxporteerd: beveiligingsgegeven]');
  });

  it('shows the same as a readable Dutch page', async () => {
    const response = await get(suite.verbinder, '/privacy/mijn-gegevens');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toMatch(/Gegevens van Sanne de Vries/);
    for (const heading of ['Regio’s en lidmaatschappen', 'Inloggen', 'Actieagenda', 'Werkgroepen']) expect(html).toContain(heading);
    expect(html).toContain('href="/privacy/mijn-gegevens.json"');
  });

  it('is made for a person only by that person or a platform beheerder', async () => {
    expect((await get(null, '/privacy/mijn-gegevens.json')).status).toBe(401);
    expect((await get(null, `/privacy/personen/${suite.ids.personId}.json`)).status).toBe(401);
    // A platform beheerder, on the person's request.
    const byAdmin = await get(suite.beheerder, `/privacy/personen/${suite.ids.personId}.json`);
    expect(byAdmin.status).toBe(200);
    expect(((await byAdmin.json()) as PersonExport).person.id).toBe(suite.ids.personId);
    // A docent of the same region, the region's own beheerder and the other region's beheerder: refused.
    const ids = await demoIds(suite.beheerder);
    const others = [
      await signedIn(suite.api.url, 'docent'),
      await regionBeheerder(suite.api.url, suite.beheerder, 'nwv-beheer', ids.regionId, 'inzage.example'),
      await regionBeheerder(suite.api.url, suite.beheerder, 'assen-beheer', ids.otherRegionId, 'inzage.example'),
    ];
    for (const other of others) {
      const refused = await get(other, `/privacy/personen/${suite.ids.personId}.json`);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain(SANNE);
    }
    // Unknown or malformed ids.
    expect((await get(suite.beheerder, '/privacy/personen/00000000-0000-4000-8000-000000000000.json')).status).toBe(404);
    expect((await get(suite.beheerder, '/privacy/personen/niet-een-id')).status).toBe(404);
  });
});
