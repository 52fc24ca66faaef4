// Inzage (AVG art. 15) against the built API: a demo persona active in many domains downloads
// what Verbinder holds that is theirs — as JSON and as a Dutch page — with every domain they work in,
// and nothing of another person (no other demo person's name or address, no secrets). Only they and
// a platform beheerder can make it; a beheerder of another region, or of their own region, cannot.
import { apiSuite } from '../support/api-suite';
import { demoIds, signedIn, regionBeheerder } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';

const DEMO_PEOPLE = [
  ['Femke Mulder', 'femke.mulder@example.org'],
  ['Lotte Visser', 'lotte.visser@example.org'],
  ['Jeroen Bos', 'jeroen.bos@example.org'],
  ['Youssef El Amrani', 'youssef.elamrani@example.org'],
  ['Ilse Hoekstra', 'ilse.hoekstra@example.org'],
  ['Bram Kuipers', 'bram.kuipers@example.org'],
  ['Peter Jansen', 'peter.jansen@example.org'],
  ['Henk Dijkstra', 'henk.dijkstra@example.org'],
  ['Karin Wolters', 'karin.wolters@example.org'],
];

interface Export {
  generatedAt: string;
  person: { id: string; name: string; email: string };
  tables: Array<{ domain: string; table: string; purpose: string; rows: Array<Record<string, unknown>>; truncated: boolean }>;
}

describe('inzage: a person’s own data across all domains', () => {
  const suite = apiSuite({ start: {} });
  let verbinder: GraphqlHttpClient;
  let admin: GraphqlHttpClient;
  let verbinderId: string;

  const get = (client: GraphqlHttpClient | null, path: string) =>
    fetch(`${suite.api.url}${path}`, { headers: client ? { cookie: client.cookieHeader(), accept: 'text/html' } : { accept: 'text/html' } });

  beforeAll(async () => {
    verbinder = await signedIn(suite.api.url, 'verbinder');
    admin = await signedIn(suite.api.url, 'beheerder');
    verbinderId = (await verbinder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }')).viewer.person.id;
  });

  it('downloads everything that is theirs as JSON, across the domains they work in, with nothing of others', async () => {
    const response = await get(verbinder, '/privacy/mijn-gegevens.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="verbinder-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const data = JSON.parse(text) as Export;
    expect(data.person).toMatchObject({ id: verbinderId, email: 'sanne.devries@example.org' });
    const domains = new Set(data.tables.map((t) => t.domain));
    for (const domain of ['regions', 'identity', 'actieagenda', 'werkgroepen']) expect(domains).toContain(domain);
    const tables = new Set(data.tables.map((t) => t.table));
    for (const table of ['persons', 'memberships', 'sessions', 'accounts']) expect(tables).toContain(table);
    // Every row is theirs: the person row is them, and no other demo person appears by name or address.
    expect(data.tables.find((t) => t.table === 'persons')?.rows).toEqual([expect.objectContaining({ id: verbinderId, email: 'sanne.devries@example.org' })]);
    for (const [name, email] of DEMO_PEOPLE) {
      expect(text).not.toContain(email);
      expect(text).not.toContain(name);
    }
    // Secrets are named, not included.
    const account = data.tables.find((t) => t.table === 'accounts')?.rows[0] ?? {};
    expect(account['password_hash']).toBe('[niet geëxporteerd: beveiligingsgegeven]');
    for (const row of data.tables.find((t) => t.table === 'sessions')?.rows ?? []) expect(row['id_hash']).toBe('[niet geëxporteerd: beveiligingsgegeven]');
  });

  it('shows the same as a readable Dutch page', async () => {
    const response = await get(verbinder, '/privacy/mijn-gegevens');
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
    expect((await get(null, `/privacy/personen/${verbinderId}.json`)).status).toBe(401);
    // A platform beheerder, on the person's request.
    const byAdmin = await get(admin, `/privacy/personen/${verbinderId}.json`);
    expect(byAdmin.status).toBe(200);
    expect(((await byAdmin.json()) as Export).person.id).toBe(verbinderId);
    // A docent of the same region, the region's own beheerder and the other region's beheerder: refused.
    const ids = await demoIds(admin);
    const others = [
      await signedIn(suite.api.url, 'docent'),
      await regionBeheerder(suite.api.url, admin, 'nwv-beheer', ids.regionId, 'inzage.example'),
      await regionBeheerder(suite.api.url, admin, 'assen-beheer', ids.otherRegionId, 'inzage.example'),
    ];
    for (const other of others) {
      const refused = await get(other, `/privacy/personen/${verbinderId}.json`);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain('sanne.devries@example.org');
    }
    // Unknown or malformed ids.
    expect((await get(admin, '/privacy/personen/00000000-0000-4000-8000-000000000000.json')).status).toBe(404);
    expect((await get(admin, '/privacy/personen/niet-een-id')).status).toBe(404);
  });
});
