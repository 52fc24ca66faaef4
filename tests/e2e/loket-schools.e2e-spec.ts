// The loket's school contacts end to end against the built API with a real SMTP server: a
// request split to schools is seen, opened (audited), noted and answered by members of those
// schools and no one else; the company sees a school's reply (with name and school) but never a
// note; staff-only operations stay with the loket; the split notification reaches the school's
// decanen, teamleiders, projectleiders and verbinders and not every docent; the staff inbox is
// unchanged. Demo: the docent (Youssef) is DOCENT at Morgen College, the bestuurder (Marjolein)
// BESTUURDER at Groevenbeek, the verbinder (Sanne) VERBINDER at Slingerbos, the redacteur has no
// school; the gastles request of Zorggroep Noorderlicht is split to Morgen College.
import { apiSuite } from '../support/api-suite';
import { sleep } from '../support/timing';
import { linkToken, mailBody, ReceivedMail } from '../support/smtp';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { formTokens, LoketIds, loketIds } from '../support/loket-fixtures';

const statusToken = (mail: ReceivedMail) => linkToken(mail, '/loket/status', 'status');

const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
const LIST = 'query($r: ID!, $f: LoketRequestFilter, $s: LoketRequestStatus) { loketRequests(regionId: $r, filter: $f, status: $s) { id viewerAccess company { name } schools { id name } } }';
const OPEN = 'query($id: ID!) { loketRequest(id: $id) { id status firstResponseAt viewerAccess owner { email } messages { author authorName body } } }';
const REPLY = 'mutation($id: ID!, $b: String!, $i: Boolean, $w: Boolean) { replyToLoketRequest(id: $id, body: $b, internal: $i, waitForCompany: $w) { id author authorName } }';
const AUDIT = 'query($id: ID!) { loketAuditLog(requestId: $id) { action what personName } }';
const ASSIGN = 'mutation($id: ID!, $input: LoketAssignInput!) { assignLoketRequest(id: $id, input: $input) { id schools { name } } }';
const BY_TOKEN = 'query($t: String!) { loketRequestByToken(token: $t) { status schoolNames messages { author authorName body } } }';
const NOTIFICATIONS = '{ notifications(first: 100) { kind title link } }';

interface Listed {
  id: string;
  viewerAccess: string;
  company: { name: string };
  schools: Array<{ id: string; name: string }>;
}
interface Notification {
  kind: string;
  title: string;
  link: string | null;
}

