// The business loket end to end against the built API: public intake through a real SMTP
// server and the private status link, a table of hostile inputs (nothing stored, nothing
// revealed, everything escaped), routing and splitting over schools with a recorded
// reassignment, the SLA escalation through the outbox (once), and a staff reply reaching the
// company's status page live over graphql-ws and the region over socket.io.
import { sleep } from '../support/timing';
import { linkToken, ReceivedMail } from '../support/smtp';
import { startApi } from '../support/api-process';
import { apiSuite } from '../support/api-suite';
import { formTokens, loketIds } from '../support/loket-fixtures';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';

const statusToken = (mail: ReceivedMail) => linkToken(mail, '/loket/status', 'status');

const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
const BY_TOKEN = 'query($t: String!) { loketRequestByToken(token: $t) { reference companyName status handlerName schoolNames messages { author authorName body } } }';
const REQUESTS =
  'query($r: ID!) { loketRequests(regionId: $r) { id reference contactEmail contactName status mergedIntoId duplicateOf { id } company { id name kvk } owner { email } schools { name } messages { author body } sla { paused firstResponseBreached overdue atRisk } } }';

interface RequestView {
  id: string;
  reference: string;
  contactEmail: string;
  contactName: string;
  status: string;
  mergedIntoId: string | null;
  duplicateOf: { id: string } | null;
  company: { id: string; name: string; kvk: string };
  owner: { email: string } | null;
  schools: Array<{ name: string }>;
  messages: Array<{ author: string; body: string }>;
  sla: { paused: boolean; firstResponseBreached: boolean; overdue: boolean; atRisk: boolean };
}

