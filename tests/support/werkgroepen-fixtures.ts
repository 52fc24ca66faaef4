// Ids of the demo werkgroepen (apps/api/src/demo/werkgroepen-demo.ts), fetched through the API.
import { GraphqlHttpClient } from './graphql-client';

export interface WerkgroepIds {
  /** Interscolaire vakgroep Engels: the demo docent (Youssef) is a member (LID), Femke the voorzitter. */
  engelsWerkgroepId: string;
  /** Vakgroep techniek: the demo docent is not a member (members only, so invisible to him). */
  techniekWerkgroepId: string;
  /** Lotte Visser, a member (LID) of the Engels group. */
  engelsMemberId: string;
  /** The demo taalbrug term "PTA" (added by Femke; not by the demo docent) and one of its meanings. */
  glossaryTermId: string;
  glossaryMeaningId: string;
}

/** `client` must see every group of the region (a verbinder or beheerder). */
export async function werkgroepIds(client: GraphqlHttpClient, regionId: string): Promise<WerkgroepIds> {
  const { werkgroepen } = await client.request<{ werkgroepen: Array<{ id: string; name: string; members: Array<{ personId: string; role: string; person: { email: string } }> }> }>(
    'query($r: ID!) { werkgroepen(regionId: $r) { id name members { personId role person { email } } } }',
    { r: regionId },
  );
  const find = (name: string) => {
    const found = werkgroepen.find((w) => w.name === name);
    if (!found) throw new Error(`demo werkgroep "${name}" not found`);
    return found;
  };
  const engels = find('Interscolaire vakgroep Engels');
  const lotte = engels.members.find((m) => m.person.email === 'lotte.visser@example.org');
  if (!lotte) throw new Error('demo member Lotte not found');
  const { glossary } = await client.request<{ glossary: Array<{ id: string; term: string; meanings: Array<{ id: string }> }> }>(
    'query($r: ID!) { glossary(regionId: $r) { id term meanings { id } } }',
    { r: regionId },
  );
  const pta = glossary.find((t) => t.term === 'PTA');
  if (!pta?.meanings.length) throw new Error('demo glossary term PTA not found');
  return {
    engelsWerkgroepId: engels.id,
    techniekWerkgroepId: find('Vakgroep techniek').id,
    engelsMemberId: lotte.personId,
    glossaryTermId: pta.id,
    glossaryMeaningId: pta.meanings[0].id,
  };
}
