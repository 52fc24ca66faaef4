// The browser suites of the Teams mirror: headless chromium and the built API against the HTTPS
// Teams fake (startFakeWithDir), the fake started before the API and stopped after it.
import type { TeamsFake } from '@verbinder/testing/teams-fake';
import type { ApiSuiteOptions } from './api-suite';
import { type BrowserSuite, browserSuite } from './browser';
import { type FakeWithDir, startFakeWithDir, teamsFakeEnv } from './teams-mirror-fixtures';

export interface TeamsBrowserSuite extends BrowserSuite {
  /** The HTTPS Teams fake the API talks to (set in beforeAll). */
  readonly fake: TeamsFake;
}

export interface TeamsBrowserOptions extends Omit<ApiSuiteOptions, 'before' | 'after'> {
  /** MS_GRAPH_* and other environment on top of teamsFakeEnv. */
  env?: Record<string, string>;
  /** Runs on the fake before the API starts (tenants, teams, channels). */
  prepare?: (fake: TeamsFake) => void;
}

/** browserSuite with the Teams fake and its folder (`prefix`) as the API's DATA_DIR. */
export function teamsBrowserSuite(prefix: string, { env = {}, prepare, ...options }: TeamsBrowserOptions = {}): TeamsBrowserSuite {
  let teams: FakeWithDir | undefined;
  const suite = browserSuite({
    ...options,
    before: async () => {
      teams = await startFakeWithDir(prefix);
      prepare?.(teams.fake);
      return { env: teamsFakeEnv(teams.fake, teams.dir, env) };
    },
    after: async () => teams?.stop(),
  });
  return Object.defineProperties(suite, {
    fake: {
      enumerable: true,
      get: () => {
        if (!teams) throw new Error('the Teams fake did not start');
        return teams.fake;
      },
    },
  }) as TeamsBrowserSuite;
}
