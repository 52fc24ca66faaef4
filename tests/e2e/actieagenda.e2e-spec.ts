// The actieagenda end to end: roll-up after a check-in, review and adjustment history, CSV
// round trip, live delivery to another user's socket, meeting presence, reminders by e-mail
// through the outbox (a real SMTP server), and the public progress page without JavaScript.
import { get } from 'node:http';
import type { Socket } from 'socket.io-client';
import { demoSuite } from '../support/demo-suite';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';

interface Line {
  id: string;
  number: number;
  progress: number;
  status: string | null;
  acties: Array<{ id: string; title: string; progress: number; status: string; isPublic: boolean }>;
}

const AGENDA = `query($r: ID!) { actieagenda(regionId: $r) { id progress status overdueCount
  lines { id number progress status trend acties { id title progress status isPublic } } } }`;

describe('actieagenda', () => {
  const suite = demoSuite(['beheerder', 'verbinder'], ({ beheerder }) => demoIds(beheerder), { mail: true, start: { env: { REMINDER_INTERVAL_MS: '500' } } });

  const agenda = async (client = suite.verbinder) =>
    (await client.request<{ actieagenda: { id: string; progress: number; overdueCount: number; lines: Line[] } }>(AGENDA, { r: suite.ids.regionId })).actieagenda;

  it('rolls a check-in up into the actie, its line and the agenda', async () => {
    const before = await agenda();
    const line1 = before.lines.find((l) => l.number === 1)!;
    const result = await suite.verbinder.request<{ addCheckIn: { progress: number } }>(
      'mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: ACHTER, progress: 100, text: "Het hele jaar staat gepland." }) { progress } }',
      { id: suite.ids.actieId },
    );
    expect(result.addCheckIn.progress).toBe(100);
    const after = await agenda();
    const line1After = after.lines.find((l) => l.number === 1)!;
    expect(line1After.acties.find((a) => a.id === suite.ids.actieId)).toMatchObject({ progress: 100, status: 'ACHTER' });
    // Line 1: the closed actie (100) and this one (80 → 100).
    expect(line1.progress).toBe(90);
    expect(line1After.progress).toBe(100);
    expect(line1After.status).toBe('ACHTER');
    expect(after.progress).toBeGreaterThan(before.progress);
    await suite.verbinder.request('mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 100, text: "Weer op schema." }) { id } }', { id: suite.ids.actieId });
  });

  it('keeps review, bijstelling, decision and check-ins in the actie history', async () => {
    const { requestReview } = await suite.verbinder.request<{ requestReview: { id: string } }>('mutation($id: ID!) { requestReview(actieId: $id, question: "Nog relevant?") { id } }', {
      id: suite.ids.actieId,
    });
    await suite.verbinder.request('mutation($r: ID!) { decideReview(reviewId: $r, outcome: BIJSTELLEN, note: "Om de week in plaats van elke week.") { id } }', { r: requestReview.id });
    await suite.verbinder.request('mutation($id: ID!) { addBijstelling(input: { actieId: $id, what: "Frequentie", why: "Minder reistijd", before: "elke week", after: "om de week" }) { id } }', {
      id: suite.ids.actieId,
    });
    await suite.verbinder.request('mutation($id: ID!) { recordDecision(actieId: $id, text: "Akkoord, vanaf januari.") { id } }', { id: suite.ids.actieId });
    const { actie } = await suite.verbinder.request<{
      actie: { history: Array<{ kind: string; summary: string; actorName: string | null }>; bijstellingen: Array<{ before: string; after: string }> };
    }>('query($id: ID!) { actie(id: $id) { history { kind summary actorName } bijstellingen { before after } } }', { id: suite.ids.actieId });
    const kinds = actie.history.map((h) => h.kind);
    for (const kind of ['CHECK_IN', 'REVIEW_REQUESTED', 'REVIEW_DECIDED', 'BIJSTELLING', 'DECISION', 'CREATED']) expect(kinds).toContain(kind);
    expect(actie.history.find((h) => h.kind === 'BIJSTELLING')).toMatchObject({ summary: 'Frequentie: elke week → om de week (Minder reistijd)', actorName: 'Sanne de Vries' });
    expect(actie.bijstellingen[0]).toEqual({ before: 'elke week', after: 'om de week' });
    // Stopping an actie through a review closes it.
    const { requestReview: second } = await suite.verbinder.request<{ requestReview: { id: string } }>('mutation($id: ID!) { requestReview(actieId: $id) { id } }', { id: suite.ids.actieId });
    await suite.verbinder.request('mutation($r: ID!) { decideReview(reviewId: $r, outcome: STOPPEN, note: "Niet meer nodig.") { id } }', { r: second.id });
    const closed = await suite.verbinder.request<{ actie: { closure: string } }>('query($id: ID!) { actie(id: $id) { closure } }', { id: suite.ids.actieId });
    expect(closed.actie.closure).toBe('GESTOPT');
    await suite.verbinder.request('mutation($id: ID!) { reopenActie(id: $id) { id } }', { id: suite.ids.actieId });
  });

  it('exports the agenda as CSV and imports it again (round trip), changing only what changed', async () => {
    const { exportActieagendaCsv: csv } = await suite.verbinder.request<{ exportActieagendaCsv: string }>('query($a: ID!) { exportActieagendaCsv(agendaId: $a) }', { a: suite.ids.agendaId });
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('actielijn;actielijn_titel;actie;omschrijving;doel;trekker;partners;eigenaren;start;eind;cadans_dagen;status;voortgang;publiek');
    const same = await suite.verbinder.request<{ importActieagendaCsv: { created: number; updated: number } }>(
      'mutation($a: ID!, $csv: String!) { importActieagendaCsv(agendaId: $a, csv: $csv) { created updated } }',
      { a: suite.ids.agendaId, csv },
    );
    expect(same.importActieagendaCsv.created).toBe(0);
    expect(same.importActieagendaCsv.updated).toBe(rows.length - 1);
    expect(await suite.verbinder.request('query($a: ID!) { exportActieagendaCsv(agendaId: $a) }', { a: suite.ids.agendaId })).toEqual({ exportActieagendaCsv: csv });

    const extra = '7;;Workshop digitale geletterdheid;Een middag voor docenten;;Landstede MBO;Morgen College|RSG Slingerbos Levant;femke.mulder@example.org;2026-01-10;2026-03-01;14;op koers;20;nee';
    const changed = await suite.verbinder.request<{ importActieagendaCsv: { created: number; updated: number } }>(
      'mutation($a: ID!, $csv: String!) { importActieagendaCsv(agendaId: $a, csv: $csv) { created updated } }',
      {
        a: suite.ids.agendaId,
        csv: `${rows[0]}\n${extra}\n`,
      },
    );
    expect(changed.importActieagendaCsv).toEqual({ created: 1, updated: 0 });
    const line7 = (await agenda()).lines.find((l) => l.number === 7)!;
    expect(line7.acties.find((a) => a.title === 'Workshop digitale geletterdheid')).toMatchObject({ progress: 20, status: 'OP_KOERS' });
  });

  it('pushes another user’s check-in to a verbinder’s socket', async () => {
    const socket = await connectSocket(suite.api.url, suite.verbinder.cookieHeader());
    suite.sockets.push(socket);
    const change = nextEvent<{ agendaId: string; actieId: string; kind: string; actorName: string }>(socket, 'actieagenda:changed', 10_000, (c) => c.kind === 'checkin.added');
    await suite.beheerder.request('mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 100, text: "Bijgewerkt door de beheerder." }) { id } }', {
      id: suite.ids.actieId,
    });
    expect(await change).toMatchObject({ agendaId: suite.ids.agendaId, actieId: suite.ids.actieId, kind: 'checkin.added', actorName: 'Peter Jansen' });
  });

  it('streams agenda changes over the actieagendaChanged subscription', async () => {
    const ws = graphqlWsClient(suite.api.url, suite.verbinder.cookieHeader());
    const sub = subscribe<{ actieagendaChanged: { agendaId: string; actieId: string; kind: string; actorName: string } }>(
      ws,
      'subscription($a: ID!) { actieagendaChanged(agendaId: $a) { agendaId actieId kind actorName at } }',
      { a: suite.ids.agendaId },
    );
    await new Promise((r) => setTimeout(r, 400));
    await suite.beheerder.request('mutation($id: ID!) { recordDecision(actieId: $id, text: "Besproken in het overleg.") { id } }', { id: suite.ids.actieId });
    const result = await sub.next();
    expect(result.data?.actieagendaChanged).toMatchObject({ agendaId: suite.ids.agendaId, actieId: suite.ids.actieId, kind: 'decision.recorded', actorName: 'Peter Jansen' });
    sub.close();
    await ws.dispose();
  });

  it('shows who is present in the weekly meeting, live and across joins and leaves', async () => {
    const docent = await signedIn(suite.api.url, 'docent');
    const a = await connectSocket(suite.api.url, suite.verbinder.cookieHeader());
    const b = await connectSocket(suite.api.url, docent.cookieHeader());
    suite.sockets.push(a, b);
    const join = (socket: Socket, agendaId: string) => new Promise<{ ok: boolean; code?: string }>((resolve) => socket.emit('meeting:join', agendaId, resolve));
    const firstPresence = nextEvent<{ people: Array<{ name: string }> }>(a, 'meeting:presence');
    expect(await join(a, suite.ids.agendaId)).toEqual({ ok: true });
    expect((await firstPresence).people.map((p) => p.name)).toEqual(['Sanne de Vries']);
    const both = nextEvent<{ people: Array<{ name: string }> }>(a, 'meeting:presence', 10_000, (p) => p.people.length === 2);
    expect(await join(b, suite.ids.agendaId)).toEqual({ ok: true });
    expect((await both).people.map((p) => p.name)).toEqual(['Sanne de Vries', 'Youssef El Amrani']);
    const left = nextEvent<{ people: Array<{ name: string }> }>(a, 'meeting:presence', 10_000, (p) => p.people.length === 1);
    b.close();
    expect((await left).people.map((p) => p.name)).toEqual(['Sanne de Vries']);
    expect(await join(a, '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('e-mails each owner once per overdue check-in through the outbox, and notifies them', async () => {
    const isReminder = (m: { subject: string }) => m.subject.startsWith('Check-in te laat:');
    await suite.smtp.waitFor((m) => m.some((x) => isReminder(x) && x.to.includes('sanne.devries@example.org')));
    const reminders = suite.smtp.messages.filter((m) => m.subject.startsWith('Check-in te laat:'));
    const recipients = new Set(reminders.flatMap((m) => m.to));
    expect(recipients.has('sanne.devries@example.org')).toBe(true);
    expect(reminders[0].raw).toContain('Verbinder');
    // Several sweeps later, nothing is sent twice.
    await new Promise((r) => setTimeout(r, 1500));
    const keys = suite.smtp.messages.filter((m) => m.subject.startsWith('Check-in te laat:')).map((m) => `${m.to.join(',')}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    const { notifications } = await suite.verbinder.request<{ notifications: Array<{ kind: string; title: string }> }>('{ notifications(first: 50) { kind title } }');
    expect(notifications.some((n) => n.kind === 'actie.checkin-overdue')).toBe(true);
  });

  it('publishes only opted-in acties on the public page, rendered without JavaScript', async () => {
    const res = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/actieagenda`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toContain('<script');
    expect(html).toContain('Keuzevak Sign op Landstede voor leerlingen van Morgen College');
    expect(html).toContain('folie en bestickering');
    // Not published: internal acties and check-in notes stay out.
    expect(html).not.toContain('Een keuzevak volgen bij een andere vo-school');
    expect(html).not.toContain('Vervoer en verzekering');
    expect(html).not.toContain('@example.org');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http rather than fetch: fetch treats conditional requests as uncacheable and adds no-cache.
    const cachedStatus = await new Promise<number>((resolve, reject) =>
      get(`${suite.api.url}/publiek/noord-west-veluwe/actieagenda`, { headers: { 'if-none-match': etag! } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      }).on('error', reject),
    );
    expect(cachedStatus).toBe(304);
    expect((await fetch(`${suite.api.url}/publiek/bestaat-niet/actieagenda`)).status).toBe(404);
  });

  it('shows het achtje per school and layer', async () => {
    const { achtje } = await suite.verbinder.request<{ achtje: Array<{ school: { name: string }; layers: Array<{ layer: string; engaged: boolean; people: Array<{ name: string }> }> }> }>(
      'query($r: ID!) { achtje(regionId: $r) { school { name } layers { layer engaged people { name } } } }',
      { r: suite.ids.regionId },
    );
    const slingerbos = achtje.find((s) => s.school.name === 'RSG Slingerbos Levant')!;
    expect(slingerbos.layers.map((l) => l.layer)).toEqual(['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL']);
    expect(slingerbos.layers.find((l) => l.layer === 'PROFESSIONEEL')).toMatchObject({ engaged: true, people: [{ name: 'Sanne de Vries' }] });
    expect(slingerbos.layers.find((l) => l.layer === 'BESTUURLIJK')!.engaged).toBe(false);
  });

  it('refuses people outside the region', async () => {
    const outsider = new GraphqlHttpClient(suite.api.url);
    await suite.beheerder.request('mutation { createPerson(input: { name: "Buiten Staander", email: "buiten@example.org", password: "lang-genoeg-wachtwoord" }) { id } }');
    await outsider.signIn('buiten@example.org', 'lang-genoeg-wachtwoord');
    const read = await outsider.query(AGENDA, { r: suite.ids.regionId });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const socket = await connectSocket(suite.api.url, outsider.cookieHeader());
    suite.sockets.push(socket);
    const joined = await new Promise<{ ok: boolean; code?: string }>((resolve) => socket.emit('meeting:join', suite.ids.agendaId, resolve));
    expect(joined).toEqual({ ok: false, code: 'FORBIDDEN' });
    const ws = graphqlWsClient(suite.api.url, outsider.cookieHeader());
    const refused = await subscribe(ws, 'subscription($a: ID!) { actieagendaChanged(agendaId: $a) { kind } }', { a: suite.ids.agendaId }).next();
    expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    await ws.dispose();
  });

  describe('the dashboard answer cache', () => {
    const cacheFigures = async () => {
      const text = await (await fetch(`${suite.api.url}/metrics`)).text();
      const figure = (name: string) => Number(new RegExp(`^verbinder_graphql_response_cache_${name}\\{[^}]*\\} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
      return { hits: figure('hits'), misses: figure('misses') };
    };
    const CAN_EDIT = 'query($r: ID!) { actieagenda(regionId: $r) { id canEdit lines { id acties { id progress latestCheckIn { text } } } } }';

    it('answers a person again from the cache, and shows a change in the region to the next read at once', async () => {
      const start = await cacheFigures();
      const first = await suite.verbinder.request<{ actieagenda: { lines: Line[] } }>(CAN_EDIT, { r: suite.ids.regionId });
      const second = await suite.verbinder.request<{ actieagenda: { lines: Line[] } }>(CAN_EDIT, { r: suite.ids.regionId });
      expect(second).toEqual(first);
      const afterTwo = await cacheFigures();
      expect(afterTwo.misses - start.misses).toBe(1);
      expect(afterTwo.hits - start.hits).toBe(1);

      await suite.verbinder.request('mutation($id: ID!) { addCheckIn(input: { actieId: $id, status: OP_KOERS, progress: 42, text: "Gelezen na het schrijven." }) { id } }', { id: suite.ids.actieId });
      const third = await suite.verbinder.request<{ actieagenda: { lines: Array<{ acties: Array<{ id: string; progress: number; latestCheckIn: { text: string } | null }> }> } }>(CAN_EDIT, {
        r: suite.ids.regionId,
      });
      const actie = third.actieagenda.lines.flatMap((l) => l.acties).find((a) => a.id === suite.ids.actieId)!;
      expect(actie).toMatchObject({ progress: 42, latestCheckIn: { text: 'Gelezen na het schrijven.' } });
      expect((await cacheFigures()).misses - afterTwo.misses).toBe(1);
    });

    it('keeps answers per person: rights differ, and a removed membership takes effect on the next request', async () => {
      const docent = await signedIn(suite.api.url, 'docent');
      const mine = await suite.verbinder.request<{ actieagenda: { canEdit: boolean } }>(CAN_EDIT, { r: suite.ids.regionId });
      const theirs = await docent.request<{ actieagenda: { canEdit: boolean } }>(CAN_EDIT, { r: suite.ids.regionId });
      expect([mine.actieagenda.canEdit, theirs.actieagenda.canEdit]).toEqual([true, false]);

      const { createPerson } = await suite.beheerder.request<{ createPerson: { id: string } }>(
        'mutation { createPerson(input: { name: "Tijdelijk Lid", email: "tijdelijk.lid@example.org", password: "lang-genoeg-wachtwoord" }) { id } }',
      );
      const personId = createPerson.id;
      const { addMembership } = await suite.beheerder.request<{ addMembership: { id: string } }>(
        'mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }',
        { p: personId, r: suite.ids.regionId },
      );
      const member = new GraphqlHttpClient(suite.api.url);
      await member.signIn('tijdelijk.lid@example.org', 'lang-genoeg-wachtwoord');
      expect((await member.request<{ actieagenda: { id: string } }>(CAN_EDIT, { r: suite.ids.regionId })).actieagenda.id).toBe(suite.ids.agendaId);
      expect((await member.request<{ actieagenda: { id: string } }>(CAN_EDIT, { r: suite.ids.regionId })).actieagenda.id).toBe(suite.ids.agendaId);

      await suite.beheerder.request('mutation($id: ID!) { removeMembership(id: $id) }', { id: addMembership.id });
      const refused = await member.query(CAN_EDIT, { r: suite.ids.regionId });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('shows a renamed owner on the cached dashboard at once, and tells the region live', async () => {
      const OWNERS = 'query($r: ID!) { actieagenda(regionId: $r) { lines { acties { id owners { id name } } } } }';
      type Owners = { actieagenda: { lines: Array<{ acties: Array<{ id: string; owners: Array<{ id: string; name: string }> }> }> } };
      const ownerNames = async () =>
        new Set((await suite.verbinder.request<Owners>(OWNERS, { r: suite.ids.regionId })).actieagenda.lines.flatMap((l) => l.acties.flatMap((a) => a.owners.map((o) => o.name))));
      const { viewer } = await suite.verbinder.request<{ viewer: { person: { id: string; name: string } } }>('{ viewer { person { id name } } }');
      expect(await ownerNames()).toContain(viewer.person.name);
      await ownerNames(); // cached now

      const docent = await signedIn(suite.api.url, 'docent');
      const socket = await connectSocket(suite.api.url, docent.cookieHeader());
      suite.sockets.push(socket);
      const live = nextEvent<{ entity: string; entityId: string; action: string }>(socket, 'region:activity', 10_000, (e) => e.entity === 'person');
      await suite.verbinder.request('mutation($id: ID!, $n: String!) { updatePerson(input: { id: $id, name: $n }) { id } }', { id: viewer.person.id, n: 'Sanne de Vries-Bakker' });
      expect(await live).toMatchObject({ entity: 'person', entityId: viewer.person.id, action: 'updated' });
      const renamed = await ownerNames();
      expect(renamed).toContain('Sanne de Vries-Bakker');
      expect(renamed).not.toContain(viewer.person.name);
      // The signed-in actor is refreshed too.
      expect((await suite.verbinder.request<{ viewer: { person: { name: string } } }>('{ viewer { person { name } } }')).viewer.person.name).toBe('Sanne de Vries-Bakker');
      await suite.verbinder.request('mutation($id: ID!, $n: String!) { updatePerson(input: { id: $id, name: $n }) { id } }', { id: viewer.person.id, n: viewer.person.name });
    });

    it('ends a session at once on sign-out, although the session was cached', async () => {
      const client = await signedIn(suite.api.url, 'verbinder');
      await client.request(CAN_EDIT, { r: suite.ids.regionId });
      const cookie = client.cookieHeader();
      await client.request('mutation { signOut }');
      const after = await fetch(`${suite.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: CAN_EDIT, variables: { r: suite.ids.regionId } }),
      });
      const body = (await after.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
