// Hostile input against the built API (issue 13, findings 2-4): NUL bytes and invalid Unicode
// are refused at the edge on every transport, personal data never reaches the logs, CR/LF in a
// name adds no header or line to an e-mail, the intake form token is one-time, graphql-ws errors
// keep their codes, production gives no "Did you mean" hints, and the draaiboek diff is bounded.
import type { Client as WsClient } from 'graphql-ws';
import { ApiHandle, startApi } from '../support/api-process';
import { demoIds, DemoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { formTokens, loketIds } from '../support/loket-fixtures';
import { meetupIds } from '../support/meetups-fixtures';
import { graphqlWsClient } from '../support/realtime-clients';
import { SmtpHandle, startSmtpServer } from '../support/smtp';
import { sleep, waitFor } from '../support/timing';
import { werkgroepIds } from '../support/werkgroepen-fixtures';

type Errors = Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;

const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
const form = (values: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
  body: new URLSearchParams(values),
});

/** The first answer of one operation over graphql-ws: an `error` message's errors, or the first result. */
function overWs(client: WsClient, query: string, variables?: Record<string, unknown>): Promise<{ errors?: Errors; data?: unknown }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no graphql-ws answer to ${query}`)), 10_000);
    const done = (value: { errors?: Errors; data?: unknown }) => {
      clearTimeout(timer);
      resolve(value);
    };
    client.subscribe(
      { query, variables },
      {
        next: (value) => done(value as { errors?: Errors; data?: unknown }),
        error: (error) => (Array.isArray(error) ? done({ errors: error as Errors }) : reject(error)),
        complete: () => undefined,
      },
    );
  });
}

const intake = (formToken: string | undefined, overrides: Record<string, unknown> = {}) => ({
  regionSlug: 'noord-west-veluwe',
  companyName: 'Zeilmakerij De Boeg',
  kvk: '61000001',
  contactName: 'Hendrika Boeg',
  contactEmail: 'hendrika@deboeg.example',
  type: 'GASTLES',
  consent: true,
  formToken,
  ...overrides,
});

describe('hostile input (test mode)', () => {
  let api: ApiHandle;
  let smtp: SmtpHandle;
  let ids: DemoIds;
  let anonymous: GraphqlHttpClient;
  let beheerder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  let loket: GraphqlHttpClient;
  let nextFormToken: () => string | undefined;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startApi({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Verbinder <noreply@verbinder.test>', OUTBOX_POLL_MS: '200', LOGIN_RATE_LIMIT: '50' }, readyTimeoutMs: 150_000 });
    anonymous = new GraphqlHttpClient(api.url);
    beheerder = await signedIn(api.url, 'beheerder');
    docent = await signedIn(api.url, 'docent');
    loket = await signedIn(api.url, 'loket');
    ids = await demoIds(beheerder);
    nextFormToken = await formTokens(anonymous, 20);
    await sleep(3200); // the intake refuses a form sent within 3 s of showing it
  }, 200_000);

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
  });

  const alive = async () => expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

  describe('NUL bytes, control characters and lone surrogates', () => {
    const BAD = ['nul\u0000byte', 'escape\u001b[31m', 'los \ud800 surrogaat', 'los \udfff einde'];

    it('are refused as BAD_USER_INPUT in GraphQL variables, anonymous and signed in, before anything runs', async () => {
      const cases: Array<[GraphqlHttpClient, string, (bad: string) => Record<string, unknown>]> = [
        [anonymous, 'mutation($e: String!) { signIn(email: $e, password: "x") { authenticated } }', (bad) => ({ e: bad })],
        [anonymous, SUBMIT, (bad) => ({ input: intake(nextFormToken(), { contactName: `Naam ${bad}` }) })],
        [anonymous, 'mutation($a: ID!, $n: String!) { registerForPublicActivity(activityId: $a, email: "a@b.nl", name: $n) { __typename } }', (bad) => ({ a: ids.regionId, n: bad })],
        [beheerder, 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', (bad) => ({ i: { name: bad, email: 'nul@example.org' } })],
        [beheerder, 'mutation($id: ID!, $n: String) { updateRegion(input: { id: $id, name: $n }) { id } }', (bad) => ({ id: ids.regionId, n: bad })],
        [docent, 'query($r: ID!, $s: String) { people(regionId: $r, search: $s) { id } }', (bad) => ({ r: ids.regionId, s: bad })],
        // As a key of an input object, too.
        [beheerder, 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', (bad) => ({ i: { name: 'Iemand', email: 'k@example.org', [bad]: 'x' } })],
      ];
      for (const [client, doc, vars] of cases) {
        for (const bad of BAD) {
          const result = await client.query(doc, vars(bad));
          expect({ doc, bad, code: result.errors?.[0].extensions?.code, status: result.status, data: result.data }).toEqual({ doc, bad, code: 'BAD_USER_INPUT', status: 400, data: undefined });
          expect(result.errors?.[0].message).toMatch(/tekens die niet zijn toegestaan/);
        }
      }
      await alive();
    });

    it('are refused in string literals of the document', async () => {
      const result = await beheerder.query('mutation { createPerson(input: { name: "a\\u0000b", email: "literal@example.org" }) { id } }');
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      const escaped = await docent.query('query($r: ID!) { people(regionId: $r, search: "x\\u0007y") { id } }', { r: ids.regionId });
      expect(escaped.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const people = await beheerder.request<{ people: Array<{ email: string }> }>('query($r: ID!) { people(regionId: $r) { email } }', { r: ids.regionId });
      expect(people.people.map((p) => p.email)).not.toContain('literal@example.org');
    });

    it('are refused on every public form with a Dutch page (browsers) or JSON, never a 500', async () => {
      const m = await meetupIds(beheerder, ids.regionId);
      const routes: Array<[string, Record<string, string>]> = [
        ['/publiek/noord-west-veluwe/loket', { ...Object.fromEntries(Object.entries(intake(nextFormToken())).map(([k, v]) => [k, String(v)])), contactName: 'Nul\u0000Naam', consent: 'ja' }],
        ['/publiek/noord-west-veluwe/nieuwsbrief', { email: 'nul\u0000@example.org' }],
        [`/publiek/noord-west-veluwe/activiteiten/${m.publicActivityId}/aanmelden`, { name: 'Nul\u0000Naam', email: 'nul@example.org' }],
        ['/loket/inloggen', { email: 'nul\u0000@example.org', regionSlug: 'noord-west-veluwe' }],
        ['/loket/status/niet-bestaand-token', { body: 'bericht\u0000' }],
      ];
      for (const [path, values] of routes) {
        const html = await fetch(`${api.url}${path}`, form(values));
        expect({ path, status: html.status }).toEqual({ path, status: 400 });
        expect(html.headers.get('content-type')).toMatch(/text\/html/);
        expect(await html.text()).toContain('tekens die niet zijn toegestaan');
        const json = await fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(values) });
        expect({ path, status: json.status, body: await json.json() }).toMatchObject({ path, status: 400, body: { code: 'BAD_USER_INPUT' } });
      }
      // A lone surrogate can only come in through JSON (a form encodes it as U+FFFD).
      const surrogate = await fetch(`${api.url}/publiek/noord-west-veluwe/nieuwsbrief`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"a\\ud800@example.org"}' });
      expect(surrogate.status).toBe(400);
      await alive();
    });

    it('are refused in paths, query strings and upload fields', async () => {
      for (const path of ['/publiek/noord-%00west', '/publiek/noord-west-veluwe/verhalen/%00', '/loket/status/%00%01', '/publiek/noord-west-veluwe?zoek=%00']) {
        const res = await fetch(`${api.url}${path}`, { headers: { accept: 'application/json' } });
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
      }
      const w = await werkgroepIds(beheerder, ids.regionId);
      const body = new FormData();
      body.set('title', 'Titel\u0000met nul');
      body.set('file', new Blob(['hallo'], { type: 'text/plain' }), 'notitie.txt');
      const upload = await fetch(`${api.url}/bestanden/werkgroepen/${w.engelsWerkgroepId}`, { method: 'POST', body, headers: { cookie: docent.cookieHeader() } });
      expect(upload.status).toBe(400);
      expect(await upload.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
      // A control character in the file name, RFC 5987-encoded (a raw one would be a malformed header).
      const boundary = 'grens1234';
      const raw = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=utf-8''nul%01naam.txt\r\nContent-Type: text/plain\r\n\r\nhallo\r\n--${boundary}--\r\n`;
      const byName = await fetch(`${api.url}/bestanden/werkgroepen/${w.engelsWerkgroepId}`, {
        method: 'POST',
        body: raw,
        headers: { cookie: docent.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      expect(byName.status).toBe(400);
      await alive();
    });
  });

  it('keeps SQL parameters and request data out of the logs, also when the database refuses a write', async () => {
    const name = 'Geertruida Logvrij';
    const email = 'geertruida.logvrij@bedrijf.example';
    // Year 0 (JavaScript reads it as 1900, PostgreSQL refuses it) is refused at the edge, not by the database.
    const failed = await anonymous.query(SUBMIT, { input: intake(nextFormToken(), { companyName: 'Logvrij BV', kvk: '61000009', contactName: name, contactEmail: email, periodStart: '0000-01-01' }) });
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A real database error (parameters in its message and stack) is logged without them:
    // tests/integration/log-redaction.int-spec.ts.
    // The same person tries NUL bytes (refused at the edge) and a wrong password.
    await anonymous.query(SUBMIT, { input: intake(nextFormToken(), { contactName: `${name}\u0000`, contactEmail: email }) });
    await anonymous.query('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { authenticated } }', { e: email, p: 'geheim-wachtwoord-123' });
    await sleep(300);
    const logs = api.logs();
    expect(logs).not.toContain(name);
    expect(logs).not.toContain(email);
    expect(logs).not.toContain('geheim-wachtwoord-123');
  });

  it('turns CR/LF in a name into one line of the e-mail: no extra header, no extra line, one recipient', async () => {
    const address = 'crlf@deboeg.example';
    const result = await anonymous.query(SUBMIT, {
      input: intake(nextFormToken(), { companyName: 'Boeg\r\nBcc: buit@evil.example', kvk: '61000002', contactName: 'Jan\r\nBcc: buit@evil.example\nExtra regel\rnog een', contactEmail: address }),
    });
    expect(result.errors).toBeUndefined();
    const mail = await waitFor('the confirmation e-mail', async () => smtp.messages.find((x) => x.to.includes(address)), 20_000);
    expect(mail.to).toEqual([address]);
    const [headers, body] = mail.raw.split(/\r?\n\r?\n/, 2).length === 2 ? [mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/)), mail.raw.slice(mail.raw.search(/\r?\n\r?\n/))] : [mail.raw, ''];
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(smtp.messages.some((x) => x.to.includes('buit@evil.example'))).toBe(false);
    const text = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(text).toContain('Beste Jan Bcc: buit@evil.example Extra regel nog een,');
    expect(text).not.toMatch(/^Extra regel/m);
    expect(text).not.toMatch(/^Bcc:/m);
  });

  it('answers impossible instants, unchoosable operations, persisted queries and header-less CSV as bad requests, never INTERNAL', async () => {
    const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['code'];
    const { engelsWerkgroepId } = await werkgroepIds(beheerder, ids.regionId);
    for (const before of ['garbage', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '2026-02-30T00:00:00Z']) {
      const r = await docent.query('query($w: ID!, $b: DateTime) { werkgroepPosts(werkgroepId: $w, before: $b) { id } }', { w: engelsWerkgroepId, b: before });
      expect({ before, code: codeOf(r) }).toEqual({ before, code: 'BAD_USER_INPUT' });
    }
    const report = await loket.query(`{ loketReport(regionId: "${ids.regionId}", from: "0000-01-01T00:00:00Z", to: "0001-01-01T00:00:00Z") { __typename } }`);
    expect(codeOf(report)).toBe('GRAPHQL_VALIDATION_FAILED');
    const raw = async (body: unknown) => {
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> } };
    };
    for (const body of [
      { query: 'query a { __typename } query b { __typename }' },
      { query: '{ __typename }', operationName: 'zz' },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
    ]) {
      const answer = await raw(body);
      // Apollo answers "persisted queries not supported" with 200, as the APQ protocol expects.
      expect(answer.status).toBe(body.extensions ? 200 : 400);
      expect(codeOf(answer.body)).toBe('BAD_USER_INPUT');
    }
    const verbinder = await signedIn(api.url, 'verbinder');
    for (const csv of [';', ' ;', '\n\n;']) {
      const r = await verbinder.query('mutation($a: ID!, $c: String!) { importActieagendaCsv(agendaId: $a, csv: $c) { __typename } }', { a: ids.agendaId, c: csv });
      expect(codeOf(r)).toBe('CSV_INVALID');
    }
    await alive();
  });

  it('accepts an intake form token once', async () => {
    const token = nextFormToken();
    const first = await anonymous.query(SUBMIT, { input: intake(token, { companyName: 'Eenmalig BV', kvk: '61000003', contactEmail: 'eenmalig@bedrijf.example' }) });
    expect(first.errors).toBeUndefined();
    const again = await anonymous.query(SUBMIT, { input: intake(token, { companyName: 'Eenmalig BV', kvk: '61000003', contactEmail: 'eenmalig@bedrijf.example' }) });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((again.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field)).toEqual(['formToken']);
    expect(again.errors?.[0].message).toContain('al verstuurd');
    // Through the HTML form too: the same token, another company.
    const html = await fetch(
      `${api.url}/publiek/noord-west-veluwe/loket`,
      form({ ...Object.fromEntries(Object.entries(intake(token, { companyName: 'Eenmalig Twee BV', kvk: '61000004' })).map(([k, v]) => [k, String(v)])), consent: 'ja' }),
    );
    expect(html.status).toBe(400);
    expect(await html.text()).toContain('al verstuurd');
    const l = await loketIds(beheerder, ids.regionId);
    expect(l.loketRequestId).toBeDefined();
    const { loketRequests } = await loket.request<{ loketRequests: Array<{ company: { name: string } }> }>('query($r: ID!) { loketRequests(regionId: $r) { company { name } } }', { r: ids.regionId });
    expect(loketRequests.filter((r) => r.company.name.startsWith('Eenmalig'))).toHaveLength(1);
  });

  it('answers graphql-ws request errors with their own codes, not INTERNAL', async () => {
    const ws = graphqlWsClient(api.url, docent.cookieHeader());
    try {
      const code = async (query: string, variables?: Record<string, unknown>) => (await overWs(ws, query, variables)).errors?.[0].extensions?.code;
      expect(await code('{ viewer { bestaatNiet } }')).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await code('subscription { regionActivity(regionId: 1, onbekend: 2) { kind } }')).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await code('{ regions { schools { region { schools { region { schools { region { schools { region { schools { region { id } } } } } } } } } } } }')).toBe('QUERY_TOO_COMPLEX');
      expect(await code(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: viewer { authenticated }`).join(' ')} }`)).toBe('QUERY_TOO_COMPLEX');
      expect(await code('query($r: ID!) { region(id: $r) { id } }', { r: { geen: 'id' } })).toBe('BAD_USER_INPUT');
      expect(await code('query($r: ID!, $s: String) { people(regionId: $r, search: $s) { id } }', { r: ids.regionId, s: 'x\u0000' })).toBe('BAD_USER_INPUT');
      expect(await code('{ viewer { ')).toBe('GRAPHQL_PARSE_FAILED');
    } finally {
      await ws.dispose();
    }
  });

  describe('draaiboek diff', () => {
    const DIFF = 'query($w: ID!, $a: Int!, $b: Int!) { draaiboekDiff(werkgroepId: $w, from: $a, to: $b) { kind text } }';
    let werkgroep: string;
    const save = async (body: string) => {
      const { draaiboek } = await docent.request<{ draaiboek: { version: number } }>('query($w: ID!) { draaiboek(werkgroepId: $w) { version } }', { w: werkgroep });
      const saved = await docent.request<{ saveDraaiboek: { version: number } }>(
        'mutation($w: ID!, $b: String!, $v: Int!) { saveDraaiboek(input: { werkgroepId: $w, body: $b, baseVersion: $v }) { version } }',
        {
          w: werkgroep,
          b: body,
          v: draaiboek.version,
        },
      );
      return saved.saveDraaiboek.version;
    };

    beforeAll(async () => {
      werkgroep = (await werkgroepIds(beheerder, ids.regionId)).engelsWerkgroepId;
    });

    it('allows one diff per operation: aliases and fragments cannot multiply it', async () => {
      const twice = await docent.query(`query($w: ID!) { a: draaiboekDiff(werkgroepId: $w, from: 0, to: 1) { kind } b: draaiboekDiff(werkgroepId: $w, from: 1, to: 2) { kind } }`, { w: werkgroep });
      expect(twice.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(twice.data).toBeUndefined();
      const viaFragments = await docent.query(
        'query($w: ID!) { ...A ...B } fragment A on Query { a: draaiboekDiff(werkgroepId: $w, from: 0, to: 1) { kind } } fragment B on Query { b: draaiboekDiff(werkgroepId: $w, from: 0, to: 1) { kind } }',
        { w: werkgroep },
      );
      expect(viaFragments.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('diffs two large, wholly different versions (every line once) while /healthz answers', async () => {
      const a = await save(Array.from({ length: 900 }, (_, i) => `Regel ${i} van versie A met wat tekst erbij`).join('\n'));
      const b = await save(Array.from({ length: 900 }, (_, i) => `Regel ${i} van versie B met andere tekst`).join('\n'));
      const diff = docent.request<{ draaiboekDiff: Array<{ kind: string; text: string }> }>(DIFF, { w: werkgroep, a, b });
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(200);
      const { draaiboekDiff } = await diff;
      expect(draaiboekDiff).toHaveLength(1800);
      expect(draaiboekDiff.filter((l) => l.kind === 'REMOVED')).toHaveLength(900);
      expect(draaiboekDiff.filter((l) => l.kind === 'ADDED')).toHaveLength(900);
      // A small change in a large version is still shown line by line.
      const c = await save(Array.from({ length: 900 }, (_, i) => (i === 500 ? 'Eén regel anders' : `Regel ${i} van versie B met andere tekst`)).join('\n'));
      const small = await docent.request<{ draaiboekDiff: Array<{ kind: string; text: string }> }>(DIFF, { w: werkgroep, a: b, b: c });
      expect(small.draaiboekDiff.filter((l) => l.kind !== 'SAME')).toEqual([
        { kind: 'REMOVED', text: 'Regel 500 van versie B met andere tekst' },
        { kind: 'ADDED', text: 'Eén regel anders' },
      ]);
    });

    it('refuses to compare versions with more lines than the limit, with a Dutch message', async () => {
      const a = await save('a\n'.repeat(1100));
      const b = await save('b\n'.repeat(1100));
      const result = await docent.query(DIFF, { w: werkgroep, a, b });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/meer dan 2\.000 regels/);
      await alive();
    });
  });
});

describe('hostile input (production)', () => {
  let api: ApiHandle;

  beforeAll(async () => {
    api = await startApi({ env: { NODE_ENV: 'production', DEMO_MODE: '', SEED_DEMO: '' }, readyTimeoutMs: 150_000 });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('names no schema parts in "Did you mean" hints, over HTTP and graphql-ws', async () => {
    const client = new GraphqlHttpClient(api.url);
    const documents: Array<[string, Record<string, unknown>?]> = [
      ['{ viewr { authenticated } }'],
      ['{ viewer { authenticatd } }'],
      ['mutation($i: LoketIntakeInput!) { submitLoketRequest(input: $i) { message } }', { i: { regionSlug: 'x', companyNme: 'x' } }],
      ['mutation { submitLoketRequest(input: { regionSlug: "x", companyName: "x", kvk: "1", contactName: "x", contactEmail: "x", type: GASTLESS, consent: true, formToken: "x" }) { message } }'],
    ];
    const ws = graphqlWsClient(api.url, '', { loketStatus: true });
    try {
      for (const [doc, vars] of documents) {
        const http = await client.query(doc, vars);
        expect(http.errors?.length).toBeGreaterThan(0);
        const viaWs = await overWs(ws, doc, vars);
        for (const error of [...(http.errors ?? []), ...(viaWs.errors ?? [])]) {
          expect({ doc, message: error.message }).not.toEqual({ doc, message: expect.stringMatching(/Did you mean/) });
          expect({ doc, error }).not.toMatchObject({ doc, error: { extensions: { code: 'INTERNAL' } } });
        }
      }
    } finally {
      await ws.dispose();
    }
  });
});
