// The browser suites of the Teams mirror: headless chromium and the built API against the HTTPS
// Teams fake (startFakeWithDir), the fake started before the API and stopped after it; the demo
// beheerder and docent signed in over GraphQL, and the demo region's Engels group.
import type { TeamsFake } from '@verbinder/testing/teams-fake';
import { type ApiSuiteOptions, SetLater } from './api-suite';
import { type BrowserSuite, browserSuite } from './browser';
import { signedIn } from './fixtures';
import type { GraphqlHttpClient } from './graphql-client';
import { type FakeWithDir, startFakeWithDir, teamsFakeEnv } from './teams-mirror-fixtures';
import { demoEngels } from './werkgroepen-fixtures';

export interface TeamsBrowserParts {
  /** The HTTPS Teams fake the API talks to. */
  fake: TeamsFake;
  /** The demo beheerder and docent, signed in over GraphQL (for set-up and checks beside the pages). */
  beheerderApi: GraphqlHttpClient;
  docentApi: GraphqlHttpClient;
  /** The demo region and its Engels werkgroep. */
  regionId: string;
  engels: string;
}

export type TeamsBrowserSuite = BrowserSuite & Readonly<TeamsBrowserParts>;

export interface TeamsBrowserOptions extends Omit<ApiSuiteOptions, 'before' | 'after' | 'setup'> {
  /** MS_GRAPH_* and other environment on top of teamsFakeEnv. */
  env?: Record<string, string>;
  /** Runs on the fake before the API starts (tenants, teams, channels). */
  prepare?: (fake: TeamsFake) => void;
  /** Runs once the parts are there (link the group, wait for the mirror). */
  setup?: (parts: TeamsBrowserParts) => Promise<unknown>;
}

/** browserSuite with the Teams fake and its folder (`prefix`) as the API's DATA_DIR. */
export function teamsBrowserSuite(prefix: string, { env = {}, prepare, setup, ...options }: TeamsBrowserOptions = {}): TeamsBrowserSuite {
  const late = SetLater.all<TeamsBrowserParts>(['fake', 'beheerderApi', 'docentApi', 'regionId', 'engels'], 'the Teams browser suite did not start');
  let teams: FakeWithDir | undefined;
  const suite = browserSuite({
    ...options,
    before: async () => {
      teams = await startFakeWithDir(prefix);
      late.values.fake = teams.fake;
      prepare?.(teams.fake);
      return { env: teamsFakeEnv(teams.fake, teams.dir, env) };
    },
    setup: async (api) => {
      const beheerderApi = await signedIn(api.url, 'beheerder');
      const { regionId, engelsId } = await demoEngels(beheerderApi);
      Object.assign(late.values, { beheerderApi, docentApi: await signedIn(api.url, 'docent'), regionId, engels: engelsId });
      await setup?.(late.on({}));
    },
    after: async () => teams?.stop(),
  });
  return late.on(suite);
}
