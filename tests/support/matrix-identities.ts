// The people of the two-region authorization matrix (tests/e2e/authorization-matrix.e2e-spec.ts).
// Region A is the demo region Noord-West Veluwe with its demo personas; its beheerder is a region
// beheerder who is not a platform beheerder, created here. Region B (Assen) gets the same roles,
// created by the platform beheerder through the API with a password, as an installation would.
import { signedIn } from './fixtures';
import { GraphqlHttpClient } from './graphql-client';

export const ROLES = ['docent', 'redacteur', 'bestuurder', 'loket', 'verbinder', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];
export type Identity = 'anonymous' | `A:${Role}` | `B:${Role}` | 'platform';

/**
 * Least privileged first, region B before region A: region B's attempts meet region A's objects
 * untouched, and what a person may change cannot hide a refusal of someone before them.
 */
export const IDENTITIES: readonly Identity[] = ['anonymous', ...ROLES.map((r) => `B:${r}` as const), ...ROLES.map((r) => `A:${r}` as const), 'platform'];

export const regionOf = (identity: Identity): 'A' | 'B' | null => (identity.startsWith('A:') ? 'A' : identity.startsWith('B:') ? 'B' : null);
/** The same role in region A (for region B's identities). */
export const twinInA = (identity: `B:${Role}`): Identity => `A:${identity.slice(2) as Role}`;

const PASSWORD = 'matrix-wachtwoord-lang-genoeg';
const MEMBERSHIP: Record<Role, { role: string; layer: string; atSchool: boolean }> = {
  docent: { role: 'DOCENT', layer: 'PROFESSIONEEL', atSchool: true },
  redacteur: { role: 'REDACTEUR', layer: 'PROFESSIONEEL', atSchool: false },
  bestuurder: { role: 'BESTUURDER', layer: 'BESTUURLIJK', atSchool: true },
  loket: { role: 'LOKET_MEDEWERKER', layer: 'PROFESSIONEEL', atSchool: false },
  verbinder: { role: 'VERBINDER', layer: 'PROFESSIONEEL', atSchool: true },
  beheerder: { role: 'BEHEERDER', layer: 'MANAGEMENT', atSchool: false },
};

export interface MatrixPeople {
  /** A session per signed-in identity (anonymous has none). */
  sessions: Map<Identity, GraphqlHttpClient>;
  /** A fresh session of the identity (for operations that replace or end the session). */
  freshSession(identity: Identity): Promise<GraphqlHttpClient>;
  /** Region B: Assen. */
  regionB: { id: string; schoolId: string };
}

/** Creates the people who are not in the demo data and signs every identity in. */
export async function matrixPeople(url: string, regionA: { id: string }): Promise<MatrixPeople> {
  const platform = await signedIn(url, 'beheerder');
  const { assen } = await platform.request<{ assen: { id: string; schools: Array<{ id: string }> } }>('{ assen: region(slug: "assen") { id schools { id } } }');
  const regionB = { id: assen.id, schoolId: assen.schools[0].id };
  const { nwv } = await platform.request<{ nwv: { schools: Array<{ id: string }> } }>('query($r: ID) { nwv: region(id: $r) { schools { id } } }', { r: regionA.id });
  const emails = new Map<Identity, string>();
  const create = async (identity: `A:${Role}` | `B:${Role}`, region: { id: string; schoolId: string }) => {
    const role = identity.slice(2) as Role;
    const email = `matrix.${identity.replace(':', '-').toLowerCase()}@example.org`;
    const { createPerson } = await platform.request<{ createPerson: { id: string } }>(
      'mutation($e: String!, $n: String!, $p: String!) { createPerson(input: { name: $n, email: $e, password: $p }) { id } }',
      { e: email, n: `Matrix ${identity}`, p: PASSWORD },
    );
    const m = MEMBERSHIP[role];
    await platform.request('mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
      input: { personId: createPerson.id, role: m.role, layer: m.layer, ...(m.atSchool ? { schoolId: region.schoolId } : { regionId: region.id }) },
    });
    emails.set(identity, email);
  };
  for (const role of ROLES) await create(`B:${role}`, regionB);
  await create('A:beheerder', { id: regionA.id, schoolId: nwv.schools[0].id });

  const freshSession = async (identity: Identity): Promise<GraphqlHttpClient> => {
    if (identity === 'anonymous') return new GraphqlHttpClient(url);
    if (identity === 'platform') return signedIn(url, 'beheerder');
    const email = emails.get(identity);
    if (!email) return signedIn(url, identity.slice(2)); // region A's demo personas
    const client = new GraphqlHttpClient(url);
    const result = await client.signIn(email, PASSWORD);
    if (!result.data?.signIn.authenticated) throw new Error(`${identity} could not sign in: ${JSON.stringify(result.errors)}`);
    return client;
  };
  const sessions = new Map<Identity, GraphqlHttpClient>();
  for (const identity of IDENTITIES) if (identity !== 'anonymous') sessions.set(identity, await freshSession(identity));
  return { sessions, freshSession, regionB };
}
