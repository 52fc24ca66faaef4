// The hostile-request suite (docs/security.md "Hostile-request suite"): what an attacker sends
// with ordinary tools, against the built server (one API process for the file, PGlite or
// PostgreSQL as the run chooses). Every POST route of the Nest router and every GraphQL mutation
// of apps/api/schema.graphql is covered — the routes are read from the router's own table (the
// "Mapped {…} route" lines of the process), so a new route without a case here fails the suite:
//   - upload routes: truncated, malformed and aborted multipart; NUL, invalid UTF-8 and overlong
//     file names and fields; too many parts; wrong or missing boundaries;
//   - public forms: NUL bytes, invalid UTF-8 (raw bytes and percent-encoded), overlong values
//     in every field and path parameter; overlong, duplicate and conflicting headers; bodies
//     over the limit, in the wrong type or charset, or shorter than their Content-Length;
//   - GraphQL: a NUL-bearing string in every String literal, variable and (absent) String
//     argument or input field of every mutation, built from the authorization cases; raw
//     invalid UTF-8 and malformed bodies.
// After each group: no 5xx (but the documented 503 with Retry-After), no INTERNAL GraphQL
// error, the process alive (/healthz answers, the pid exists); at the end nothing left in
// DATA_DIR/files/tmp and none of the marked personal data in the process's logs.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentNode, buildSchema, getNamedType, GraphQLInputObjectType, GraphQLSchema, isInputObjectType, Kind, ObjectFieldNode, parse, print, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { ApiHandle, REPO_ROOT, startApi } from '../support/api-process';
import { signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { multipartBody, RawAnswer, rawHttp, RawRequest } from '../support/raw-http';
import { waitFor } from '../support/timing';
import { ALL_AUTHZ, authzIds } from './cases/all.cases';
import type { Ids } from './cases/types';

/** Unique per run: every piece of "personal data" sent carries it, and it must never reach the logs. */
const MARK = `Hostilia${randomBytes(5).toString('hex')}`;
const markedName = (n: number) => `Zwaantje ${MARK}x${n}`;
const markedEmail = (n: number) => `${MARK.toLowerCase()}.x${n}@example.org`;
const REGION = 'noord-west-veluwe';
const BOUNDARY = '----verbinderHostile7MA4YWxkTrZu0gW';
/** Bytes that are not UTF-8: a broken two-byte sequence, 0xFF, an overlong "/" and a lone surrogate. */
const INVALID_UTF8 = Buffer.from([0xc3, 0x28, 0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80]);
/** Forms take at most 100 kB; this value fits, the body limit is not what is tested. */
const OVERLONG = 60_000;

interface Finding {
  what: string;
  status: number | null;
  detail: string;
}

describe('hostile requests', () => {
  let api: ApiHandle;
  let beheerder: GraphqlHttpClient;
  let ids: Ids;
  let routes: Array<{ method: string; path: string }>;
  let storyId: string;
  let docentCookie: string;
  let redacteurCookie: string;
  let beheerderCookie: string;
  const formTokens: string[] = [];
  let requests = 0;
  const covered = new Set<string>();
  const findings: Finding[] = [];

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_RATE_LIMIT: '10000' }, readyTimeoutMs: 180_000 });
    beheerder = await signedIn(api.url, 'beheerder');
    const docent = await signedIn(api.url, 'docent');
    ids = await authzIds(api.url, docent);
    docentCookie = docent.cookieHeader();
    beheerderCookie = beheerder.cookieHeader();
    const redacteur = await signedIn(api.url, 'redacteur');
    redacteurCookie = redacteur.cookieHeader();
    storyId = (
      await redacteur.request<{ createStory: { id: string } }>('mutation($i: CreateStoryInput!) { createStory(input: $i) { id } }', {
        i: { regionId: ids.regionId, title: 'Vijandige verzoeken', lead: 'Een intro.', body: '<p>Tekst.</p>', audience: ['OUDERS'] },
      })
    ).createStory.id;
    routes = [...api.logs().matchAll(/"msg":"Mapped \{([^,}]+), (GET|POST|PUT|PATCH|DELETE)\} route"/g)].map((m) => ({ path: m[1], method: m[2] }));
    // The loket intake needs a signed form token per submission (at least 3 s old when used).
    for (let i = 0; i < 120; i++) {
      const page = await (await fetch(`${api.url}/publiek/${REGION}/loket`)).text();
      const token = /name="formToken" value="([^"]+)"/.exec(page)?.[1];
      if (!token) throw new Error('no form token on the loket intake page');
      formTokens.push(token.replace(/&amp;/g, '&'));
    }
  }, 300_000);

  afterAll(async () => {
    process.stdout.write(`hostile-requests: ${requests} requests over ${covered.size} routes/operations, ${findings.length} server errors\n`);
    await api?.stop();
  });

  // ---------------------------------------------------------------------------------------------

  const serverError = (status: number | null, head: string) => status !== null && status >= 500 && !(status === 503 && /\r\nretry-after:/i.test(head));

  /** Sends one raw request and records a 5xx (other than the documented 503). */
  async function send(what: string, route: string, request: RawRequest): Promise<RawAnswer> {
    requests += 1;
    covered.add(route);
    const answer = await rawHttp(api.port, request);
    if (serverError(answer.status, answer.head)) findings.push({ what, status: answer.status, detail: answer.body.toString('utf8').slice(0, 200) });
    return answer;
  }

  /** The process still runs and answers /healthz; every finding of the group is reported. */
  async function expectGroupSurvived(group: string): Promise<void> {
    let alive = true;
    try {
      process.kill(api.pid, 0);
    } catch {
      alive = false;
    }
    expect({ group, alive }).toEqual({ group, alive: true });
    const health = await fetch(`${api.url}/healthz`).catch((error: Error) => ({ status: `no answer (${error.message})` }));
    expect({ group, health: health.status }).toEqual({ group, health: 200 });
    expect({ group, serverErrors: findings.filter((f) => f.what.startsWith(group)) }).toEqual({ group, serverErrors: [] });
  }

  const tmpFiles = () => {
    const dir = join(api.dataDir, 'files', 'tmp');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  /** Fills a route pattern's parameters; `hostile` replaces one of them. */
  const paramValues = (): Record<string, string> => ({
    slug: REGION,
    id: ids.publicActivityId,
    token: 'a'.repeat(43),
    reference: 'LK-2027-0001',
    werkgroepId: ids.engelsWerkgroepId,
    documentId: ids.engelsDocumentId,
    storyId,
  });
  const fill = (pattern: string, values: Record<string, string>) =>
    pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      if (!(name in values)) throw new Error(`no value for :${name} in ${pattern}`);
      return values[name];
    });

  // ---------------------------------------------------------------------------------------------
  // The route table: every state-changing route of the Nest router has a case below.

  /** Public forms (application/x-www-form-urlencoded) and their fields with an ordinary value. */
  const FORMS: Record<string, (n: number) => Record<string, string>> = {
    '/publiek/:slug/loket': (n) => ({
      companyName: `Bakkerij ${MARK}x${n}`,
      kvk: '12345678',
      sector: 'Voeding',
      location: 'Ermelo',
      contactName: markedName(n),
      contactEmail: markedEmail(n),
      contactPhone: '0612345678',
      type: 'STAGEPLAATSEN',
      level: 'vmbo kader',
      period: 'voorjaar',
      periodStart: '2027-03-01',
      periodEnd: '2027-04-01',
      capacity: '2',
      message: `Groet van ${markedName(n)}`,
      consent: 'ja',
      website: '',
      formToken: formTokens[n % formTokens.length],
    }),
    '/loket/status/:token': (n) => ({ body: `Vraag van ${markedName(n)}` }),
    '/loket/inloggen': (n) => ({ email: markedEmail(n), regionSlug: REGION }),
    '/loket/inloggen/:token': () => ({}),
    '/loket/uitloggen': () => ({}),
    '/loket/mijn-aanvragen/:reference': (n) => ({ body: `Reactie van ${markedName(n)}` }),
    '/publiek/:slug/nieuwsbrief': (n) => ({ email: markedEmail(n) }),
    '/publiek/:slug/nieuwsbrief/bevestigen/:token': () => ({}),
    '/publiek/:slug/nieuwsbrief/afmelden/:token': () => ({}),
    '/publiek/:slug/activiteiten/:id/aanmelden': (n) => ({ name: markedName(n), email: markedEmail(n) }),
    '/aanmelden/bevestig/:token': () => ({}),
    '/aanmelden/claim/:token': () => ({}),
    // The web app's sign-out (a form POST so the provider's session can end too); no session here.
    '/auth/logout': () => ({}),
  };
  /** Upload routes (multipart/form-data) with the persona allowed to upload and the text fields read. */
  const UPLOADS: Record<string, { cookie: () => string; fields: string[] }> = {
    '/bestanden/werkgroepen/:werkgroepId': { cookie: () => docentCookie, fields: ['title', 'description', 'note'] },
    '/bestanden/documenten/:documentId/versies': { cookie: () => docentCookie, fields: ['note'] },
    '/bestanden/verhalen/:storyId/afbeeldingen': { cookie: () => redacteurCookie, fields: ['alt'] },
  };
  const GRAPHQL_ROUTE = '/graphql';

  it('knows every state-changing route of the router', () => {
    expect(routes.length).toBeGreaterThan(20);
    const writes = routes.filter((r) => r.method !== 'GET').map((r) => r.path);
    expect(writes).toContain(GRAPHQL_ROUTE);
    const known = new Set([...Object.keys(FORMS), ...Object.keys(UPLOADS), GRAPHQL_ROUTE]);
    expect(writes.filter((path) => !known.has(path))).toEqual([]); // a new POST route needs its hostile cases here
    expect([...known].filter((path) => !writes.includes(path))).toEqual([]); // and a removed one leaves the table
  });

  // ---------------------------------------------------------------------------------------------

  it('GraphQL: a NUL byte in every string of every mutation never ends in INTERNAL or a 5xx', async () => {
    const schema = buildSchema(readFileSync(join(REPO_ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.filter((m) => !ALL_AUTHZ[m])).toEqual([]); // every mutation has a case (tests/e2e/cases)
    const jobs: Array<{ mutation: string; where: string; doc: string; vars: Record<string, unknown> }> = [];
    for (const mutation of mutations) {
      const c = ALL_AUTHZ[mutation];
      for (const variant of nulVariants(schema, c.doc, c.vars?.(ids) ?? {})) jobs.push({ mutation, ...variant });
    }
    let cookie = beheerderCookie;
    const run = async (job: (typeof jobs)[number]) => {
      // Sign-in and sign-out get their own anonymous request, so the beheerder's session lives on.
      const own = /^sign(In|InAsDemo|Out)$/.test(job.mutation);
      const post = () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(own ? {} : { cookie }) },
          body: JSON.stringify({ query: job.doc, variables: job.vars }),
        });
      requests += 1;
      covered.add(`graphql ${job.mutation}`);
      let res = await post();
      let body = (await res.json().catch(() => ({}))) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      if (!own && body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
        // A mutation ended the session (e.g. a password change): sign in again and repeat it.
        beheerder = await signedIn(api.url, 'beheerder');
        cookie = beheerder.cookieHeader();
        requests += 1;
        res = await post();
        body = (await res.json().catch(() => ({}))) as typeof body;
      }
      const internal = body.errors?.filter((e) => e.extensions?.code === 'INTERNAL') ?? [];
      if (res.status >= 500 || internal.length > 0) {
        findings.push({ what: `graphql ${job.mutation} (${job.where})`, status: res.status, detail: internal.map((e) => e.message).join('; ') || `HTTP ${res.status}` });
      }
    };
    // Mutations one after another (each may change what the next one finds), their variants 4 at a time.
    for (const mutation of mutations) {
      const mine = jobs.filter((j) => j.mutation === mutation);
      for (let i = 0; i < mine.length; i += 4) await Promise.all(mine.slice(i, i + 4).map(run));
    }
    await expectGroupSurvived('graphql');
  }, 240_000);

  it('GraphQL: raw invalid UTF-8, NUL and malformed bodies, duplicate and overlong headers', async () => {
    const json = (text: string) => Buffer.from(text, 'utf8');
    const withBytes = (before: string, bytes: Buffer, after: string) => Buffer.concat([json(before), bytes, json(after)]);
    const viewer = '{"query":"mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { authenticated } }","variables":{"e":"';
    const cases: Array<[string, RawRequest]> = [
      ['invalid UTF-8 in a variable', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: withBytes(viewer, INVALID_UTF8, `${markedEmail(900)}","p":"x"}}`) }],
      ['raw NUL in a JSON string', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: withBytes(viewer, Buffer.from([0]), `${markedEmail(901)}","p":"x"}}`) }],
      ['escaped NUL in a JSON string', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: json(`${viewer}\\u0000${markedEmail(902)}","p":"x"}}`) }],
      [
        'invalid UTF-8 in the query text',
        { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: withBytes('{"query":"{ viewer { authenticated } #', INVALID_UTF8, '"}') },
      ],
      ['NUL in the query text', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: json('{"query":"{ viewer\\u0000 { authenticated } }"}') }],
      ['truncated JSON', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: json(viewer.slice(0, 40)) }],
      [
        'body shorter than Content-Length',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Length', '5000'],
          ],
          body: json(viewer),
          endAfterBodyBytes: 50,
        },
      ],
      [
        'body over 1 MB',
        { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json']], body: json(`{"query":"{ viewer { authenticated } }","variables":{"x":"${'a'.repeat(1_100_000)}"}}`) },
      ],
      [
        'duplicate Content-Type',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Type', 'text/plain'],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      [
        'duplicate Content-Length',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Length', '38'],
            ['Content-Length', '12'],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      [
        'overlong header',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['X-Vulling', 'a'.repeat(20_000)],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      [
        'overlong cookie',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Cookie', `vb_session=${'a'.repeat(12_000)}`],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      [
        'NUL and invalid UTF-8 in a header',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Cookie', `vb_session=a\u0000b${INVALID_UTF8.toString('latin1')}`],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      ['unsupported charset', { method: 'POST', path: '/graphql', headers: [['Content-Type', 'application/json; charset=utf-7']], body: json('{"query":"{ viewer { authenticated } }"}') }],
      [
        'garbage gzip',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Encoding', 'gzip'],
          ],
          body: randomBytes(200),
        },
      ],
      [
        'unknown Content-Encoding',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Encoding', 'br, x-zwaan'],
          ],
          body: json('{"query":"{ viewer { authenticated } }"}'),
        },
      ],
      [
        'a variable nested 5000 levels deep',
        {
          method: 'POST',
          path: '/graphql',
          headers: [['Content-Type', 'application/json']],
          body: json(`{"query":"{ viewer { authenticated } }","variables":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`),
        },
      ],
      [
        'chunked body that never ends',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Transfer-Encoding', 'chunked'],
          ],
          body: json('10\r\n{"query":"{ view'),
          endAfterBodyBytes: 19,
        },
      ],
      [
        'Content-Length and Transfer-Encoding together',
        {
          method: 'POST',
          path: '/graphql',
          headers: [
            ['Content-Type', 'application/json'],
            ['Content-Length', '3'],
            ['Transfer-Encoding', 'chunked'],
          ],
          body: json('0\r\n\r\n'),
        },
      ],
    ];
    for (const [name, request] of cases) await send(`graphql-raw ${name}`, 'graphql raw', request);
    await expectGroupSurvived('graphql-raw');
  }, 120_000);

  // ---------------------------------------------------------------------------------------------

  it('public forms: a field sent twice or as a nested object is refused with 400 BAD_USER_INPUT, never reaching code that expects text', async () => {
    let n = 5000;
    for (const [route, fieldsOf] of Object.entries(FORMS)) {
      const fields = fieldsOf(n++);
      const field = Object.keys(fields).find((f) => f !== 'formToken') ?? 'x';
      const ordinary = new URLSearchParams(fields).toString();
      for (const [what, extra] of [
        ['twice', `&${field}=${encodeURIComponent(markedName(n))}`],
        ['nested', `&${field}[a]=${encodeURIComponent(markedName(n))}`],
      ]) {
        const answer = await send(`forms-shape ${route} ${what}`, route, {
          method: 'POST',
          path: fill(route, paramValues()),
          headers: [['Content-Type', 'application/x-www-form-urlencoded']],
          body: Buffer.from(`${ordinary.replace(new RegExp(`(^|&)${field}=[^&]*`), '')}${extra}&${field}=x`),
        });
        expect({ route, what, status: answer.status, code: (JSON.parse(answer.body.toString('utf8') || '{}') as { code?: string }).code }).toEqual({
          route,
          what,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
      }
    }
    await expectGroupSurvived('forms-shape');
  }, 120_000);

  it('public forms: NUL, invalid UTF-8 and overlong values in every field and path parameter, hostile headers and bodies', async () => {
    let n = 0;
    const encode = (fields: Record<string, string | Buffer>) =>
      Buffer.concat(Object.entries(fields).flatMap(([k, v], i) => [Buffer.from(`${i ? '&' : ''}${encodeURIComponent(k)}=`), Buffer.isBuffer(v) ? v : Buffer.from(encodeURIComponent(v))]));
    const formHeaders = (extra: Array<[string, string]> = []): Array<[string, string]> => [['Content-Type', 'application/x-www-form-urlencoded'], ...extra];
    for (const [route, fieldsOf] of Object.entries(FORMS)) {
      const path = fill(route, paramValues());
      const post = (what: string, body: Buffer, headers = formHeaders(), extra: Partial<RawRequest> = {}) => send(`forms ${route} ${what}`, route, { method: 'POST', path, headers, body, ...extra });
      const names = Object.keys(fieldsOf(0));
      for (const field of names) {
        const base = () => fieldsOf(n++);
        const ordinary = base();
        await post(`${field}: NUL`, encode({ ...ordinary, [field]: `${ordinary[field]}\u0000${markedName(n)}` }));
        await post(`${field}: raw invalid UTF-8`, encode({ ...base(), [field]: Buffer.concat([Buffer.from(markedName(n)), INVALID_UTF8]) }));
        await post(`${field}: percent-encoded invalid UTF-8`, encode({ ...base(), [field]: Buffer.from(`${markedName(n)}%C3%28%FF%C0%AF%ED%A0%80%00`) }));
        await post(`${field}: overlong`, encode({ ...base(), [field]: `${markedName(n)}${'x'.repeat(OVERLONG)}` }));
        await post(`${field}: CR/LF`, encode({ ...base(), [field]: `${markedName(n)}\r\nBcc: ${markedEmail(n)}\r\n\r\nKlik hier` }));
        await post(`${field}: twice`, Buffer.concat([encode(base()), Buffer.from(`&${field}=${encodeURIComponent(markedName(n))}&${field}=%00`)]));
        await post(`${field}: nested`, Buffer.concat([encode(base()), Buffer.from(`&${field}[a][b]=${encodeURIComponent(markedName(n))}&${field}[]=x`)]));
      }
      // Path parameters: NUL, invalid UTF-8 (percent-encoded: a request line is bytes too, but Node refuses raw ones itself), traversal, overlong.
      for (const param of route.match(/:[A-Za-z]+/g) ?? []) {
        for (const [what, value] of [
          ['NUL', 'x%00y'],
          ['invalid UTF-8', '%C3%28%FF'],
          ['traversal', '..%2f..%2fgraphql'],
          ['overlong', 'p'.repeat(8_000)],
        ]) {
          await post(`${param} ${what}`, encode(fieldsOf(n++)), formHeaders(), { path: fill(route, { ...paramValues(), [param.slice(1)]: value }) });
        }
      }
      // The body and its headers.
      await post('body over the limit', encode({ ...fieldsOf(n++), padding: 'x'.repeat(150_000) }));
      await post('JSON instead of a form', Buffer.from(JSON.stringify(fieldsOf(n++))), [['Content-Type', 'application/json']]);
      await post('invalid JSON', Buffer.from(`{"email": "${markedEmail(n++)}`), [['Content-Type', 'application/json']]);
      await post('multipart instead of a form', multipartBody(BOUNDARY, [{ headers: 'Content-Disposition: form-data; name="email"', data: markedEmail(n++) }], false), [
        ['Content-Type', `multipart/form-data; boundary=${BOUNDARY}`],
      ]);
      await post('unsupported charset', encode(fieldsOf(n++)), [['Content-Type', 'application/x-www-form-urlencoded; charset=utf-7']]);
      await post('no Content-Type', encode(fieldsOf(n++)), []);
      await post('duplicate Content-Type', encode(fieldsOf(n++)), formHeaders([['Content-Type', 'application/json']]));
      for (const [header, first, second] of [
        ['Content-Length', '1', '2'],
        ['Origin', api.url, 'https://kwaadaardig.example.com'],
        ['Cookie', 'vb_loket=a', 'vb_loket=b\u0000'],
      ]) {
        await post(
          `duplicate ${header}`,
          encode(fieldsOf(n++)),
          formHeaders([
            [header, first],
            [header, second],
          ]),
        );
      }
      await post('overlong header', encode(fieldsOf(n++)), formHeaders([['X-Vulling', 'a'.repeat(20_000)]]));
      await post('overlong cookie', encode(fieldsOf(n++)), formHeaders([['Cookie', `vb_loket=${'a'.repeat(12_000)}`]]));
      await post('many headers', encode(fieldsOf(n++)), formHeaders(Array.from({ length: 3000 }, (_, i): [string, string] => [`X-H${i}`, 'x'])));
      await post(
        '100 000 fields',
        Buffer.from(
          Array.from({ length: 100_000 }, (_, i) => `f${i}=1`)
            .join('&')
            .slice(0, 99_000),
        ),
      );
      await post('garbage gzip', randomBytes(300), formHeaders([['Content-Encoding', 'gzip']]));
      await post('short body', encode(fieldsOf(n++)), formHeaders([['Content-Length', '4000']]), { endAfterBodyBytes: 20 });
      await post('aborted body', encode(fieldsOf(n++)), formHeaders([['Content-Length', '4000']]), { abortAfterBodyBytes: 20 });
    }
    await expectGroupSurvived('forms');
  }, 300_000);

  // ---------------------------------------------------------------------------------------------

  it('uploads: truncated, malformed and aborted multipart and hostile parts, with nothing left in DATA_DIR/files/tmp', async () => {
    const file = (name: Buffer | string, data: Buffer | string = 'Hallo\n') => ({
      headers: Buffer.concat([Buffer.from('Content-Disposition: form-data; name="file"; filename="'), Buffer.isBuffer(name) ? name : Buffer.from(name), Buffer.from('"\r\nContent-Type: text/plain')]),
      data,
    });
    const field = (name: string, value: Buffer | string) => ({ headers: `Content-Disposition: form-data; name="${name}"`, data: value });
    const multipartHeaders = (cookie: string, boundary = BOUNDARY): Array<[string, string]> => [
      ['Content-Type', `multipart/form-data; boundary=${boundary}`],
      ['Cookie', cookie],
    ];
    for (const [route, upload] of Object.entries(UPLOADS)) {
      const path = fill(route, paramValues());
      const post = (what: string, body: Buffer, extra: Partial<RawRequest> = {}, cookie = upload.cookie()) =>
        send(`uploads ${route} ${what}`, route, { method: 'POST', path, headers: multipartHeaders(cookie), body, ...extra });
      const textFields = (n: number) => upload.fields.map((name) => field(name, name === 'alt' ? `Foto van ${markedName(n)}` : `Notitie ${markedName(n)}`));
      const complete = (n: number, parts = [...textFields(n), file('notitie.txt')]) => multipartBody(BOUNDARY, parts);
      let n = 1000;
      const whole = complete(n++);

      await post('truncated before the closing boundary', whole.subarray(0, whole.length - `--${BOUNDARY}--\r\n`.length - 3));
      await post('truncated inside a part header', Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="fi`)]));
      await post('only the first boundary', Buffer.from(`--${BOUNDARY}\r\n`));
      await post('empty body', Buffer.alloc(0));
      await post('malformed part header (no colon)', multipartBody(BOUNDARY, [{ headers: 'Dit is geen kop', data: 'x' }, file('a.txt')]));
      await post('malformed part header (binary)', multipartBody(BOUNDARY, [{ headers: Buffer.from([0, 1, 2, 0xff, 0x3a, 0x0d, 0x0a, 0x20]), data: 'x' }, file('a.txt')]));
      await post('part without Content-Disposition', multipartBody(BOUNDARY, [{ headers: 'Content-Type: text/plain', data: 'x' }, file('a.txt')]));
      await post('Content-Disposition without a name', multipartBody(BOUNDARY, [{ headers: 'Content-Disposition: form-data; filename="a.txt"', data: 'x' }]));
      await post(
        'header block over the limit',
        multipartBody(BOUNDARY, [{ headers: `Content-Disposition: form-data; name="file"; filename="a.txt"\r\nX-Vulling: ${'a'.repeat(100_000)}`, data: 'x' }]),
      );
      await post('NUL in the file name', complete(n++, [...textFields(n), file(Buffer.from(`a\u0000${markedName(n)}.txt`))]));
      await post('invalid UTF-8 in the file name', complete(n++, [...textFields(n), file(Buffer.concat([Buffer.from(markedName(n)), INVALID_UTF8, Buffer.from('.txt')]))]));
      await post('overlong file name', complete(n++, [...textFields(n), file(`${markedName(n)}${'n'.repeat(20_000)}.txt`)]));
      await post('file name with path and encoded traversal', complete(n++, [...textFields(n), file('..\\..\\%2e%2e/etc/passwd')]));
      await post(
        'RFC 5987 file name with invalid UTF-8',
        complete(n++, [...textFields(n), { headers: `Content-Disposition: form-data; name="file"; filename*=utf-8''%C3%28%FF%00${MARK}.txt`, data: 'x' }]),
      );
      for (const name of upload.fields) {
        await post(`NUL in ${name}`, complete(n++, [field(name, `${markedName(n)}\u0000`), file('a.txt')]));
        await post(`invalid UTF-8 in ${name}`, complete(n++, [field(name, Buffer.concat([Buffer.from(markedName(n)), INVALID_UTF8])), file('a.txt')]));
        await post(`overlong ${name}`, complete(n++, [field(name, `${markedName(n)}${'y'.repeat(50_000)}`), file('a.txt')]));
      }
      await post('too many fields', complete(n++, [...Array.from({ length: 50 }, (_, i) => field(`veld${i}`, markedName(n))), file('a.txt')]));
      await post('three files', complete(n++, [...textFields(n), file('a.txt'), file('b.txt'), file('c.txt')]));
      await post('file part named otherwise', complete(n++, [...textFields(n), { ...file('a.txt'), headers: 'Content-Disposition: form-data; name="bestand"; filename="a.txt"' }]));
      await post('boundary missing from Content-Type', whole, {
        headers: [
          ['Content-Type', 'multipart/form-data'],
          ['Cookie', upload.cookie()],
        ],
      });
      await post('another boundary than the body', whole, { headers: multipartHeaders(upload.cookie(), 'nietdezegrens') });
      await post('overlong boundary', whole, { headers: multipartHeaders(upload.cookie(), 'b'.repeat(5_000)) });
      await post('duplicate Content-Type', whole, { headers: [...multipartHeaders(upload.cookie()), ['Content-Type', 'application/json']] });
      await post('JSON instead of multipart', Buffer.from(JSON.stringify({ title: markedName(n++) })), {
        headers: [
          ['Content-Type', 'application/json'],
          ['Cookie', upload.cookie()],
        ],
      });
      await post('short body (client stops early)', whole, {
        headers: [...multipartHeaders(upload.cookie()), ['Content-Length', String(whole.length + 10_000)]],
        endAfterBodyBytes: whole.length - 20,
      });
      // A large file dropped half-way: the part already written to a temporary file must go.
      const big = complete(n++, [...textFields(n), file('groot.txt', Buffer.alloc(3 * 1024 * 1024, 0x61))]);
      await post('aborted half-way', big, { abortAfterBodyBytes: 1024 * 1024 });
      await post('aborted in the part header', big, { abortAfterBodyBytes: 60 });
      await post('truncated, anonymous', whole.subarray(0, 100), {}, '');
      await post('truncated, signed in without the right', whole.subarray(0, whole.length - 10), {}, beheerderCookie.replace(/vb_session=[^;]*/, 'vb_session=verzonnen'));
    }
    // The server notices a dropped connection by itself; give it that moment (polling, not a timed assertion).
    await waitFor('DATA_DIR/files/tmp to be empty', async () => tmpFiles().length === 0, 30_000).catch(() => undefined);
    expect(tmpFiles()).toEqual([]);
    await expectGroupSurvived('uploads');
  }, 300_000);

  // ---------------------------------------------------------------------------------------------

  it('wrote none of the personal data it sent into the logs', () => {
    const leaked = api
      .logs()
      .split('\n')
      .filter((line) => line.includes(MARK) || line.includes(MARK.toLowerCase()));
    expect({ linesWithPersonalData: leaked.length, first: leaked.slice(0, 3).map((l) => l.slice(0, 400)) }).toEqual({ linesWithPersonalData: 0, first: [] });
  });
});

/**
 * The GraphQL variants of one case: a NUL byte (and the marker) in each String literal and each
 * string variable, and one more with every String argument or input field the case leaves out.
 */
function nulVariants(schema: GraphQLSchema, doc: string, vars: Record<string, unknown>): Array<{ where: string; doc: string; vars: Record<string, unknown> }> {
  let k = 0;
  const inject = (value: string) => `${value}\u0000${MARK}n${k++}`;
  const variants: Array<{ where: string; doc: string; vars: Record<string, unknown> }> = [];
  const ast = parse(doc);

  let literals = 0;
  visit(ast, { StringValue: () => void (literals += 1) });
  for (let target = 0; target < literals; target++) {
    let index = 0;
    const changed = visit(ast, { StringValue: (node) => (index++ === target ? { ...node, value: inject(node.value), block: false } : undefined) });
    variants.push({ where: `literal ${target + 1}`, doc: print(changed), vars });
  }

  const walk = (value: unknown, path: Array<string | number>): Array<Array<string | number>> => {
    if (typeof value === 'string') return [path];
    if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => walk(v, [...path, key]));
    return [];
  };
  for (const path of walk(vars, [])) {
    const copy = structuredClone(vars) as Record<string | number, unknown>;
    let at = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    at[last] = inject(at[last] as string);
    variants.push({ where: `$${path.join('.')}`, doc, vars: copy });
  }

  // Every String argument and String field of an input object the case does not send.
  const typeInfo = new TypeInfo(schema);
  const added = structuredClone(vars);
  let addedCount = 0;
  const missingStringFields = (type: GraphQLInputObjectType, present: Set<string>) => Object.values(type.getFields()).filter((f) => !present.has(f.name) && getNamedType(f.type).name === 'String');
  const extended = visit(
    ast,
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        if (typeInfo.getParentType() !== schema.getMutationType()) return undefined;
        const def = typeInfo.getFieldDef();
        if (!def) return undefined;
        const args: ArgumentNode[] = [...(node.arguments ?? [])];
        for (const arg of def.args) {
          const named = getNamedType(arg.type);
          const index = args.findIndex((a) => a.name.value === arg.name);
          if (index < 0 && named.name === 'String') {
            args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg.name }, value: { kind: Kind.STRING, value: inject(arg.name) } });
            addedCount += 1;
          } else if (index >= 0 && isInputObjectType(named)) {
            const value = args[index].value;
            if (value.kind === Kind.OBJECT) {
              const extra: ObjectFieldNode[] = missingStringFields(named, new Set(value.fields.map((f) => f.name.value))).map((f) => ({
                kind: Kind.OBJECT_FIELD,
                name: { kind: Kind.NAME, value: f.name },
                value: { kind: Kind.STRING, value: inject(f.name) },
              }));
              addedCount += extra.length;
              args[index] = { ...args[index], value: { ...value, fields: [...value.fields, ...extra] } };
            } else if (value.kind === Kind.VARIABLE) {
              const object = added[value.name.value];
              if (object && typeof object === 'object' && !Array.isArray(object)) {
                for (const f of missingStringFields(named, new Set(Object.keys(object)))) {
                  (object as Record<string, unknown>)[f.name] = inject(f.name);
                  addedCount += 1;
                }
              }
            }
          }
        }
        return { ...node, arguments: args };
      },
    }),
  );
  if (addedCount > 0) variants.push({ where: 'absent String arguments and fields', doc: print(extended), vars: added });
  return variants;
}
