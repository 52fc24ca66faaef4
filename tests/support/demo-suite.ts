// apiSuite with demo personas signed in and the ids of the demo data the suite works on.
import type { ApiHandle } from './api-process';
import { apiSuite, type ApiSuite, type ApiSuiteOptions, SetLater } from './api-suite';
import { signedIn } from './fixtures';
import type { GraphqlHttpClient } from './graphql-client';

/** A suite with the demo personas `P` signed in (as `suite.beheerder`, …) and its ids `I` (as `suite.ids`). */
export type DemoSuite<P extends string, I> = ApiSuite & Readonly<Record<P, GraphqlHttpClient>> & { readonly ids: I };

/**
 * Once the API is ready the demo `personas` sign in (in this order) and `readIds` reads the ids with
 * them, before `options.setup` and the suite's own beforeAll hooks run.
 */
export function demoSuite<P extends string, I>(personas: readonly P[], readIds: (clients: Record<P, GraphqlHttpClient>, api: ApiHandle) => Promise<I>, options: ApiSuiteOptions = {}): DemoSuite<P, I> {
  const late = SetLater.all<Record<P, GraphqlHttpClient> & { ids: I }>([...personas, 'ids'], 'the suite did not start');
  const suite = apiSuite({
    ...options,
    setup: async (api) => {
      const clients = {} as Record<P, GraphqlHttpClient>;
      for (const persona of personas) clients[persona] = await signedIn(api.url, persona);
      Object.assign(late.values, clients, { ids: await readIds(clients, api) });
      await options.setup?.(api);
    },
  });
  return late.on(suite);
}