describe('business loket', () => {
  const suite = apiSuite({ mail: true, start: { env: { REMINDER_INTERVAL_MS: '500', LOGIN_RATE_LIMIT: '4', LOKET_CONTACT_LIMIT: '2' } } });
  let ids: DemoIds;
  let anonymous: GraphqlHttpClient;
  let loket: GraphqlHttpClient;
  let beheerder: GraphqlHttpClient;
  let nextFormToken: () => string | undefined;

  const valid = (overrides: Record<string, unknown> = {}) => ({
    regionSlug: 'noord-west-veluwe',
    companyName: 'Fietsenmakerij De Spaak',
    kvk: '2345 6789',
    sector: 'Mobiliteit',
    location: 'Harderwijk',
    contactName: 'Joris Spaak',
    contactEmail: 'joris@despaak.example',
    type: 'GASTLES',
    consent: true,
    formToken: nextFormToken(),
    ...overrides,
  });
  const requests = async () => (await loket.request<{ loketRequests: RequestView[] }>(REQUESTS, { r: ids.regionId })).loketRequests;
  const mailsTo = (address: string, subject = '') => suite.smtp.messages.filter((x) => x.to.includes(address) && x.subject.startsWith(subject));

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    loket = await signedIn(suite.api.url, 'loket');
    anonymous = new GraphqlHttpClient(suite.api.url);
    ids = await demoIds(beheerder);
    nextFormToken = await formTokens(anonymous);
    // The form must be at least three seconds old when it is sent.
    await sleep(3200);
  }, 90_000);

  it('takes a request without an account, mails a private status link and shows script as text', async () => {
    const hostile = '<script>alert("x")</script>';
    const { submitLoketRequest } = await anonymous.request<{ submitLoketRequest: { message: string } }>(SUBMIT, {
      input: valid({ companyName: `Spaak ${hostile}`, message: `Wij geven graag een gastles ${hostile} <img src=x onerror=alert(1)>`, period: 'voorjaar' }),
    });
    expect(submitLoketRequest.message).toContain('Dank je wel');
    await suite.smtp.waitFor(() => mailsTo('joris@despaak.example', 'Je aanvraag bij het bedrijvenloket').length === 1);
    const token = statusToken(mailsTo('joris@despaak.example')[0]);

    const { loketRequestByToken: view } = await anonymous.request<{ loketRequestByToken: { companyName: string; status: string; handlerName: string; messages: Array<{ body: string }> } }>(BY_TOKEN, {
      t: token,
    });
    // Stored as typed; the demo catch-all rule routes it to the loket-medewerker.
    expect(view).toMatchObject({ companyName: `Spaak ${hostile}`, status: 'NIEUW', handlerName: 'Ilse Hoekstra' });
    expect(view.messages[0].body).toContain(hostile);

    const page = await fetch(`${suite.api.url}/loket/status/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Ilse Hoekstra');
    expect(html).toContain('data-status="NIEUW"');

    // Staff see the company with its normalised KvK number.
    const mine = (await requests()).find((r) => r.contactEmail === 'joris@despaak.example') as RequestView;
    expect(mine.company).toMatchObject({ name: `Spaak ${hostile}`, kvk: '23456789' });

    // The company replies through the HTML form; the reply shows escaped.
    const reply = await fetch(`${suite.api.url}/loket/status/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ body: 'Aanvulling <b>vet</b>' }),
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('Aanvulling &lt;b&gt;vet&lt;/b&gt;');
  });

  const countBefore = async () => (await requests()).length;

  it.each<[string, () => Record<string, unknown>, string, string]>([
    ['a company name over 200 characters', () => valid({ companyName: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'companyName'],
    ['a message over 4000 characters', () => valid({ message: 'x'.repeat(4001) }), 'BAD_USER_INPUT', 'message'],
    ['a KvK number of 7 digits', () => valid({ kvk: '1234567' }), 'BAD_USER_INPUT', 'kvk'],
    ['a KvK number with letters', () => valid({ kvk: '1234567a' }), 'BAD_USER_INPUT', 'kvk'],
    ['a script tag as KvK number', () => valid({ kvk: '<script>' }), 'BAD_USER_INPUT', 'kvk'],
    ['an invalid e-mail address', () => valid({ contactEmail: 'geen-adres' }), 'BAD_USER_INPUT', 'contactEmail'],
    ['no consent to the privacy statement', () => valid({ consent: false }), 'BAD_USER_INPUT', 'consent'],
    ['an unknown request type', () => valid({ type: 'VERKOOP' }), 'BAD_USER_INPUT', ''],
    ['a forged form token', () => valid({ formToken: `${Date.now() - 60_000}.vervalst` }), 'BAD_USER_INPUT', 'formToken'],
    ['no form token', () => valid({ formToken: '' }), 'BAD_USER_INPUT', 'formToken'],
    ['an unknown region', () => valid({ regionSlug: 'nergens' }), 'NOT_FOUND', ''],
  ])('refuses %s and stores nothing', async (_name, input, code, field) => {
    const before = await countBefore();
    const result = await anonymous.query(SUBMIT, { input: input() });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    if (field) expect((result.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toContain(field);
    expect(await countBefore()).toBe(before);
  });

  it('refuses a form sent within three seconds of rendering', async () => {
    const fresh = (await anonymous.request<{ loketFormToken: string }>('{ loketFormToken }')).loketFormToken;
    const result = await anonymous.query(SUBMIT, { input: valid({ formToken: fresh }) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('te snel');
  });

  it('asks in Dutch to choose the request type when the public form leaves it empty', async () => {
    const post = async (type: string) => {
      const form = new URLSearchParams({
        companyName: 'Bakkerij Leeg',
        kvk: '8765 4321',
        contactName: 'Eva Leeg',
        contactEmail: 'eva@leeg.example',
        type,
        consent: 'ja',
        formToken: nextFormToken() ?? '',
      });
      return (await fetch(`${suite.api.url}/publiek/noord-west-veluwe/loket`, { method: 'POST', body: form })).text();
    };
    const empty = await post('');
    expect(empty).toContain('<span class="fout" id="type-fout">Kies het soort aanvraag.</span>');
    expect(empty).not.toContain('ongeldig');
    expect(await post('FEEST')).toContain('<span class="fout" id="type-fout">Het soort aanvraag is ongeldig.</span>');
  });

  it('answers a filled honeypot like a success and stores and sends nothing', async () => {
    const before = await countBefore();
    const result = await anonymous.request<{ submitLoketRequest: { message: string } }>(SUBMIT, { input: valid({ contactEmail: 'bot@spam.example', website: 'https://spam.example' }) });
    expect(result.submitLoketRequest.message).toContain('Dank je wel');
    await sleep(1000);
    expect(await countBefore()).toBe(before);
    expect(mailsTo('bot@spam.example')).toHaveLength(0);
  });

  it('reveals nothing for guessed, malformed or oversized status tokens', async () => {
    const guesses = ['onbekende-link-die-lang-genoeg-is-0123', 'x', 'A'.repeat(43), 'A'.repeat(500), '<script>alert(1)</script>'];
    const answers = new Set<string>();
    for (const guess of guesses) {
      const query = await anonymous.query(BY_TOKEN, { t: guess });
      expect(query.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      answers.add(query.errors?.[0].message ?? '');
      const reply = await anonymous.query('mutation($t: String!) { replyToLoketRequestByToken(token: $t, body: "hallo") { id } }', { t: guess });
      expect(reply.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const page = await fetch(`${suite.api.url}/loket/status/${encodeURIComponent(guess)}`);
      expect(page.status).toBe(404);
      const html = await page.text();
      expect(html).not.toContain('<script>alert');
      answers.add(html.replace(/<link rel="canonical"[^>]*>/, ''));
    }
    // One message for the API and one page: a guess cannot tell anything apart.
    expect(answers.size).toBe(2);
  });

  it('limits requests per e-mail address', async () => {
    for (let n = 0; n < 4; n++) {
      await anonymous.request(SUBMIT, { input: valid({ contactEmail: 'veel@aanvragen.example', kvk: '3456789' + n }) });
    }
    const refused = await anonymous.query(SUBMIT, { input: valid({ contactEmail: 'veel@aanvragen.example', kvk: '34567899' }) });
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('routes by rule, splits over two schools with one owner, and records a reassignment with its reason', async () => {
    const { loketRequests } = await loket.request<{ loketRequests: RequestView[] }>(REQUESTS, { r: ids.regionId });
    // Demo: the stageplaatsen request was routed to Landstede and Slingerbos with Ilse as owner.
    const stage = loketRequests.find((r) => r.company.name === 'Veluwe Techniek Installaties') as RequestView;
    expect(stage.owner?.email).toBe('ilse.hoekstra@example.org');
    expect(stage.schools.map((s) => s.name).sort()).toEqual(['Landstede MBO', 'RSG Slingerbos Levant']);

    const { nwv } = await beheerder.request<{ nwv: { schools: Array<{ id: string; name: string }>; memberships: Array<{ role: string; person: { id: string; email: string } }> } }>(
      '{ nwv: region(slug: "noord-west-veluwe") { schools { id name } memberships { role person { id email } } } }',
    );
    const sanne = nwv.memberships.find((m) => m.person.email === 'sanne.devries@example.org')?.person.id as string;
    const schoolIds = nwv.schools.filter((s) => ['Morgen College', 'Christelijk College Groevenbeek', 'Landstede MBO'].includes(s.name)).map((s) => s.id);
    // A rule for excursies in the sector "Bouw" goes to Sanne and three schools.
    await loket.request('mutation($input: LoketRoutingRuleInput!) { addLoketRoutingRule(input: $input) { id } }', {
      input: { regionId: ids.regionId, requestType: 'EXCURSIE', sector: 'Bouw', assigneeId: sanne, schoolIds },
    });
    await anonymous.request(SUBMIT, { input: valid({ companyName: 'Bouwbedrijf Heuvelrug', kvk: '45678901', sector: 'bouw', contactEmail: 'plan@heuvelrug.example', type: 'EXCURSIE' }) });
    const excursie = (await requests()).find((r) => r.contactEmail === 'plan@heuvelrug.example') as RequestView;
    expect(excursie.owner?.email).toBe('sanne.devries@example.org');
    expect(excursie.schools).toHaveLength(3);

    const ASSIGN = 'mutation($id: ID!, $input: LoketAssignInput!) { assignLoketRequest(id: $id, input: $input) { owner { email } schools { name } } }';
    const ilse = nwv.memberships.find((m) => m.person.email === 'ilse.hoekstra@example.org')?.person.id as string;
    const schoolId = (name: string) => nwv.schools.find((s) => s.name === name)?.id as string;
    const twoSchools = [schoolId('Morgen College'), schoolId('Landstede MBO')];
    type Assigned = { assignLoketRequest: { owner: { email: string }; schools: Array<{ name: string }> } };
    // A handover needs no reason ("Reden (optioneel)"); the note then says only who and which schools.
    const handedOver = await loket.request<Assigned>(ASSIGN, { id: excursie.id, input: { ownerId: ilse, schoolIds: twoSchools } });
    expect(handedOver.assignLoketRequest.owner.email).toBe('ilse.hoekstra@example.org');
    const outsider = await loket.query(ASSIGN, { id: excursie.id, input: { ownerId: ids.outsiderPersonId, schoolIds: [], reason: 'x' } });
    expect(outsider.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const moved = await loket.request<Assigned>(ASSIGN, { id: excursie.id, input: { ownerId: sanne, schoolIds: twoSchools, reason: 'Ilse is met verlof' } });
    expect(moved.assignLoketRequest.owner.email).toBe('sanne.devries@example.org');
    expect(moved.assignLoketRequest.schools).toHaveLength(2);
    const after = (await requests()).find((r) => r.id === excursie.id) as RequestView;
    const notes = after.messages.filter((m) => m.author === 'NOTITIE').map((m) => m.body);
    expect(notes).toContainEqual(expect.stringMatching(/^Toegewezen aan Ilse Hoekstra met [^:]+\.$/));
    expect(notes.some((note) => note.includes('Reden: Ilse is met verlof'))).toBe(true);
    // A docent of Morgen College is a school contact of this request, not loket staff: he may not
    // reassign it (requests of other schools are unknown to him: tests/e2e/loket-schools.e2e-spec.ts).
    const docent = await signedIn(suite.api.url, 'docent');
    expect(moved.assignLoketRequest.schools.map((school) => school.name).sort()).toEqual(['Landstede MBO', 'Morgen College']);
    expect((await docent.query(ASSIGN, { id: excursie.id, input: { ownerId: ilse, schoolIds: [] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers a staff reply live to the company status page and the region, hides internal notes, and pauses the clock', async () => {
    const request = (await requests()).find((r) => r.contactEmail === 'joris@despaak.example') as RequestView;
    const token = statusToken(mailsTo('joris@despaak.example', 'Je aanvraag')[0]);
    const ws = graphqlWsClient(suite.api.url, '', { loketStatus: true });
    const changes = subscribe<{ loketRequestChanged: { requestId: string; kind: string } }>(ws, 'subscription($t: String!) { loketRequestChanged(token: $t) { requestId kind } }', { t: token });
    const socket = await connectSocket(suite.api.url, loket.cookieHeader());
    suite.sockets.push(socket);
    const regionEvent = nextEvent<{ requestId: string; kind: string }>(socket, 'loket:changed', 10_000, (c) => c.requestId === request.id && c.kind === 'message.loket');
    await sleep(300);
    // Without a token the anonymous socket may run nothing else.
    const other = subscribe(graphqlWsClient(suite.api.url, '', { loketStatus: true }), 'subscription($r: ID!) { loketChanged(regionId: $r) { requestId } }', { r: ids.regionId });
    expect((await other.next(5000)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    other.close();

    await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Alleen voor collega’s", internal: true) { id } }', { id: request.id });
    await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Welke dag past u? <i>graag</i>", waitForCompany: true) { id } }', { id: request.id });
    const live = await changes.next(10_000);
    expect(live.data?.loketRequestChanged).toEqual({ requestId: request.id, kind: 'message.loket' });
    expect(await regionEvent).toMatchObject({ requestId: request.id, kind: 'message.loket' });
    changes.close();
    await ws.dispose();

    const { loketRequestByToken: view } = await anonymous.request<{ loketRequestByToken: { status: string; messages: Array<{ author: string; body: string }> } }>(BY_TOKEN, { t: token });
    expect(view.status).toBe('WACHT_OP_BEDRIJF');
    expect(view.messages.map((m) => m.author)).not.toContain('NOTITIE');
    expect(view.messages.at(-1)).toMatchObject({ author: 'LOKET', body: 'Welke dag past u? <i>graag</i>' });
    const html = await (await fetch(`${suite.api.url}/loket/status/${token}`)).text();
    expect(html).not.toContain('Alleen voor collega');
    expect(html).toContain('Welke dag past u? &lt;i&gt;graag&lt;/i&gt;');
    await suite.smtp.waitFor(() => mailsTo('joris@despaak.example', 'Nieuw bericht over je aanvraag').length === 1);
    expect((await requests()).find((r) => r.id === request.id)?.sla.paused).toBe(true);

    // The company answers: the clock runs again. A closed request takes no more replies.
    await anonymous.request('mutation($t: String!) { replyToLoketRequestByToken(token: $t, body: "Dinsdag") { id } }', { t: token });
    const resumed = (await requests()).find((r) => r.id === request.id) as RequestView;
    expect(resumed).toMatchObject({ status: 'IN_BEHANDELING', sla: { paused: false } });
    await loket.request('mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { status } }', { id: request.id });
    const replay = await anonymous.query('mutation($t: String!) { replyToLoketRequestByToken(token: $t, body: "Nog iets") { id } }', { t: token });
    expect(replay.errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 30_000);

  it('warns before and escalates after an SLA breach, once each, by e-mail and notification', async () => {
    const policy = await loket.query('mutation($input: LoketSlaPolicyInput!) { setLoketSlaPolicy(input: $input) { regionId } }', {
      input: { regionId: ids.regionId, firstResponseMinutes: 0.1, resolutionMinutes: 60, warnBeforeMinutes: 0.05, businessHours: false },
    });
    // Only verbinders and beheerders set the policy.
    expect(policy.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await beheerder.request('mutation($input: LoketSlaPolicyInput!) { setLoketSlaPolicy(input: $input) { regionId } }', {
      input: { regionId: ids.regionId, firstResponseMinutes: 0.1, resolutionMinutes: 60, warnBeforeMinutes: 0.05, businessHours: false },
    });
    await anonymous.request(SUBMIT, { input: valid({ companyName: 'Drukkerij Kleurrijk', kvk: '56789012', contactEmail: 'info@kleurrijk.example', type: 'BEDRIJFSOPDRACHT' }) });
    const request = (await requests()).find((r) => r.contactEmail === 'info@kleurrijk.example') as RequestView;
    const reference = `L-${request.id.slice(0, 8).toUpperCase()}`;
    await suite.smtp.waitFor(() => suite.smtp.messages.some((m) => m.subject.startsWith('Bijna over de termijn (eerste reactie)') && m.subject.includes(reference)), 60_000);
    await suite.smtp.waitFor(() => suite.smtp.messages.filter((m) => m.subject.startsWith('Termijn overschreden (eerste reactie)') && m.subject.includes(reference)).length === 2, 60_000);
    const escalations = () => suite.smtp.messages.filter((m) => m.subject.startsWith('Termijn overschreden (eerste reactie)') && m.subject.includes(reference));
    // The owner and the region's beheerder; then never again, however often the sweep runs.
    expect(
      escalations()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(['ilse.hoekstra@example.org', 'peter.jansen@example.org']);
    await sleep(2500);
    expect(escalations()).toHaveLength(2);
    expect(suite.smtp.messages.filter((m) => m.subject.startsWith('Bijna over de termijn (eerste reactie)') && m.subject.includes(reference))).toHaveLength(1);
    const { notifications } = await loket.request<{ notifications: Array<{ kind: string; title: string }> }>('{ notifications(first: 100) { kind title } }');
    expect(notifications.filter((n) => n.kind === 'loket.sla-escalation' && n.title.includes(reference))).toHaveLength(1);
    // The first response still runs and is past: overdue, and no longer merely at risk.
    expect((await requests()).find((r) => r.id === request.id)?.sla).toMatchObject({ firstResponseBreached: true, overdue: true, atRisk: false });
  }, 150_000);
  const LOG = 'mutation($c: ID!, $s: ID!, $n: String) { logCompanyContact(input: { companyId: $c, schoolId: $s, note: $n }) { warning contact { channel } } }';
  const CONTACTS = 'query($c: ID!) { companyContactsThisMonth(companyId: $c) { channel note school { name } person { email } } }';

  it('keeps a ledger of approaches per company and warns a school at the monthly limit', async () => {
    const l = await loketIds(beheerder, ids.regionId);
    const verbinder = await signedIn(suite.api.url, 'verbinder');
    // Routing the demo stageplaatsen request to two schools counts as two approaches this month.
    const before = await verbinder.request<{ companyContactsThisMonth: Array<{ channel: string; school: { name: string } }> }>(CONTACTS, { c: l.loketCompanyId });
    expect(before.companyContactsThisMonth.map((c) => `${c.channel} ${c.school.name}`).sort()).toEqual(['LOKET Landstede MBO', 'LOKET RSG Slingerbos Levant']);
    const { nwv } = await beheerder.request<{ nwv: { schools: Array<{ id: string; name: string }> } }>('{ nwv: region(slug: "noord-west-veluwe") { schools { id name } } }');
    const slingerbos = nwv.schools.find((x) => x.name === 'RSG Slingerbos Levant')?.id as string;
    const morgen = nwv.schools.find((x) => x.name === 'Morgen College')?.id as string;
    // The limit is 2 (warn): Sanne's approach is logged with a warning, also in extensions.warning.
    const logged = await verbinder.query<{ logCompanyContact: { warning: string | null; contact: { channel: string } } }>(LOG, {
      c: l.loketCompanyId,
      s: slingerbos,
      n: 'Gebeld over <b>gastlessen</b>',
    });
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logCompanyContact.warning).toContain('al 2 keer benaderd');
    const raw = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: verbinder.cookieHeader() },
      body: JSON.stringify({ query: LOG, variables: { c: l.loketCompanyId, s: slingerbos } }),
    });
    expect(((await raw.json()) as { extensions?: { warning?: string } }).extensions?.warning).toContain('al 3 keer benaderd');
    // A docent logs for their own school only.
    const docent = await signedIn(suite.api.url, 'docent');
    expect((await docent.query(LOG, { c: l.loketCompanyId, s: slingerbos })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await docent.query(LOG, { c: l.loketCompanyId, s: morgen })).errors).toBeUndefined();
    const after = await docent.request<{ companyContactsThisMonth: Array<{ channel: string; note: string | null; person: { email: string } | null }> }>(CONTACTS, { c: l.loketCompanyId });
    expect(after.companyContactsThisMonth).toHaveLength(5);
    expect(after.companyContactsThisMonth.find((c) => c.note)?.note).toBe('Gebeld over <b>gastlessen</b>');
  });

  it('blocks a new approach at the limit when the region is configured to block', async () => {
    const blocking = await startApi({ env: { LOKET_CONTACT_LIMIT: '2', LOKET_CONTACT_LIMIT_MODE: 'block' } });
    try {
      const admin = await signedIn(blocking.url, 'beheerder');
      const l = await loketIds(admin, (await demoIds(admin)).regionId);
      const verbinder = await signedIn(blocking.url, 'verbinder');
      const refused = await verbinder.query(LOG, { c: l.loketCompanyId, s: l.loketSchoolId });
      expect(refused.errors?.[0].extensions?.code).toBe('CONTACT_LIMIT_REACHED');
      expect(refused.errors?.[0].message).toContain('al 2 keer benaderd');
      expect((await verbinder.request<{ companyContactsThisMonth: unknown[] }>(CONTACTS, { c: l.loketCompanyId })).companyContactsThisMonth).toHaveLength(2);
    } finally {
      await blocking.stop();
    }
  }, 90_000);

  it('flags a request of the same company with a similar type and overlapping period, and merges it with its history', async () => {
    await anonymous.request(SUBMIT, {
      input: valid({
        companyName: 'Veluwe Techniek (HR)',
        kvk: '99887766',
        contactName: 'Sara de Wit',
        contactEmail: 'hr@veluwetechniek.example',
        type: 'BPV_LEERBEDRIJF',
        periodStart: '2027-03-01',
        periodEnd: '2027-07-01',
        message: 'Wij willen leerbedrijf worden voor monteurs.',
      }),
    });
    const all = await requests();
    const stage = all.find((r) => r.company.name === 'Veluwe Techniek Installaties') as RequestView;
    const dup = all.find((r) => r.contactEmail === 'hr@veluwetechniek.example') as RequestView;
    expect(dup.duplicateOf?.id).toBe(stage.id);
    expect(dup.messages.find((m) => m.author === 'NOTITIE')?.body).toContain(`Mogelijk dubbel met ${stage.reference}`);
    // Another company's request is not flagged; four requests of one company domain are.
    const l = await loketIds(beheerder, ids.regionId);
    expect(all.find((r) => r.id === l.otherLoketRequestId)?.duplicateOf).toBeNull();
    expect(all.filter((r) => r.contactEmail === 'veel@aanvragen.example' && r.duplicateOf)).toHaveLength(3);

    await suite.smtp.waitFor(() => mailsTo('hr@veluwetechniek.example', 'Je aanvraag').length === 1);
    const dupToken = statusToken(mailsTo('hr@veluwetechniek.example', 'Je aanvraag')[0]);
    const { mergeLoketRequest } = await loket.request<{ mergeLoketRequest: { id: string; messages: Array<{ author: string; body: string }> } }>(
      'mutation($a: ID!, $b: ID!) { mergeLoketRequest(id: $a, intoId: $b) { id messages { author body } } }',
      { a: dup.id, b: stage.id },
    );
    expect(mergeLoketRequest.id).toBe(stage.id);
    expect(mergeLoketRequest.messages.map((m) => m.body)).toContain('Wij willen leerbedrijf worden voor monteurs.');
    expect(mergeLoketRequest.messages.some((m) => m.author === 'NOTITIE' && m.body.includes(`${dup.reference} (Sara de Wit`))).toBe(true);
    const merged = (await requests()).find((r) => r.id === dup.id) as RequestView;
    expect(merged).toMatchObject({ status: 'AFGEROND', mergedIntoId: stage.id });
    // The merged request's link keeps showing that request (closed) and its own conversation only:
    // the request it went into belongs to another contact person.
    const { loketRequestByToken } = await anonymous.request<{ loketRequestByToken: { reference: string; status: string; messages: Array<{ body: string }> } }>(BY_TOKEN, { t: dupToken });
    expect(loketRequestByToken).toMatchObject({ reference: dup.reference, status: 'AFGEROND' });
    expect(loketRequestByToken.messages.map((m) => m.body)).toEqual(['Wij willen leerbedrijf worden voor monteurs.']);
    const again = await loket.query('mutation($a: ID!, $b: ID!) { mergeLoketRequest(id: $a, intoId: $b) { id } }', { a: dup.id, b: stage.id });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('exports a company as JSON and erases its personal data for beheerders only', async () => {
    const joris = (await requests()).find((r) => r.contactEmail === 'joris@despaak.example') as RequestView;
    const token = statusToken(mailsTo('joris@despaak.example', 'Je aanvraag')[0]);
    const EXPORT = 'query($c: ID!) { exportLoketCompany(companyId: $c) }';
    expect((await loket.query(EXPORT, { c: joris.company.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = JSON.parse((await beheerder.request<{ exportLoketCompany: string }>(EXPORT, { c: joris.company.id })).exportLoketCompany) as {
      company: { kvk: string };
      requests: Array<{ contact: { email: string }; messages: Array<{ author: string; body: string }> }>;
    };
    expect(exported.company.kvk).toBe('23456789');
    expect(exported.requests[0].contact.email).toBe('joris@despaak.example');
    expect(exported.requests[0].messages.map((m) => m.body)).toContain('Dinsdag');
    expect(JSON.stringify(exported)).not.toContain('Alleen voor collega');

    expect((await loket.query('mutation($c: ID!) { eraseLoketCompany(companyId: $c) }', { c: joris.company.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await beheerder.request<{ eraseLoketCompany: number }>('mutation($c: ID!) { eraseLoketCompany(companyId: $c) }', { c: joris.company.id })).eraseLoketCompany).toBe(1);
    const erased = (await requests()).find((r) => r.id === joris.id) as RequestView;
    expect(erased).toMatchObject({ contactName: '[verwijderd]', contactEmail: 'verwijderd@verwijderd.invalid' });
    expect(erased.messages.filter((m) => m.author === 'BEDRIJF').every((m) => m.body === '[verwijderd]')).toBe(true);
    expect(JSON.stringify(erased)).not.toContain('joris');
    // The status link no longer works.
    expect((await anonymous.query(BY_TOKEN, { t: token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${suite.api.url}/loket/status/${token}`)).status).toBe(404);
  });
});
