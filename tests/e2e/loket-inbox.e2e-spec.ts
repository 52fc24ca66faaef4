// The business loket's inbox and the company's returning visits, end to end against the built
// API with a real SMTP server: inbox filters and search, the CSV export (formula injection,
// erased contacts), reports for a known set, canned replies, the audit log, magic-link sign-in
// with its session cookie, the server-rendered intake form and the status page's script.
import WebSocket from 'ws';
import { apiSuite } from '../support/api-suite';
import { sleep } from '../support/timing';
import { linkToken, ReceivedMail } from '../support/smtp';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { formTokens } from '../support/loket-fixtures';

const linkIn = (mail: ReceivedMail, path: string) => linkToken(mail, `/loket/${path}`, path);
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const form = (values: Record<string, string>) => ({ method: 'POST', redirect: 'manual' as const, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values) });

const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
const LIST = 'query($r: ID!, $f: LoketRequestFilter, $s: LoketRequestStatus) { loketRequests(regionId: $r, filter: $f, status: $s) { id reference createdAt company { name } } }';

interface Listed {
  id: string;
  reference: string;
  createdAt: string;
  company: { name: string };
}

describe('business loket: inbox, reports and returning companies', () => {
  const suite = apiSuite({ mail: true, start: { env: { LOGIN_RATE_LIMIT: '10', LOKET_SIGN_IN_MINUTES: '0.25' } } });
  let ids: DemoIds;
  let anonymous: GraphqlHttpClient;
  let loket: GraphqlHttpClient;
  let beheerder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  let startedAt: Date;
  let landstede: string;
  let tomToken = '';
  const mine: Record<'A' | 'B' | 'C' | 'D', Listed> = {} as never;

  const mailsTo = (address: string, subject = '') => suite.smtp.messages.filter((x) => x.to.includes(address) && x.subject.startsWith(subject));
  const list = async (filter: Record<string, unknown> | null, status?: string) =>
    (await loket.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: filter, s: status ?? null })).loketRequests.map((r) => r.company.name);
  const policy = (over: Record<string, unknown>) =>
    beheerder.request('mutation($input: LoketSlaPolicyInput!) { setLoketSlaPolicy(input: $input) { regionId } }', {
      input: { regionId: ids.regionId, firstResponseMinutes: 600, resolutionMinutes: 60000, warnBeforeMinutes: 60, businessHours: false, ...over },
    });

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    loket = await signedIn(suite.api.url, 'loket');
    docent = await signedIn(suite.api.url, 'docent');
    anonymous = new GraphqlHttpClient(suite.api.url);
    ids = await demoIds(beheerder);
    const { region } = await beheerder.request<{ region: { schools: Array<{ id: string; name: string }> } }>('{ region(slug: "noord-west-veluwe") { schools { id name } } }');
    landstede = region.schools.find((s) => s.name === 'Landstede MBO')?.id as string;
    startedAt = new Date();
    const nextFormToken = await formTokens(anonymous);
    await sleep(3200);
    const base = { regionSlug: 'noord-west-veluwe', consent: true };
    const submissions = [
      { companyName: 'Filter Metaal BV', kvk: '40000001', contactName: 'Piet Filter', contactEmail: 'piet@filtermetaal.example', type: 'STAGEPLAATSEN' },
      { companyName: 'Groene Vingers Hoveniers', kvk: '40000002', contactName: 'Sara Groen', contactEmail: 'sara@groenevingers.example', type: 'GASTLES' },
      { companyName: '=HYPERLINK("http://evil.example")', kvk: '40000003', contactName: 'Eva Formule', contactEmail: 'eva@formule.example', type: 'WERKGROEP' },
      { companyName: 'Filter Metaal BV', kvk: '40000001', contactName: 'Piet Filter', contactEmail: 'piet@filtermetaal.example', type: 'EXCURSIE', period: 'najaar' },
    ];
    for (const input of submissions) {
      await anonymous.request(SUBMIT, { input: { ...base, formToken: nextFormToken(), ...input } });
      await sleep(20);
    }
    const all = (await loket.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: null })).loketRequests.filter((r) => new Date(r.createdAt) >= startedAt);
    const byName = (name: string) => all.filter((r) => r.company.name === name);
    [mine.D, mine.A] = byName('Filter Metaal BV');
    mine.B = byName('Groene Vingers Hoveniers')[0];
    mine.C = byName('=HYPERLINK("http://evil.example")')[0];
  }, 90_000);

  it('filters the inbox by status, type, school, owner and search, newest first', async () => {
    const names = await list(null);
    expect(names.slice(0, 4)).toEqual(['Filter Metaal BV', '=HYPERLINK("http://evil.example")', 'Groene Vingers Hoveniers', 'Filter Metaal BV']);
    expect(await list({ search: 'filter METAAL' })).toEqual(['Filter Metaal BV', 'Filter Metaal BV']);
    expect(await list({ search: '40000002' })).toEqual(['Groene Vingers Hoveniers']);
    expect(await list({ search: 'sara groen' })).toEqual(['Groene Vingers Hoveniers']);
    const byReference = (await loket.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: { search: mine.A.reference.toLowerCase() } })).loketRequests;
    expect(byReference.map((r) => r.id)).toEqual([mine.A.id]);
    expect(await list({ search: '100%_' })).toEqual([]);
    expect(await list({ type: ['GASTLES'], search: 'groen' })).toEqual(['Groene Vingers Hoveniers']);
    expect(await list({ type: ['STAGEPLAATSEN', 'EXCURSIE'], search: 'metaal' })).toEqual(['Filter Metaal BV', 'Filter Metaal BV']);
    // The stageplaatsen rule routes to Landstede; the others go to the catch-all rule without schools.
    const atLandstede = await list({ schoolId: landstede });
    expect(atLandstede).toContain('Filter Metaal BV');
    expect(atLandstede).not.toContain('Groene Vingers Hoveniers');
    // Ilse owns all four through the routing rules; the beheerder owns none of them.
    expect(await list({ mine: true, search: 'groen' })).toEqual(['Groene Vingers Hoveniers']);
    const beheerderMine = await beheerder.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: { mine: true, search: 'groen' } });
    expect(beheerderMine.loketRequests).toEqual([]);

    await loket.request('mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id: mine.B.id });
    expect(await list({ search: 'groen' })).toEqual([]);
    expect(await list({ search: 'groen', includeClosed: true })).toEqual(['Groene Vingers Hoveniers']);
    expect(await list({ status: ['AFGEROND'], search: 'groen' })).toEqual(['Groene Vingers Hoveniers']);
    expect(await list({ status: ['NIEUW'], search: 'groen' })).toEqual([]);
    // The old status argument still works, with and without the filter.
    expect(await list(null, 'AFGEROND')).toContain('Groene Vingers Hoveniers');
    expect(await list({ search: 'groen' }, 'AFGEROND')).toEqual(['Groene Vingers Hoveniers']);

    const long = await loket.query(LIST, { r: ids.regionId, f: { search: 'x'.repeat(101) } });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((long.errors?.[0].extensions?.fields as Array<{ field: string }>)[0].field).toBe('filter.search');
  });

  it('filters on the clock: breached and at risk', async () => {
    // A little clock time must have passed for a 0.01-minute target.
    await sleep(1000);
    try {
      await policy({ firstResponseMinutes: 0.01 });
      expect(await list({ sla: 'BREACHED', search: 'metaal' })).toEqual(['Filter Metaal BV', 'Filter Metaal BV']);
      expect(await list({ sla: 'AT_RISK', search: 'metaal' })).toEqual([]);
      await policy({ firstResponseMinutes: 600, warnBeforeMinutes: 599.99 });
      expect(await list({ sla: 'AT_RISK', search: 'metaal' })).toEqual(['Filter Metaal BV', 'Filter Metaal BV']);
      expect(await list({ sla: 'BREACHED', search: 'metaal' })).toEqual([]);
      // Closed requests are never at risk or breached.
      expect(await list({ sla: 'AT_RISK', search: 'groen', includeClosed: true })).toEqual([]);
    } finally {
      await policy({});
    }
  });

  it('exports the inbox as CSV with Dutch labels, guarded against formulas, and erased contacts removed', async () => {
    await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Welke opleidingen zoeken jullie?") { id } }', { id: mine.A.id });
    const { companyId } = await loket
      .request<{ loketRequest: { company: { id: string } } }>('query($id: ID!) { loketRequest(id: $id) { company { id } } }', { id: mine.C.id })
      .then((r) => ({ companyId: r.loketRequest.company.id }));
    await beheerder.request('mutation($c: ID!) { eraseLoketCompany(companyId: $c) }', { c: companyId });

    const { exportLoketRequestsCsv: csv } = await loket.request<{ exportLoketRequestsCsv: string }>('query($r: ID!, $f: LoketRequestFilter) { exportLoketRequestsCsv(regionId: $r, filter: $f) }', {
      r: ids.regionId,
      f: { includeClosed: true },
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('referentie;ingediend;bedrijf;kvk;contactpersoon;type;status;behandelaar;scholen;eerste reactie (minuten);SLA eerste reactie gehaald;SLA afhandeling gehaald;afgerond');
    const row = (ref: string) => lines.find((l) => l.startsWith(`${ref};`)) as string;
    expect(row(mine.A.reference)).toMatch(
      new RegExp(
        `^${mine.A.reference};\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};Filter Metaal BV;40000001;Piet Filter;Stageplaatsen;In behandeling;Ilse Hoekstra;Landstede MBO, RSG Slingerbos Levant;[01];ja;open;$`,
      ),
    );
    expect(row(mine.B.reference)).toMatch(/;Groene Vingers Hoveniers;40000002;Sara Groen;Gastles;Afgerond;Ilse Hoekstra;;;open;ja;\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // A cell that starts with = is prefixed with a quote (and quoted for its own quotes); the erased contact is gone.
    expect(row(mine.C.reference)).toContain(';"\'=HYPERLINK(""http://evil.example"")";40000003;[verwijderd];Werkgroep;');
    expect(csv).not.toContain('Eva Formule');
    // The same filter as the inbox.
    const { exportLoketRequestsCsv: only } = await loket.request<{ exportLoketRequestsCsv: string }>('query($r: ID!) { exportLoketRequestsCsv(regionId: $r, filter: { search: "groen" }) }', {
      r: ids.regionId,
    });
    expect(only.trim().split('\r\n')).toHaveLength(1);
  });

  it('reports volume, response times and SLA results per type and school for a period', async () => {
    const REPORT =
      'query($r: ID!, $from: DateTime!, $to: DateTime!) { loketReport(regionId: $r, from: $from, to: $to) { total byType { key label count open closed medianFirstResponseMinutes firstResponseMet firstResponseBreached resolutionMet resolutionBreached } bySchool { key label count open closed } } }';
    const to = new Date(Date.now() + 60_000).toISOString();
    const { loketReport: report } = await loket.request<{ loketReport: { total: number; byType: Array<Record<string, unknown>>; bySchool: Array<Record<string, unknown>> } }>(REPORT, {
      r: ids.regionId,
      from: startedAt.toISOString(),
      to,
    });
    expect(report.total).toBe(4);
    const type = (key: string) => report.byType.find((r) => r.key === key);
    expect(type('STAGEPLAATSEN')).toEqual({
      key: 'STAGEPLAATSEN',
      label: 'Stageplaatsen',
      count: 1,
      open: 1,
      closed: 0,
      medianFirstResponseMinutes: expect.any(Number),
      firstResponseMet: 1,
      firstResponseBreached: 0,
      resolutionMet: 0,
      resolutionBreached: 0,
    });
    expect(type('STAGEPLAATSEN')?.medianFirstResponseMinutes).toBeLessThanOrEqual(1);
    expect(type('GASTLES')).toMatchObject({ label: 'Gastles', count: 1, open: 0, closed: 1, medianFirstResponseMinutes: null, firstResponseMet: 0, resolutionMet: 1 });
    expect(report.byType.map((r) => r.count).reduce((a, b) => (a as number) + (b as number))).toBe(4);
    expect(report.bySchool.find((r) => r.label === 'Landstede MBO')).toMatchObject({ count: 1, open: 1 });
    expect(report.bySchool.find((r) => r.key === 'geen')).toMatchObject({ label: 'Geen school', count: 3, open: 2, closed: 1 });

    // With a 0.01-minute target the same set counts as breached.
    try {
      await policy({ firstResponseMinutes: 0.01 });
      const breached = await loket.request<{ loketReport: { byType: Array<Record<string, unknown>> } }>(REPORT, { r: ids.regionId, from: startedAt.toISOString(), to });
      expect(breached.loketReport.byType.find((r) => r.key === 'STAGEPLAATSEN')).toMatchObject({ firstResponseMet: 0, firstResponseBreached: 1 });
    } finally {
      await policy({});
    }

    const reversed = await loket.query(REPORT, { r: ids.regionId, from: to, to: startedAt.toISOString() });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to', message: 'Het einde van de periode ligt na het begin.' }] });
    const tooLong = await loket.query(REPORT, { r: ids.regionId, from: '2020-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await docent.query(REPORT, { r: ids.regionId, from: startedAt.toISOString(), to })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps canned replies per region: create, change, unique titles, delete', async () => {
    const LIST_CANNED = 'query($r: ID!) { loketCannedReplies(regionId: $r) { id title body regionId updatedAt } }';
    const SAVE = 'mutation($input: LoketCannedReplyInput!) { saveLoketCannedReply(input: $input) { id title body } }';
    const before = (await loket.request<{ loketCannedReplies: Array<{ title: string }> }>(LIST_CANNED, { r: ids.regionId })).loketCannedReplies;
    expect(before.map((c) => c.title)).toEqual(['Beschikbaarheid vragen', 'Doorverwezen naar school', 'Ontvangst bevestigen']);
    const { saveLoketCannedReply: created } = await loket.request<{ saveLoketCannedReply: { id: string; title: string; body: string } }>(SAVE, {
      input: { regionId: ids.regionId, title: 'Afspraak <b>maken</b>', body: 'Zullen we een afspraak maken?' },
    });
    expect(created).toMatchObject({ title: 'Afspraak <b>maken</b>', body: 'Zullen we een afspraak maken?' });
    const { saveLoketCannedReply: changed } = await loket.request<{ saveLoketCannedReply: { id: string; body: string } }>(SAVE, {
      input: { id: created.id, regionId: ids.regionId, title: 'Afspraak <b>maken</b>', body: 'Wanneer kunnen we bellen?' },
    });
    expect(changed).toMatchObject({ id: created.id, body: 'Wanneer kunnen we bellen?' });
    const clash = await loket.query(SAVE, { input: { id: created.id, regionId: ids.regionId, title: 'BESCHIKBAARHEID vragen', body: 'x' } });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'title' });
    expect(clash.errors?.[0].message).toContain('al een standaardantwoord');
    const bad = await loket.query(SAVE, { input: { regionId: ids.regionId, title: 'x'.repeat(101), body: ' ' } });
    expect((bad.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['title', 'body']);
    const elsewhere = await loket.query(SAVE, { input: { id: created.id, regionId: ids.otherRegionId, title: 'Elders', body: 'x' } });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await loket.request<{ deleteLoketCannedReply: boolean }>('mutation($id: ID!) { deleteLoketCannedReply(id: $id) }', { id: created.id })).deleteLoketCannedReply).toBe(true);
    expect((await loket.query('mutation($id: ID!) { deleteLoketCannedReply(id: $id) }', { id: created.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const after = (await loket.request<{ loketCannedReplies: Array<{ title: string }> }>(LIST_CANNED, { r: ids.regionId })).loketCannedReplies;
    expect(after.map((c) => c.title)).toEqual(before.map((c) => c.title));
  });

  it('records who viewed and changed a request, once per ten minutes for views, and refuses outsiders', async () => {
    const AUDIT = 'query($id: ID!) { loketAuditLog(requestId: $id) { id action what personId personName at } }';
    const open = (client: GraphqlHttpClient) => client.request('query($id: ID!) { loketRequest(id: $id) { id } }', { id: mine.A.id });
    await open(loket);
    await open(loket);
    await open(beheerder);
    await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Interne notitie", internal: true) { id } }', { id: mine.A.id });
    const { loketAuditLog: log } = await beheerder.request<{ loketAuditLog: Array<{ action: string; what: string; personName: string; personId: string | null }> }>(AUDIT, { id: mine.A.id });
    const entries = log.map((e) => `${e.action} ${e.what} ${e.personName}`);
    expect({ entries, ilse: entries.filter((e) => e === 'VIEWED request Ilse Hoekstra').length }).toMatchObject({ ilse: 1 });
    expect(entries.filter((e) => e.startsWith('VIEWED request') && e !== 'VIEWED request Ilse Hoekstra')).toHaveLength(1);
    expect(entries).toContain('CHANGED reply Ilse Hoekstra');
    expect(entries).toContain('CHANGED internal-note Ilse Hoekstra');
    expect(entries).toContain('VIEWED export Ilse Hoekstra');
    expect(log.every((e) => e.personId)).toBe(true);
    // Newest first.
    expect(entries[0]).toBe('CHANGED internal-note Ilse Hoekstra');

    // The erased company's requests keep who did what, but nothing about the company.
    const erased = (await beheerder.request<{ loketAuditLog: Array<{ action: string; what: string }> }>(AUDIT, { id: mine.C.id })).loketAuditLog;
    expect(erased.map((e) => `${e.action} ${e.what}`)).toContain('CHANGED erase');
    expect(JSON.stringify(erased)).not.toMatch(/Eva|formule/i);

    // The docent's school (Morgen College) is not among the request's schools: as unknown.
    expect((await docent.query(AUDIT, { id: mine.A.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await anonymous.query(AUDIT, { id: mine.A.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs a returning company in with a single-use link and shows only its own requests', async () => {
    const ask = (email: string) => fetch(`${suite.api.url}/loket/inloggen`, form({ email, regionSlug: 'noord-west-veluwe' }));
    const signInPage = await fetch(`${suite.api.url}/loket/inloggen?regio=noord-west-veluwe`);
    const signInHtml = await signInPage.text();
    expect(signInHtml).toContain('<option value="noord-west-veluwe" selected="">');
    expect(signInHtml).toContain('name="email"');

    const known = await ask('Piet@FilterMetaal.example');
    const unknown = await ask('niemand@nergens.example');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const knownHtml = mainOf(await known.text());
    expect(knownHtml).toContain('Als dit e-mailadres bij het bedrijvenloket');
    expect(mainOf(await unknown.text())).toBe(knownHtml);
    await suite.smtp.waitFor(() => mailsTo('piet@filtermetaal.example', 'Inloggen bij het bedrijvenloket').length === 1);
    const token = linkIn(mailsTo('piet@filtermetaal.example', 'Inloggen')[0], 'inloggen');
    // A GET (a mail scanner) shows a button and uses nothing.
    const confirm = await fetch(`${suite.api.url}/loket/inloggen/${token}`);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain(`<form action="/loket/inloggen/${token}" method="post">`);
    const used = await fetch(`${suite.api.url}/loket/inloggen/${token}`, { method: 'POST', redirect: 'manual' });
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe('/loket/mijn-aanvragen');
    const setCookie = used.headers.get('set-cookie') as string;
    expect(setCookie).toMatch(/^vb_loket=[^;]+; Max-Age=604800; Path=\/loket; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0];

    const listPage = await fetch(`${suite.api.url}/loket/mijn-aanvragen`, { headers: { cookie } });
    expect(listPage.status).toBe(200);
    expect(listPage.headers.get('cache-control')).toBe('no-store');
    const listHtml = await listPage.text();
    expect(listHtml).toContain(`href="/loket/mijn-aanvragen/${mine.A.reference}"`);
    expect(listHtml).toContain(`href="/loket/mijn-aanvragen/${mine.D.reference}"`);
    expect(listHtml).not.toContain(mine.B.reference);
    expect(listHtml).toContain('action="/loket/uitloggen"');

    const own = await fetch(`${suite.api.url}/loket/mijn-aanvragen/${mine.A.reference}`, { headers: { cookie } });
    expect(own.status).toBe(200);
    const ownHtml = await own.text();
    expect(ownHtml).toContain('id="loket-status"');
    expect(ownHtml).toMatch(/<article class="actie" data-author="LOKET">[\s\S]*Welke opleidingen zoeken jullie\?/);
    expect(ownHtml).not.toContain('Interne notitie');
    const reply = await fetch(`${suite.api.url}/loket/mijn-aanvragen/${mine.A.reference}`, {
      ...form({ body: 'Mbo 2 <i>metaal</i>' }),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('Mbo 2 &lt;i&gt;metaal&lt;/i&gt;');

    // Another company's reference: the same 404 page as a guessed status link.
    const other = await fetch(`${suite.api.url}/loket/mijn-aanvragen/${mine.B.reference}`, { headers: { cookie } });
    const guessed = await fetch(`${suite.api.url}/loket/status/onbekende-link-die-lang-genoeg-is-0123`);
    expect(other.status).toBe(404);
    expect(await other.text()).toBe(await guessed.text());
    // No or a forged cookie: back to the sign-in form.
    const forged = await fetch(`${suite.api.url}/loket/mijn-aanvragen`, { headers: { cookie: cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }, redirect: 'manual' });
    expect(forged.status).toBe(303);
    expect(forged.headers.get('location')).toBe('/loket/inloggen');

    const again = await fetch(`${suite.api.url}/loket/inloggen/${token}`, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('al gebruikt');
    const signOut = await fetch(`${suite.api.url}/loket/uitloggen`, { method: 'POST', redirect: 'manual', headers: { cookie } });
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('set-cookie')).toMatch(/^vb_loket=; Path=\/loket; Expires=Thu, 01 Jan 1970/);

    await sleep(1000);
    expect(mailsTo('niemand@nergens.example')).toHaveLength(0);
    const invalid = await fetch(`${suite.api.url}/loket/inloggen`, form({ email: 'geen-adres', regionSlug: 'nergens' }));
    expect(invalid.status).toBe(400);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain('Vul een geldig e-mailadres in.');
    expect(invalidHtml).toContain('Kies de regio van het bedrijvenloket.');
  });

  it('refuses an expired sign-in link', async () => {
    await fetch(`${suite.api.url}/loket/inloggen`, form({ email: 'sara@groenevingers.example', regionSlug: 'noord-west-veluwe' }));
    await suite.smtp.waitFor(() => mailsTo('sara@groenevingers.example', 'Inloggen').length === 1);
    const token = linkIn(mailsTo('sara@groenevingers.example', 'Inloggen')[0], 'inloggen');
    // LOKET_SIGN_IN_MINUTES is 0.25 in this run.
    await sleep(16_000);
    const late = await fetch(`${suite.api.url}/loket/inloggen/${token}`, { method: 'POST', redirect: 'manual' });
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('verlopen');
    expect(late.headers.get('set-cookie')).toBeNull();
  }, 40_000);

  it('renders the intake form without JavaScript and keeps every value on a mistake', async () => {
    const page = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const formToken = /name="formToken" value="([^"]+)"/.exec(html)?.[1] as string;
    expect(formToken).toMatch(/^\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(html).toMatch(/<p class="hp" aria-hidden="true"><label for="website">[^<]*<\/label><input id="website" type="text" tabindex="-1" autoComplete="off" name="website" value=""\/><\/p>/);
    for (const name of ['companyName', 'kvk', 'sector', 'location', 'contactName', 'contactEmail', 'contactPhone', 'level', 'period', 'periodStart', 'periodEnd', 'capacity', 'message']) {
      expect(html).toContain(`name="${name}"`);
    }
    expect(html).toContain('<option value="BPV_LEERBEDRIJF">BPV / leerbedrijf</option>');
    expect(html).toContain('href="/publiek/noord-west-veluwe/loket/privacy"');
    expect((await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket/privacy`)).status).toBe(200);
    expect(await (await fetch(`${suite.api.url}/publiek/noord-west-veluwe/actieagenda`)).text()).toContain('href="/publiek/noord-west-veluwe/loket"');
    expect((await fetch(`${suite.api.url}/publiek/nergens/loket`)).status).toBe(404);

    const hostile = '<script>alert(1)</script>';
    const values = {
      companyName: `Bouwbedrijf ${hostile}`,
      kvk: '4000 0004',
      sector: 'Bouw',
      location: 'Ermelo',
      contactName: 'Tom "Bouw" de Vries',
      contactEmail: 'tom@bouwbedrijf.example',
      contactPhone: '0341 555 555',
      type: 'EXCURSIE',
      level: 'vmbo BWI',
      period: 'mei',
      periodStart: '2027-05-01',
      periodEnd: '2027-05-31',
      capacity: '25',
      message: `Een rondleiding ${hostile}`,
      consent: 'ja',
      formToken,
      website: '',
    };
    // Sent at once: too fast. Everything comes back, escaped, with the error at the top.
    const fast = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`, form(values));
    expect(fast.status).toBe(400);
    const fastHtml = await fast.text();
    expect(fastHtml).toContain('role="alert"');
    expect(fastHtml).toContain('te snel verstuurd');
    expect(fastHtml).not.toContain('<script>alert');
    expect(fastHtml).toContain('value="Bouwbedrijf &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(fastHtml).toContain('value="Tom &quot;Bouw&quot; de Vries"');
    expect(fastHtml).toContain('>Een rondleiding &lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(fastHtml).toContain('<option value="EXCURSIE" selected="">');
    expect(fastHtml).toContain('value="2027-05-31"');
    expect(fastHtml).toMatch(/id="consent" type="checkbox" required="" name="consent" checked="" value="ja"/);

    // Field errors: one per field, linked from the summary.
    const wrong = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`, form({ ...values, kvk: '123', contactEmail: 'geen-adres', consent: '', capacity: 'veel' }));
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('<a href="#kvk">Een KvK-nummer bestaat uit precies 8 cijfers.</a>');
    expect(wrongHtml).toContain('<a href="#contactEmail">Vul een geldig e-mailadres in.</a>');
    expect(wrongHtml).toContain('<a href="#consent">');
    expect(wrongHtml).toContain('<a href="#capacity">');
    expect(wrongHtml).toContain('id="kvk-fout"');
    expect(wrongHtml).toContain('value="123"');

    await sleep(3200);
    const sent = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`, form(values));
    expect(sent.status).toBe(200);
    const sentHtml = await sent.text();
    expect(sentHtml).toContain('Bedankt');
    expect(sentHtml).not.toContain('/loket/status/');
    await suite.smtp.waitFor(() => mailsTo('tom@bouwbedrijf.example', 'Je aanvraag bij het bedrijvenloket').length === 1);
    const token = linkIn(mailsTo('tom@bouwbedrijf.example')[0], 'status');
    tomToken = token;
    const status = await fetch(`${suite.api.url}/loket/status/${token}`);
    const statusHtml = await status.text();
    expect(statusHtml).toContain('Bouwbedrijf &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(statusHtml).toContain('Een rondleiding &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(statusHtml).not.toContain('<script>alert');
    expect(statusHtml).toContain(`data-token="${token}"`);
    expect(statusHtml).toContain('<script src="/loket/status.js" defer=""></script>');
    expect(statusHtml).toContain('id="loket-gesprek"');
    expect(statusHtml).toContain('aria-live="polite"');
    const stored = await list({ search: '40000004' });
    expect(stored).toEqual([`Bouwbedrijf ${hostile}`]);

    // A filled honeypot: the same thanks, nothing stored.
    await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`, form({ ...values, kvk: '40000005', contactEmail: 'bot@spam.example', website: 'https://spam.example' }));
    expect(await list({ search: '40000005' })).toEqual([]);
  });

  it('announces a staff reply on the status socket the script opens, and the page then shows it', async () => {
    // The same messages as /loket/status.js sends, over a raw graphql-transport-ws socket.
    const socket = new WebSocket(`${suite.api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const messages: Array<{ type: string; id?: string }> = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { loketStatus: true } }));
    const until = async (check: () => boolean, ms = 3000) => {
      for (const end = Date.now() + ms; !check();) {
        if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(messages)}`);
        await sleep(25);
      }
    };
    await until(() => messages.some((m) => m.type === 'connection_ack'));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription ($t: String!) { loketRequestChanged(token: $t) { kind at } }', variables: { t: tomToken } } }));
    await sleep(300);
    const [request] = (await loket.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: { search: '40000004' } })).loketRequests;
    const sent = Date.now();
    await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Welkom, wanneer komen jullie?") { id } }', { id: request.id });
    await until(() => messages.some((m) => m.type === 'next' && m.id === '1'), 2000);
    expect(Date.now() - sent).toBeLessThan(2000);
    socket.close();
    const html = await (await fetch(`${suite.api.url}/loket/status/${tomToken}`)).text();
    const conversation = html.slice(html.indexOf('id="loket-gesprek"'));
    expect(conversation).toMatch(/<article class="actie" data-author="LOKET">[\s\S]*Welkom, wanneer komen jullie\?/);
  });

  it('serves the status page script as JavaScript', async () => {
    const res = await fetch(`${suite.api.url}/loket/status.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const js = await res.text();
    expect(js).toContain("'graphql-transport-ws'");
    expect(js).toContain('loketStatus: true');
    expect(js).toContain('loketRequestChanged');
    expect(() => new Function(js)).not.toThrow();
  });
});
