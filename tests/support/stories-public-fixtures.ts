// Published stories for the public-site tests, made through the GraphQL API (the redactie writes,
// the verbinder approves and publishes); no dependence on demo stories.
import { demoIds, signedIn } from './fixtures';
import type { GraphqlHttpClient } from './graphql-client';

export const STORY_REGION = 'noord-west-veluwe';

export interface PublicStoryInput {
  title: string;
  lead: string;
  body: string;
  audience?: string[];
  /** An adult who appears, with their own consent (to withdraw later). */
  person?: string;
  translations?: Array<{ language: string; title: string; lead: string; body: string }>;
  /** Leave it approved (not published). */
  publish?: boolean;
}

export interface StoryClients {
  regionId: string;
  redacteur: GraphqlHttpClient;
  verbinder: GraphqlHttpClient;
}

export async function storyClients(apiUrl: string): Promise<StoryClients> {
  const regionId = (await demoIds(await signedIn(apiUrl, 'beheerder'))).regionId;
  return { regionId, redacteur: await signedIn(apiUrl, 'redacteur'), verbinder: await signedIn(apiUrl, 'verbinder') };
}

export async function makeStory(c: StoryClients, input: PublicStoryInput): Promise<{ id: string; slug: string; consentId: string | null }> {
  const { createStory } = await c.redacteur.request<{ createStory: { id: string; slug: string } }>('mutation($input: CreateStoryInput!) { createStory(input: $input) { id slug } }', {
    input: { regionId: c.regionId, title: input.title, lead: input.lead, body: input.body, audience: input.audience ?? ['OUDERS'] },
  });
  let consentId: string | null = null;
  if (input.person) {
    const { addStoryPerson } = await c.redacteur.request<{ addStoryPerson: { id: string } }>(
      'mutation($s: ID!, $n: String!) { addStoryPerson(storyId: $s, input: { name: $n, isPupil: false, inPhoto: true }) { id } }',
      { s: createStory.id, n: input.person },
    );
    consentId = (
      await c.redacteur.request<{ recordStoryConsent: { id: string } }>('mutation($input: RecordStoryConsentInput!) { recordStoryConsent(input: $input) { id } }', {
        input: { storyPersonId: addStoryPerson.id, givenByName: input.person, relation: 'ZELF', scope: 'THIS_STORY' },
      })
    ).recordStoryConsent.id;
  }
  for (const t of input.translations ?? []) {
    await c.redacteur.request('mutation($input: StoryTranslationInput!) { setStoryTranslation(input: $input) { language } }', { input: { storyId: createStory.id, ...t } });
  }
  await c.redacteur.request('mutation($id: ID!) { submitStory(id: $id) { id } }', { id: createStory.id });
  await c.verbinder.request('mutation($id: ID!) { approveStory(id: $id) { id } }', { id: createStory.id });
  if (input.publish !== false) await c.verbinder.request('mutation($id: ID!) { publishStory(id: $id) { id } }', { id: createStory.id });
  return { id: createStory.id, slug: createStory.slug, consentId };
}