describe('business loket: school contacts', () => {
  const suite = apiSuite({ mail: true, start: { env: { LOGIN_RATE_LIMIT: '20' } } });
  let ids: DemoIds;
  let l: LoketIds;
  let anonymous: GraphqlHttpClient;
  let loket: GraphqlHttpClient;
  let beheerder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  let bestuurder: GraphqlHttpClient;
  let verbinder: GraphqlHttpClient;
  let redacteur: GraphqlHttpClient;
  let schools: Record<string, string>;
  let ilseId: string;
  let nextFormToken: () => string | undefined;
  /** A fresh request split to Morgen College and Slingerbos, with its status token. */
  let split: { id: string; token: string };

  const mailsTo = (address: string, subject = '') => suite.smtp.messages.filter((x) => x.to.includes(address) && x.subject.startsWith(subject));
  const list = async (client: GraphqlHttpClient, filter: Record<string, unknown> | null = null, status: string | null = null) =>
    (await client.request<{ loketRequests: Listed[] }>(LIST, { r: ids.regionId, f: filter, s: status })).loketRequests;
  const code = async (client: GraphqlHttpClient, doc: string, vars: Record<string, unknown>) => (await client.query(doc, vars)).errors?.[0].extensions?.code;
  const notifications = async (client: GraphqlHttpClient) => (await client.request<{ notifications: Notification[] }>(NOTIFICATIONS)).notifications;
  const submit = async (overrides: Record<string, unknown>) => {
    await anonymous.request(SUBMIT, {
      input: { regionSlug: 'noord-west-veluwe', consent: true, formToken: nextFormToken(), sector: 'Zorg', location: 'Ermelo', type: 'GASTLES', ...overrides },
    });
    const found = (await list(loket, null)).find((r) => r.company.name === overrides['companyName']);
    if (!found) throw new Error(`request of ${String(overrides['companyName'])} not found`);
    return found.id;
  };

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    loket = await signedIn(suite.api.url, 'loket');
    docent = await signedIn(suite.api.url, 'docent');
    bestuurder = await signedIn(suite.api.url, 'bestuurder');
    verbinder = await signedIn(suite.api.url, 'verbinder');
    redacteur = await signedIn(suite.api.url, 'redacteur');
    anonymous = new GraphqlHttpClient(suite.api.url);
    ids = await demoIds(beheerder);
    l = await loketIds(beheerder, ids.regionId);
    ilseId = l.loketMedewerkerId;
    const { region } = await beheerder.request<{ region: { schools: Array<{ id: string; name: string }> } }>('{ region(slug: "noord-west-veluwe") { schools { id name } } }');
    schools = Object.fromEntries(region.schools.map((s) => [s.name, s.id]));
    nextFormToken = await formTokens(anonymous);
    // The form must be at least three seconds old when it is sent.
    await sleep(3200);
    const id = await submit({ companyName: 'Thuiszorg De Linde', kvk: '50000001', contactName: 'Mila de Linde', contactEmail: 'mila@delinde.example', message: 'Een gastles over thuiszorg.' });
    await loket.request(ASSIGN, { id, input: { ownerId: ilseId, schoolIds: [schools['Morgen College'], schools['RSG Slingerbos Levant']] } });
    await suite.smtp.waitFor(() => mailsTo('mila@delinde.example', 'Je aanvraag').length === 1, 15_000);
    split = { id, token: statusToken(mailsTo('mila@delinde.example', 'Je aanvraag')[0]) };
  }, 90_000);

  it('lists exactly the requests split to the contact’s school, whatever filter is sent, and leaves the staff inbox as it was', async () => {
    const staffAll = await list(loket, { includeClosed: true });
    const atMorgen = staffAll.filter((r) => r.schools.some((s) => s.id === schools['Morgen College']));
    // The demo gastles request and the fresh one.
    expect(atMorgen.map((r) => r.id)).toEqual(expect.arrayContaining([l.morgenLoketRequestId, split.id]));
    const mine = await list(docent, { includeClosed: true });
    expect(mine.map((r) => r.id)).toEqual(atMorgen.map((r) => r.id));
    expect(mine.every((r) => r.viewerAccess === 'SCHOOL')).toBe(true);
    // Without a filter, with the legacy status argument, or asking for another school: never more.
    expect((await list(docent, null)).map((r) => r.id).sort()).toEqual(atMorgen.map((r) => r.id).sort());
    expect((await list(docent, null, 'WACHT_OP_BEDRIJF')).map((r) => r.id)).toEqual([l.morgenLoketRequestId]);
    expect(await list(docent, { schoolId: schools['Landstede MBO'], includeClosed: true })).toEqual([]);
    expect((await list(docent, { search: 'veluwe techniek', includeClosed: true })).length).toBe(0);
    expect((await list(docent, { type: ['GASTLES'], search: 'linde' })).map((r) => r.id)).toEqual([split.id]);

    // Groevenbeek has no request yet: an empty inbox, not a refusal; without a school: FORBIDDEN.
    expect(await list(bestuurder, { includeClosed: true })).toEqual([]);
    expect(await code(redacteur, LIST, { r: ids.regionId })).toBe('FORBIDDEN');
    expect(await code(docent, LIST, { r: ids.otherRegionId })).toBe('FORBIDDEN');

    // Staff still see every request of the region, all with STAFF access.
    expect(staffAll.some((r) => r.company.name === 'Veluwe Techniek Installaties')).toBe(true);
    expect(staffAll.some((r) => r.company.name === 'Bakkerij De Zandkorrel')).toBe(true);
    expect(staffAll.every((r) => r.viewerAccess === 'STAFF')).toBe(true);
    expect((await list(loket, { schoolId: schools['Landstede MBO'] })).map((r) => r.company.name)).toContain('Veluwe Techniek Installaties');
  });

  it('lets a school contact open a request of their school (audited), write a note and a reply; the company sees the reply with name and school, never the note', async () => {
    const opened = (
      await docent.request<{ loketRequest: { status: string; firstResponseAt: string | null; viewerAccess: string; messages: Array<{ author: string; body: string }> } }>(OPEN, { id: split.id })
    ).loketRequest;
    expect(opened).toMatchObject({ status: 'NIEUW', firstResponseAt: null, viewerAccess: 'SCHOOL' });
    // Staff notes (the assignment) are visible to the school: notes are internal to the loket and its schools.
    expect(opened.messages.some((m) => m.author === 'NOTITIE' && m.body.includes('Toegewezen aan Ilse Hoekstra'))).toBe(true);

    const note = await docent.request<{ replyToLoketRequest: { author: string; authorName: string } }>(REPLY, { id: split.id, b: 'Intern: onze docent zorg <b>kan</b> op dinsdag.', i: true });
    expect(note.replyToLoketRequest).toMatchObject({ author: 'NOTITIE', authorName: 'Youssef El Amrani (Morgen College)' });
    // A note is no response to the company: the clock keeps running.
    expect((await docent.request<{ loketRequest: { firstResponseAt: string | null } }>(OPEN, { id: split.id })).loketRequest.firstResponseAt).toBeNull();

    const reply = await docent.request<{ replyToLoketRequest: { author: string; authorName: string } }>(REPLY, { id: split.id, b: 'Wij komen graag langs! Past dinsdag 14 oktober?' });
    expect(reply.replyToLoketRequest).toMatchObject({ author: 'LOKET', authorName: 'Youssef El Amrani (Morgen College)' });
    const after = (await loket.request<{ loketRequest: { status: string; firstResponseAt: string | null; owner: { email: string } } }>(OPEN, { id: split.id })).loketRequest;
    // The school's reply is the first response of the one clock; the loket stays the owner.
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.status).toBe('IN_BEHANDELING');
    expect(after.owner.email).toBe('ilse.hoekstra@example.org');

    // The company's status page (API and server-rendered) shows the reply with name and school, not the note.
    const view = (await anonymous.request<{ loketRequestByToken: { messages: Array<{ author: string; authorName: string; body: string }> } }>(BY_TOKEN, { t: split.token })).loketRequestByToken;
    expect(view.messages.find((m) => m.body.startsWith('Wij komen graag'))?.authorName).toBe('Youssef El Amrani (Morgen College)');
    expect(JSON.stringify(view)).not.toContain('Intern: onze docent');
    const page = await (await fetch(`${suite.api.url}/loket/status/${split.token}`)).text();
    expect(page).toContain('Youssef El Amrani (Morgen College)');
    expect(page).toContain('Past dinsdag 14 oktober?');
    expect(page).not.toContain('Intern: onze docent');
    // The reply is e-mailed to the company, saying who wrote it for the loket.
    await suite.smtp.waitFor(() => mailsTo('mila@delinde.example', 'Nieuw bericht').length === 1, 15_000);
    const [mail] = mailsTo('mila@delinde.example', 'Nieuw bericht');
    expect(mailBody(mail)).toContain('Youssef El Amrani van Morgen College schreef namens het bedrijvenloket Noord-West Veluwe');
    expect(mailBody(mail)).not.toContain('Intern: onze docent');

    // The owner hears of the school's messages.
    const ilse = await notifications(loket);
    expect(ilse.filter((n) => n.kind === 'loket.school-message' && n.link === `/loketaanvraag/${split.id}`).map((n) => n.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('Antwoord aan het bedrijf van Youssef El Amrani (Morgen College)'), expect.stringContaining('Notitie van Youssef El Amrani (Morgen College)')]),
    );

    // The audit log (readable by the school contact too) records the view, the note and the reply.
    const log = (await docent.request<{ loketAuditLog: Array<{ action: string; what: string; personName: string }> }>(AUDIT, { id: split.id })).loketAuditLog.map(
      (e) => `${e.action} ${e.what} ${e.personName}`,
    );
    expect(log.filter((e) => e === 'VIEWED request Youssef El Amrani')).toHaveLength(1);
    expect(log).toEqual(expect.arrayContaining(['CHANGED internal-note Youssef El Amrani', 'CHANGED reply Youssef El Amrani']));
    expect(log[0]).toBe('VIEWED request Ilse Hoekstra');

    // Canned replies can be read (to use them), not changed.
    expect(
      (await docent.request<{ loketCannedReplies: Array<{ title: string }> }>('query($r: ID!) { loketCannedReplies(regionId: $r) { title } }', { r: ids.regionId })).loketCannedReplies.length,
    ).toBe(3);
    expect(await code(docent, 'mutation($r: ID!) { saveLoketCannedReply(input: { regionId: $r, title: "Eigen", body: "Tekst" }) { id } }', { r: ids.regionId })).toBe('FORBIDDEN');
    expect(await code(docent, 'mutation($id: ID!) { deleteLoketCannedReply(id: $id) }', { id: l.loketCannedReplyId })).toBe('FORBIDDEN');
  });

  it('keeps status, assignment, merge, export, reports and settings with the loket, and hides other schools’ requests as unknown', async () => {
    const fingerprint = async () => loket.request(OPEN, { id: l.morgenLoketRequestId });
    const before = await fingerprint();
    const id = l.morgenLoketRequestId;
    expect(await code(docent, 'mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id })).toBe('FORBIDDEN');
    expect(await code(docent, ASSIGN, { id, input: { ownerId: ilseId, schoolIds: [schools['Morgen College'], schools['Landstede MBO']] } })).toBe('FORBIDDEN');
    expect(await code(docent, 'mutation($a: ID!, $b: ID!) { mergeLoketRequest(id: $a, intoId: $b) { id } }', { a: id, b: split.id })).toBe('FORBIDDEN');
    // Waiting for the company pauses the clock: a status change, so not for a school.
    expect(await code(docent, REPLY, { id, b: 'Wanneer kunnen jullie?', w: true })).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
    for (const [doc, vars] of [
      ['query($r: ID!) { exportLoketRequestsCsv(regionId: $r) }', { r: ids.regionId }],
      ['query($r: ID!) { loketReport(regionId: $r, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { total } }', { r: ids.regionId }],
      ['query($r: ID!) { loketRoutingRules(regionId: $r) { id } }', { r: ids.regionId }],
      ['query($r: ID!) { loketSlaPolicy(regionId: $r) { regionId } }', { r: ids.regionId }],
      ['mutation($id: ID!) { deleteLoketRoutingRule(id: $id) }', { id: l.loketRuleId }],
      ['query($c: ID!) { exportLoketCompany(companyId: $c) }', { c: l.loketCompanyId }],
      ['mutation($c: ID!) { eraseLoketCompany(companyId: $c) }', { c: l.loketCompanyId }],
    ] as const) {
      expect({ doc, code: await code(docent, doc, vars) }).toEqual({ doc, code: 'FORBIDDEN' });
    }

    // Veluwe Techniek is split to Landstede and Slingerbos: for Morgen's docent it does not exist.
    const other = l.loketRequestId;
    const unknown = '00000000-0000-4000-8000-000000000001';
    for (const target of [other, unknown]) {
      expect(await code(docent, OPEN, { id: target })).toBe('NOT_FOUND');
      expect(await code(docent, REPLY, { id: target, b: 'Hallo' })).toBe('NOT_FOUND');
      expect(await code(docent, AUDIT, { id: target })).toBe('NOT_FOUND');
      expect(await code(docent, 'mutation($id: ID!) { setLoketRequestStatus(id: $id, status: AFGEROND) { id } }', { id: target })).toBe('NOT_FOUND');
    }
    const answers = await Promise.all([other, unknown].map(async (target) => (await docent.query(OPEN, { id: target })).errors?.[0].message));
    expect(answers[0]).toBe(answers[1]);
    // A member without a school in the region is refused, as before school contacts existed.
    expect(await code(redacteur, OPEN, { id: l.morgenLoketRequestId })).toBe('FORBIDDEN');
    expect(await code(redacteur, REPLY, { id: l.morgenLoketRequestId, b: 'Hallo' })).toBe('FORBIDDEN');
    // Staff keep every operation.
    expect((await loket.request<{ loketRequest: { viewerAccess: string } }>(OPEN, { id: other })).loketRequest.viewerAccess).toBe('STAFF');
  });

  it('notifies the school contacts who handle companies when a request is routed or split to their school', async () => {
    // Marjolein (BESTUURDER at Groevenbeek) also becomes DECAAN there; Youssef stays DOCENT at Morgen.
    const { viewer } = await bestuurder.request<{ viewer: { person: { id: string } } }>('{ viewer { person { id } } }');
    await beheerder.request('mutation($p: ID!, $s: ID!) { addMembership(input: { personId: $p, schoolId: $s, role: DECAAN, layer: PROFESSIONEEL }) { id } }', {
      p: viewer.person.id,
      s: schools['Christelijk College Groevenbeek'],
    });
    const id = await submit({ companyName: 'Apotheek Het Kruidvat', kvk: '50000002', contactName: 'Noor Kruid', contactEmail: 'noor@kruidvat.example' });
    const splitTo = async (schoolNames: string[], reason?: string) => loket.request(ASSIGN, { id, input: { ownerId: ilseId, schoolIds: schoolNames.map((name) => schools[name]), reason } });
    await splitTo(['Christelijk College Groevenbeek', 'Morgen College']);
    const forThis = (list: Notification[]) => list.filter((n) => n.kind === 'loket.school-split' && n.link === `/loketaanvraag/${id}`);
    const marjolein = forThis(await notifications(bestuurder));
    expect(marjolein).toHaveLength(1);
    expect(marjolein[0].title).toBe('Loketaanvraag voor Christelijk College Groevenbeek: Apotheek Het Kruidvat');
    // A docent sees the request in the inbox but is not notified of each one; Sanne's school is not in it.
    expect(forThis(await notifications(docent))).toEqual([]);
    expect(forThis(await notifications(verbinder))).toEqual([]);
    // Only schools added later are told: Slingerbos (Sanne is its verbinder), not Groevenbeek again.
    await splitTo(['Christelijk College Groevenbeek', 'Morgen College', 'RSG Slingerbos Levant']);
    expect(forThis(await notifications(verbinder)).map((n) => n.title)).toEqual(['Loketaanvraag voor RSG Slingerbos Levant: Apotheek Het Kruidvat']);
    expect(forThis(await notifications(bestuurder))).toHaveLength(1);
    // Marjolein, now a school contact, sees it in her inbox.
    expect((await list(bestuurder, null)).map((r) => r.id)).toEqual([id]);

    // Routing on intake notifies too: the demo stageplaatsen rule splits to Landstede and Slingerbos.
    await submit({ companyName: 'Installatiebedrijf Warmte', kvk: '50000003', contactName: 'Bas Warmte', contactEmail: 'bas@warmte.example', type: 'STAGEPLAATSEN', sector: 'Techniek' });
    const stage = (await list(loket, { search: 'warmte' }))[0];
    const sanne = (await notifications(verbinder)).filter((n) => n.kind === 'loket.school-split' && n.link === `/loketaanvraag/${stage.id}`);
    expect(sanne.map((n) => n.title)).toEqual(['Loketaanvraag voor RSG Slingerbos Levant: Installatiebedrijf Warmte']);
    // The owner (Ilse) gets the assignment notification, not a school one.
    expect((await notifications(loket)).filter((n) => n.kind === 'loket.school-split')).toEqual([]);
  });
});
