// The lifecycle of a suite against the built API: an optional SMTP server, the API process, the
// suite's own fixtures, and the clients the tests open, all started in beforeAll and stopped
// again in afterAll (browserSuite in browser.ts builds on it).
import type { Client as WsClient } from 'graphql-ws';
import type { Socket } from 'socket.io-client';
import { type ApiHandle, startApi, type StartApiOptions } from './api-process';
import { mailEnv, type SmtpHandle, startSmtpServer } from './smtp';

export interface ApiSuite {
  /** The built API of the suite (set in beforeAll). */
  readonly api: ApiHandle;
  /** The SMTP server the API sends its e-mail to (only with `mail: true`). */
  readonly smtp: SmtpHandle;
  /** socket.io clients the tests opened; closed in afterAll. */
  readonly sockets: Socket[];
  /** graphql-ws clients the tests opened; disposed of in afterAll. */
  readonly wsClients: WsClient[];
}

export interface ApiSuiteOptions {
  /** Starts an SMTP server first and sends the API's e-mail there (see mailEnv); the tests read it as `smtp`. */
  mail?: boolean;
  /** Options for startApi (merged with what `before` returns, which wins). */
  start?: StartApiOptions;
  /** Runs first in beforeAll (after the SMTP server), e.g. to start a fake; what it returns is passed to startApi. */
  before?: () => Promise<StartApiOptions | void>;
  /** Runs once the API is ready (fixtures through the API). */
  setup?: (api: ApiHandle) => Promise<void>;
  /** Runs in afterAll before the API stops (after the clients are closed). */
  beforeStop?: () => Promise<void>;
  /** Runs in afterAll after the API stopped, before the SMTP server stops. */
  after?: () => Promise<void>;
  /** beforeAll's timeout (default 90 s). */
  timeoutMs?: number;
}

/**
 * Registers the beforeAll/afterAll of a suite: the SMTP server (with `mail`), `before`, the built API
 * (startApi), `setup`; afterwards the sockets and graphql-ws clients close, `beforeStop` runs, the
 * API stops, `after` runs and the SMTP server stops. Read `api`, `smtp`, `sockets` and `wsClients`
 * from the returned object inside the tests.
 */
export function apiSuite({ mail = false, start = {}, before, setup, beforeStop, after, timeoutMs = 90_000 }: ApiSuiteOptions = {}): ApiSuite {
  const late = new SetLater<{ api: ApiHandle; smtp: SmtpHandle }>({ api: 'the API did not start', smtp: 'the suite has no SMTP server (mail: true)' });
  const sockets: Socket[] = [];
  const wsClients: WsClient[] = [];
  beforeAll(async () => {
    if (mail) late.values.smtp = await startSmtpServer();
    const options = { ...start, ...((await before?.()) ?? {}) };
    late.values.api = await startApi(late.values.smtp ? { ...options, env: mailEnv(late.values.smtp, options.env) } : options);
    await setup?.(late.values.api);
  }, timeoutMs);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(wsClients.map((c) => c.dispose()));
    await beforeStop?.();
    await late.values.api?.stop();
    await after?.();
    await late.values.smtp?.stop();
  }, 60_000);
  return late.on({ sockets, wsClients });
}

/**
 * Values a suite's beforeAll sets, read inside the tests through getters that fail with the message
 * given for that value while it is unset (the suite did not start, or was not asked for it).
 */
export class SetLater<P extends object> {
  readonly values: Partial<P> = {};

  constructor(private readonly missing: { readonly [K in keyof P]: string }) {}

  /** The same message for every value in `keys`. */
  static all<P extends object>(keys: ReadonlyArray<keyof P>, message: string): SetLater<P> {
    return new SetLater<P>(Object.fromEntries(keys.map((key) => [key, message])) as { [K in keyof P]: string });
  }

  /** A copy of `base` (its getters kept) with a getter for every value. */
  on<B extends object>(base: B): B & P {
    const view = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base)) as B & P;
    for (const key of Object.keys(this.missing) as Array<keyof P & string>) {
      Object.defineProperty(view, key, {
        enumerable: true,
        get: () => {
          const value = this.values[key];
          if (value === undefined) throw new Error(this.missing[key]);
          return value;
        },
      });
    }
    return view;
  }
}
