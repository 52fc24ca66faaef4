// The inzage (AVG art. 15) export as the e2e suites read it: its JSON shape, the demo people who must
// never appear in the demo verbinder's export, and the checks every download of it has to pass.
import { DEMO_EMAIL } from './fixtures';
import type { GraphqlHttpClient } from './graphql-client';

/** The demo verbinder whose export the suites download. */
export const SANNE = DEMO_EMAIL.sanne;

/** Every other demo person, by name and address: none of them may appear in Sanne's export. */
export const OTHER_DEMO_PEOPLE: ReadonlyArray<readonly [name: string, email: string]> = [
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

export interface PersonExport {
  generatedAt: string;
  person: { id: string; name: string; email: string };
  tables: Array<{ domain: string; table: string; purpose: string; rows: Array<Record<string, unknown>>; truncated: boolean }>;
}

/** A GET on the API as `client` (anonymous when null), with its session cookie. */
export function getAs(apiUrl: string, client: GraphqlHttpClient | null, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${apiUrl}${path}`, { headers: client ? { ...headers, cookie: client.cookieHeader() } : headers });
}

/**
 * Reads a downloaded export: a dated JSON attachment that is never cached, about the person `id`
 * with `email`, holding at least `domains` and `tables`, whose person row is theirs alone and in which
 * no other demo person appears by name or address. Returns the parsed export.
 */
export async function readOwnExport(response: Response, id: string, email: string, domains: string[], tables: string[]): Promise<PersonExport> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="verbinder-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  const data = JSON.parse(text) as PersonExport;
  expect(data.person).toMatchObject({ id, email });
  const domainsFound = new Set(data.tables.map((t) => t.domain));
  for (const domain of domains) expect(domainsFound).toContain(domain);
  const tablesFound = new Set(data.tables.map((t) => t.table));
  for (const table of tables) expect(tablesFound).toContain(table);
  expect(data.tables.find((t) => t.table === 'persons')?.rows).toEqual([expect.objectContaining({ id, email })]);
  for (const [name, otherEmail] of OTHER_DEMO_PEOPLE) {
    expect(text).not.toContain(otherEmail);
    expect(text).not.toContain(name);
  }
  return data;
}
