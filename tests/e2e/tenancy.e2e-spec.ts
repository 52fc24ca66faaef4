// Regions are tenants, against the built API with people of two regions (Noord-West Veluwe
// and Assen): a person's identity is theirs (or a platform beheerder's) alone, bringing someone
// into a region is an invitation they accept, e-mail addresses only reach people who share a
// region, an anonymous loket intake never rewrites a company, each status link shows only its
// own conversation after a merge, and a session or membership that ends, ends for live
// socket.io and graphql-ws connections and calendar feeds too.
import type { Socket } from 'socket.io-client';
import { apiSuite } from '../support/api-suite';
import { linkToken, mailBody, ReceivedMail } from '../support/smtp';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { formTokens } from '../support/loket-fixtures';
import { connectLive, connectSocket, nextEvent, subscribe } from '../support/realtime-clients';
import { sleep } from '../support/timing';

const PASSWORD = 'lang-genoeg-wachtwoord';
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.['code'];
const DENIED = ['FORBIDDEN', 'NOT_FOUND'];

const statusToken = (mail: ReceivedMail) => linkToken(mail, '/loket/status', 'status');

/** Resolves once the socket is disconnected by the server. */
const disconnected = (socket: Socket) => new Promise<string>((resolve) => (socket.disconnected ? resolve('already') : socket.once('disconnect', (reason) => resolve(reason))));

describe('regions are tenants', () => {
  const suite = apiSuite({ mail: true, start: {} });
  let ids: DemoIds;
  let admin: GraphqlHttpClient;
  let verbinder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;
  /** A beheerder and a verbinder of Assen (region B), neither a platform beheerder. */
  let assenBeheerder: GraphqlHttpClient;
  let assenVerbinder: GraphqlHttpClient;
  /** A beheerder of Noord-West Veluwe (region A) who is not a platform beheerder. */
  let nwvBeheerder: GraphqlHttpClient;
  let adminId: string;
  let assenVerbinderId: string;

  /** A new person with a password and one region membership (made by the platform beheerder), signed in. */
  const person = async (key: string, regionId: string, role: string): Promise<{ client: GraphqlHttpClient; id: string; membershipId: string; email: string }> => {
    const email = `${key}@tenancy.example`;
    const { createPerson } = await admin.request<{ createPerson: { id: string } }>(
      'mutation($n: String!, $e: String!, $p: String) { createPerson(input: { name: $n, email: $e, password: $p }) { id } }',
      {
        n: `Tenancy ${key}`,
        e: email,
        p: PASSWORD,
      },
    );
    const { addMembership } = await admin.request<{ addMembership: { id: string } }>(
      `mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: ${role}, layer: PROFESSIONEEL }) { id } }`,
      { p: createPerson.id, r: regionId },
    );
    const client = new GraphqlHttpClient(suite.api.url);
    const signIn = await client.signIn(email, PASSWORD);
    if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
    return { client, id: createPerson.id, membershipId: addMembership.id, email };
  };

  beforeAll(async () => {
    admin = await signedIn(suite.api.url, 'beheerder');
    verbinder = await signedIn(suite.api.url, 'verbinder');
    docent = await signedIn(suite.api.url, 'docent');
    ids = await demoIds(admin);
    adminId = (await admin.viewer()).person!.id;
    assenBeheerder = (await person('assen-beheerder', ids.otherRegionId, 'BEHEERDER')).client;
    const av = await person('assen-verbinder', ids.otherRegionId, 'VERBINDER');
    assenVerbinder = av.client;
    assenVerbinderId = av.id;
    nwvBeheerder = (await person('nwv-beheerder', ids.regionId, 'BEHEERDER')).client;
  }, 120_000);

  describe('identity is the person’s own', () => {
    const UPDATE = 'mutation($id: ID!, $n: String, $e: String) { updatePerson(input: { id: $id, name: $n, email: $e }) { id name email } }';
    const ADD = 'mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }';

    it('refuses region B’s beheerder and verbinder: no membership of A’s people or the platform beheerder, no new name or address', async () => {
      for (const attacker of [assenBeheerder, assenVerbinder]) {
        for (const victim of [ids.personId, adminId]) {
          expect(codeOf(await attacker.query(ADD, { p: victim, r: ids.otherRegionId }))).toBe('FORBIDDEN');
          expect(DENIED).toContain(codeOf(await attacker.query(UPDATE, { id: victim, e: 'aanvaller@tenancy.example' })));
          expect(DENIED).toContain(codeOf(await attacker.query(UPDATE, { id: victim, n: 'Overgenomen' })));
        }
        expect(codeOf(await attacker.query('mutation { createPerson(input: { name: "Nep", email: "nep@tenancy.example", password: "lang-genoeg-wachtwoord" }) { id } }'))).toBe('FORBIDDEN');
      }
      const { person: docentNow } = await admin.request<{ person: { name: string; email: string; memberships: Array<{ region: { id: string } }> } }>(
        'query($id: ID!) { person(id: $id) { name email memberships { region { id } } } }',
        { id: ids.personId },
      );
      expect(docentNow).toMatchObject({ name: 'Youssef El Amrani', email: 'youssef.elamrani@example.org' });
      expect(docentNow.memberships.map((m) => m.region.id)).not.toContain(ids.otherRegionId);
      // The victim still signs in with their own address.
      expect((await new GraphqlHttpClient(suite.api.url).signIn('peter.jansen@example.org', 'demo-wachtwoord')).errors).toBeUndefined();
    });

    it('refuses region A’s own verbinder and beheerder too: they change roles in the region, never a person’s identity', async () => {
      for (const manager of [verbinder, nwvBeheerder]) {
        expect(codeOf(await manager.query(UPDATE, { id: adminId, n: 'Hernoemd' }))).toBe('FORBIDDEN');
        expect(codeOf(await manager.query(UPDATE, { id: ids.personId, e: 'ander@tenancy.example' }))).toBe('FORBIDDEN');
        // A direct membership is the platform beheerder's act; the region invites instead.
        expect(codeOf(await manager.query(ADD, { p: assenVerbinderId, r: ids.regionId }))).toBe('FORBIDDEN');
      }
      expect((await admin.viewer()).person?.name).toBe('Peter Jansen');
    });

    it('lets the person and a platform beheerder change the identity', async () => {
      const own = await docent.request<{ updatePerson: { name: string } }>(UPDATE, { id: ids.personId, n: 'Youssef El Amrani' });
      expect(own.updatePerson.name).toBe('Youssef El Amrani');
      const byAdmin = await admin.request<{ updatePerson: { name: string } }>(UPDATE, { id: ids.personId, n: 'Youssef El Amrani' });
      expect(byAdmin.updatePerson.name).toBe('Youssef El Amrani');
    });
  });

  describe('invitations', () => {
    const INVITE = 'mutation($input: InviteToRegionInput!) { inviteToRegion(input: $input) { id email invitedName role status region { id } school { id } } }';
    const MINE = '{ myInvitations { id role status invitedByName region { id name } } }';
    const REGIONS_OF = 'query($id: ID!) { person(id: $id) { memberships { region { id } role } } }';

    it('makes a member only on acceptance, and only the invited person can accept', async () => {
      const { inviteToRegion } = await nwvBeheerder.request<{ inviteToRegion: { id: string; status: string } }>(INVITE, {
        input: { email: 'assen-verbinder@tenancy.example', regionId: ids.regionId, role: 'DOCENT', layer: 'PROFESSIONEEL' },
      });
      expect(inviteToRegion.status).toBe('OPEN');
      const before = await admin.request<{ person: { memberships: Array<{ region: { id: string } }> } }>(REGIONS_OF, { id: assenVerbinderId });
      expect(before.person.memberships.map((m) => m.region.id)).not.toContain(ids.regionId);

      // Region B's beheerder cannot answer for the invited person, nor can A's verbinder.
      for (const other of [assenBeheerder, verbinder]) {
        expect(codeOf(await other.query('mutation($id: ID!) { acceptInvitation(id: $id) { id } }', { id: inviteToRegion.id }))).toBe('NOT_FOUND');
        expect(codeOf(await other.query('mutation($id: ID!) { declineInvitation(id: $id) { id } }', { id: inviteToRegion.id }))).toBe('NOT_FOUND');
      }
      // Region B's people do not see A's open invitations.
      expect(DENIED).toContain(codeOf(await assenBeheerder.query('query($r: ID!) { regionInvitations(regionId: $r) { id } }', { r: ids.regionId })));

      const mine = await assenVerbinder.request<{ myInvitations: Array<{ id: string; invitedByName: string; region: { id: string } }> }>(MINE);
      expect(mine.myInvitations.find((i) => i.id === inviteToRegion.id)).toMatchObject({ invitedByName: 'Tenancy nwv-beheerder', region: { id: ids.regionId } });
      await assenVerbinder.request('mutation($id: ID!) { acceptInvitation(id: $id) { id role } }', { id: inviteToRegion.id });
      const after = await admin.request<{ person: { memberships: Array<{ region: { id: string }; role: string }> } }>(REGIONS_OF, { id: assenVerbinderId });
      expect(after.person.memberships).toContainEqual({ region: { id: ids.regionId }, role: 'DOCENT' });
      expect(codeOf(await assenVerbinder.query('mutation($id: ID!) { acceptInvitation(id: $id) { id } }', { id: inviteToRegion.id }))).toBe('CONFLICT');
    });

    it('leaves nothing when declined', async () => {
      const { inviteToRegion } = await assenBeheerder.request<{ inviteToRegion: { id: string } }>(INVITE, {
        input: { personId: ids.personId, regionId: ids.otherRegionId, role: 'DECAAN', layer: 'PROFESSIONEEL' },
      });
      const { declineInvitation } = await docent.request<{ declineInvitation: { status: string } }>('mutation($id: ID!) { declineInvitation(id: $id) { status } }', { id: inviteToRegion.id });
      expect(declineInvitation.status).toBe('DECLINED');
      const { person } = await admin.request<{ person: { memberships: Array<{ region: { id: string } }> } }>(REGIONS_OF, { id: ids.personId });
      expect(person.memberships.map((m) => m.region.id)).not.toContain(ids.otherRegionId);
      expect((await docent.request<{ myInvitations: Array<{ id: string }> }>(MINE)).myInvitations.map((i) => i.id)).not.toContain(inviteToRegion.id);
    });

    it('answers the same whether or not an address is known on the platform', async () => {
      const invite = async (email: string) =>
        (
          await assenBeheerder.request<{ inviteToRegion: Record<string, unknown> }>(INVITE, {
            input: { email, regionId: ids.otherRegionId, role: 'DOCENT', layer: 'PROFESSIONEEL' },
          })
        ).inviteToRegion;
      const known = await invite('peter.jansen@example.org');
      const unknown = await invite('niemand-bekend@tenancy.example');
      // Nor does the directory tell: a person made for an unknown address is not listed before accepting.
      expect((await assenBeheerder.request<{ people: unknown[] }>('{ people(search: "niemand-bekend") { id } }')).people).toEqual([]);
      const shape = (answer: Record<string, unknown>) => ({ ...answer, id: typeof answer['id'], email: typeof answer['email'] });
      expect(shape(known)).toEqual(shape(unknown));
      expect(known).toMatchObject({ email: 'peter.jansen@example.org', invitedName: null, status: 'OPEN' });
      // Only the region's managers see its open invitations.
      const listed = await assenBeheerder.request<{ regionInvitations: Array<{ email: string }> }>('query($r: ID!) { regionInvitations(regionId: $r) { email } }', { r: ids.otherRegionId });
      expect(listed.regionInvitations.map((i) => i.email)).toEqual(expect.arrayContaining(['peter.jansen@example.org', 'niemand-bekend@tenancy.example']));
    });
  });

  describe('people directory', () => {
    const PERSON = 'query($id: ID!) { person(id: $id) { name email } }';

    it('shows an e-mail address only to people who share a region, the person and platform beheerders', async () => {
      const outsider = (await person('buitenstaander', ids.otherRegionId, 'DOCENT')).client;
      expect((await outsider.request<{ person: { name: string; email: string | null } }>(PERSON, { id: ids.personId })).person).toEqual({ name: 'Youssef El Amrani', email: null });
      const listed = await outsider.request<{ people: Array<{ name: string; email: string | null }> }>('{ people(search: "Youssef") { name email } }');
      expect(listed.people).toEqual([{ name: 'Youssef El Amrani', email: null }]);
      // No finding out who is behind an address of another region.
      expect((await outsider.request<{ people: unknown[] }>('{ people(search: "youssef.elamrani@example.org") { id } }')).people).toEqual([]);
      // Region A's member list is region A's: refused as unknown (see "region reads").
      const members = await outsider.query('query($r: ID!) { region(id: $r) { memberships { person { email } } } }', { r: ids.regionId });
      expect(codeOf(members)).toBe('NOT_FOUND');
      expect(JSON.stringify(members)).not.toContain('@example.org');

      expect((await verbinder.request<{ person: { email: string } }>(PERSON, { id: ids.personId })).person.email).toBe('youssef.elamrani@example.org');
      expect((await docent.request<{ person: { email: string } }>(PERSON, { id: ids.personId })).person.email).toBe('youssef.elamrani@example.org');
      expect((await admin.request<{ person: { email: string } }>(PERSON, { id: ids.outsiderPersonId })).person.email).toBe('henk.dijkstra@example.org');
    });
  });

  describe('region reads', () => {
    const CONTENTS = 'id name schools { id } leerlabs { id } leerroutes { id } counts { people } memberships { id role person { id email } }';

    it('keeps a region’s schools, leerlabs, leerroutes and people from region B’s beheerder, by every route', async () => {
      const reader = await person('assen-lezer', ids.otherRegionId, 'BEHEERDER');
      const { nwv } = await admin.request<{ nwv: { schools: Array<{ id: string }>; leerlabs: Array<{ id: string }>; leerroutes: Array<{ id: string }> } }>(
        'query($r: ID) { nwv: region(id: $r) { schools { id } leerlabs { id } leerroutes { id } } }',
        { r: ids.regionId },
      );
      const secrets = [...nwv.schools, ...nwv.leerlabs, ...nwv.leerroutes].map((x) => x.id).concat('youssef.elamrani@example.org');
      const answers: unknown[] = [];
      /** Refused with one of `codes`, and the answer holds `data` (by default: nothing at all). */
      const refused = async (doc: string, variables: Record<string, unknown>, codes: string[], data: unknown = null) => {
        const result = await reader.client.query(doc, variables);
        answers.push(result);
        expect({ doc, code: codeOf(result) }).toEqual({ doc, code: expect.stringMatching(new RegExp(`^(${codes.join('|')})$`)) });
        expect(result.data ?? null).toEqual(data);
      };

      // Straight at the objects: not confirmed to exist.
      await refused(`query($r: ID) { region(id: $r) { ${CONTENTS} } }`, { r: ids.regionId }, ['NOT_FOUND']);
      await refused(`{ region(slug: "noord-west-veluwe") { ${CONTENTS} } }`, {}, ['NOT_FOUND']);
      await refused('query($id: ID!) { school(id: $id) { id name memberships { person { email } } } }', { id: nwv.schools[0].id }, ['NOT_FOUND']);
      await refused('query($id: ID!) { leerlab(id: $id) { id name schools { id } } }', { id: nwv.leerlabs[0].id }, ['NOT_FOUND']);
      await refused('query($id: ID!) { leerroute(id: $id) { id name } }', { id: nwv.leerroutes[0].id }, ['NOT_FOUND']);
      await refused('query($r: ID!) { people(regionId: $r) { id name } }', { r: ids.regionId }, ['NOT_FOUND']);
      // The list of regions holds only the reader's own.
      const { regions } = await reader.client.request<{ regions: Array<{ id: string }> }>('{ regions { id } }');
      expect(regions.map((r) => r.id)).toEqual([ids.otherRegionId]);

      // Through a person: the directory entry, without region A's memberships or the address.
      const { person: docentEntry } = await reader.client.request<{ person: { name: string; email: string | null; memberships: unknown[] } }>(
        'query($id: ID!) { person(id: $id) { name email memberships { id region { id } school { id } } } }',
        { id: ids.personId },
      );
      expect(docentEntry).toEqual({ name: 'Youssef El Amrani', email: null, memberships: [] });

      // Through an invitation into region A: its name, not its contents.
      const { inviteToRegion } = await nwvBeheerder.request<{ inviteToRegion: { id: string } }>('mutation($input: InviteToRegionInput!) { inviteToRegion(input: $input) { id } }', {
        input: { personId: reader.id, schoolId: nwv.schools[0].id, role: 'DOCENT', layer: 'PROFESSIONEEL' },
      });
      const { myInvitations } = await reader.client.request<{ myInvitations: Array<{ id: string; region: { name: string }; school: { name: string } }> }>(
        '{ myInvitations { id region { name } school { name } } }',
      );
      expect(myInvitations.find((i) => i.id === inviteToRegion.id)).toMatchObject({ region: { name: 'Noord-West Veluwe' } });
      for (const field of ['schools { id }', 'leerlabs { id }', 'leerroutes { id }', 'counts { people }', 'memberships { person { email } }']) {
        await refused(`{ myInvitations { region { ${field} } } }`, {}, ['FORBIDDEN']);
      }
      // The invitation's school is optional: it alone is withheld.
      await refused('{ myInvitations { school { memberships { person { email } } } } }', {}, ['FORBIDDEN'], { myInvitations: [{ school: null }] });
      const leaked = secrets.filter((secret) => JSON.stringify(answers).includes(secret));
      expect(leaked).toEqual([]);

      // Region A's own people still read it all.
      const own = await docent.request<{ region: { memberships: Array<{ person: { email: string } }> } }>(`query($r: ID) { region(id: $r) { ${CONTENTS} } }`, { r: ids.regionId });
      expect(own.region.memberships.map((m) => m.person.email)).toContain('youssef.elamrani@example.org');
      expect((await docent.request<{ school: { id: string } }>('query($id: ID!) { school(id: $id) { id memberships { id } } }', { id: nwv.schools[0].id })).school.id).toBe(nwv.schools[0].id);
    });
  });

  describe('loket', () => {
    const SUBMIT = 'mutation($input: LoketIntakeInput!) { submitLoketRequest(input: $input) { message } }';
    const BY_TOKEN = 'query($t: String!) { loketRequestByToken(token: $t) { reference companyName status messages { author authorName body } } }';
    const REQUESTS = 'query($r: ID!) { loketRequests(regionId: $r) { id reference contactEmail submittedCompany { name sector location } company { id name kvk sector location } } }';
    /** Each intake form token works once. */
    let nextFormToken: () => string | undefined;
    let loket: GraphqlHttpClient;
    const anonymous = () => new GraphqlHttpClient(suite.api.url);
    const intake = (overrides: Record<string, unknown>) => ({
      regionSlug: 'noord-west-veluwe',
      kvk: '55667788',
      type: 'GASTLES',
      consent: true,
      formToken: nextFormToken(),
      ...overrides,
    });
    type Row = {
      id: string;
      reference: string;
      contactEmail: string;
      submittedCompany: { name: string; sector: string; location: string } | null;
      company: { id: string; name: string; kvk: string; sector: string; location: string };
    };
    const rows = async () => (await loket.request<{ loketRequests: Row[] }>(REQUESTS, { r: ids.regionId })).loketRequests;
    // The confirmation with the status link; a reply mail to the same address (which has no link) may
    // be delivered before it, since the outbox sends jobs concurrently.
    const confirmation = (address: string) => (m: ReceivedMail) => m.to.includes(address) && mailBody(m).includes('/loket/status/');
    const tokenOf = async (address: string) => {
      await suite.smtp.waitFor(() => suite.smtp.messages.some(confirmation(address)));
      return statusToken(suite.smtp.messages.find(confirmation(address)) as ReceivedMail);
    };

    beforeAll(async () => {
      loket = await signedIn(suite.api.url, 'loket');
      nextFormToken = await formTokens(anonymous(), 10);
      await sleep(3200); // the form must be a few seconds old
    });

    it('attaches an anonymous intake with a known KvK (typed with spaces and dots) without changing the company, and records what was typed', async () => {
      const before = (await rows()).find((r) => r.company.kvk === '12345678') as Row;
      expect(before.company).toMatchObject({ name: 'Bakkerij De Zandkorrel', sector: 'Food', location: 'Harderwijk' });
      await anonymous().request(SUBMIT, {
        input: intake({ kvk: ' 1234.56 78 ', companyName: 'Overgenomen BV', sector: 'Bouw', location: 'Ermelo', contactName: 'Iemand Anders', contactEmail: 'iemand@overname.example' }),
      });
      const all = await rows();
      const fresh = all.find((r) => r.contactEmail === 'iemand@overname.example') as Row;
      expect(fresh.company).toEqual({ ...before.company });
      expect(fresh.submittedCompany).toEqual({ name: 'Overgenomen BV', sector: 'Bouw', location: 'Ermelo' });
      for (const r of all.filter((x) => x.company.kvk === '12345678')) expect(r.company.name).toBe('Bakkerij De Zandkorrel');
      // The company's own status link shows its record, not the typed name.
      const { loketRequestByToken } = await anonymous().request<{ loketRequestByToken: { companyName: string } }>(BY_TOKEN, { t: await tokenOf('iemand@overname.example') });
      expect(loketRequestByToken.companyName).toBe('Bakkerij De Zandkorrel');
    });

    it('keeps each contact person’s status link to their own request and conversation after a merge', async () => {
      await anonymous().request(SUBMIT, { input: intake({ companyName: 'Samenvoeg BV', contactName: 'Anna Eerste', contactEmail: 'anna@samenvoeg.example', message: 'Bericht van Anna' }) });
      await anonymous().request(SUBMIT, { input: intake({ companyName: 'Samenvoeg BV', contactName: 'Bert Tweede', contactEmail: 'bert@samenvoeg.example', message: 'Bericht van Bert' }) });
      const all = await rows();
      const anna = all.find((r) => r.contactEmail === 'anna@samenvoeg.example') as Row;
      const bert = all.find((r) => r.contactEmail === 'bert@samenvoeg.example') as Row;
      await loket.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Antwoord voor Anna") { id } }', { id: anna.id });
      await loket.request('mutation($a: ID!, $b: ID!) { mergeLoketRequest(id: $a, intoId: $b) { id } }', { a: bert.id, b: anna.id });

      const annaView = (await anonymous().request<{ loketRequestByToken: { reference: string; messages: Array<{ body: string }> } }>(BY_TOKEN, { t: await tokenOf('anna@samenvoeg.example') }))
        .loketRequestByToken;
      const bertView = (
        await anonymous().request<{ loketRequestByToken: { reference: string; status: string; messages: Array<{ body: string }> } }>(BY_TOKEN, { t: await tokenOf('bert@samenvoeg.example') })
      ).loketRequestByToken;
      expect(annaView.reference).toBe(anna.reference);
      expect(annaView.messages.map((m) => m.body)).toContain('Bericht van Anna');
      expect(JSON.stringify(annaView)).not.toContain('Bert');
      expect(bertView).toMatchObject({ reference: bert.reference, status: 'AFGEROND' });
      expect(bertView.messages.map((m) => m.body)).toEqual(['Bericht van Bert']);
      expect(JSON.stringify(bertView)).not.toContain('Anna');
      // Staff still see the whole merged conversation.
      const { loketRequest } = await loket.request<{ loketRequest: { messages: Array<{ body: string }> } }>('query($id: ID!) { loketRequest(id: $id) { messages { body } } }', { id: anna.id });
      expect(loketRequest.messages.map((m) => m.body)).toEqual(expect.arrayContaining(['Bericht van Anna', 'Bericht van Bert']));
    });
  });

  describe('sessions end everywhere', () => {
    it('disconnects socket.io and closes graphql-ws after sign-out; nothing more is delivered', async () => {
      const me = await signedIn(suite.api.url, 'verbinder');
      const { socket, ws } = await connectLive(suite.api.url, me, suite);
      const sub = subscribe<{ regionActivity: { entityId: string } }>(ws, 'subscription($r: ID!) { regionActivity(regionId: $r) { entityId } }', { r: ids.regionId });
      const notes = subscribe<{ notificationReceived: { title: string } }>(ws, 'subscription { notificationReceived { title } }');
      await sleep(500);
      let afterSignOut = 0;
      const gone = disconnected(socket);
      const ended = nextEvent<{ reason: string }>(socket, 'session:ended');
      await me.request('mutation { signOut }');
      expect((await ended).reason).toContain('sessie');
      expect(await gone).toBe('io server disconnect');
      socket.on('region:activity', () => afterSignOut++);
      socket.on('notification:new', () => afterSignOut++);
      await Promise.race([sub.error, sub.completed]);
      await Promise.race([notes.error, notes.completed]);

      await admin.request('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Na het uitloggen", kind: VO }) { id } }', { r: ids.regionId });
      await sleep(800);
      expect(afterSignOut).toBe(0);
      expect(sub.pending()).toBe(0);
      expect(notes.pending()).toBe(0);
      // A new connection with the ended session is refused.
      await expect(connectSocket(suite.api.url, me.cookieHeader())).rejects.toThrow('UNAUTHENTICATED');
    });

    it('takes a removed member out of the region room and its subscriptions, keeps the rest, and ends their region calendar feed', async () => {
      const member = await person('wordt-verwijderd', ids.regionId, 'DOCENT');
      const { createCalendarFeed } = await member.client.request<{ createCalendarFeed: { url: string } }>('mutation($r: ID!) { createCalendarFeed(scope: REGION, regionId: $r) { url } }', {
        r: ids.regionId,
      });
      const feedPath = new URL(createCalendarFeed.url).pathname;
      const feedBefore = await fetch(`${suite.api.url}${feedPath}`);
      expect(feedBefore.status).toBe(200);
      expect(await feedBefore.text()).toContain('BEGIN:VEVENT');

      const { socket, ws } = await connectLive(suite.api.url, member.client, suite);
      const regionSub = subscribe<{ regionActivity: { entityId: string } }>(ws, 'subscription($r: ID!) { regionActivity(regionId: $r) { entityId } }', { r: ids.regionId });
      const notes = subscribe<{ notificationReceived: { title: string } }>(ws, 'subscription { notificationReceived { title } }');
      await sleep(500);
      // In the room before the removal.
      const seen = nextEvent<{ entityId: string }>(socket, 'region:activity');
      await admin.request('mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Voor de verwijdering", kind: VO }) { id } }', { r: ids.regionId });
      await seen;
      expect((await regionSub.next()).data?.regionActivity).toBeDefined();

      await nwvBeheerder.request('mutation($id: ID!) { removeMembership(id: $id) }', { id: member.membershipId });
      await regionSub.completed;
      await sleep(300);
      let regionEvents = 0;
      socket.on('region:activity', () => regionEvents++);
      const { createSchool: after } = await admin.request<{ createSchool: { id: string } }>(
        'mutation($r: ID!) { createSchool(input: { regionId: $r, name: "Na de verwijdering", kind: VO }) { id } }',
        { r: ids.regionId },
      );
      await sleep(800);
      expect(regionEvents).toBe(0);
      // At most the removal itself arrived before the subscription ended; nothing after it.
      const late: string[] = [];
      while (regionSub.pending() > 0) late.push((await regionSub.next()).data?.regionActivity.entityId ?? '');
      expect(late).not.toContain(after.id);

      // Still signed in: the personal room and subscription stay.
      expect(socket.connected).toBe(true);
      const personal = nextEvent<{ title: string }>(socket, 'notification:new');
      await assenBeheerder.request('mutation($input: InviteToRegionInput!) { inviteToRegion(input: $input) { id } }', {
        input: { personId: member.id, regionId: ids.otherRegionId, role: 'DOCENT', layer: 'PROFESSIONEEL' },
      });
      expect((await personal).title).toContain('Uitnodiging');
      expect((await notes.next()).data?.notificationReceived.title).toContain('Uitnodiging');

      const feedAfter = await fetch(`${suite.api.url}${feedPath}`);
      expect(feedAfter.status).toBe(404);
      const body = await feedAfter.text();
      expect(body).not.toContain('BEGIN:VEVENT');
      expect(body).toContain('agendakoppeling');
    });

    it('ends the sessions of a person whose address a platform beheerder changed', async () => {
      const target = await person('nieuw-adres', ids.regionId, 'DOCENT');
      const socket = await connectSocket(suite.api.url, target.client.cookieHeader());
      suite.sockets.push(socket);
      const gone = disconnected(socket);
      await admin.request('mutation($id: ID!) { updatePerson(input: { id: $id, email: "nieuw-adres-2@tenancy.example" }) { id } }', { id: target.id });
      expect(await gone).toBe('io server disconnect');
      expect((await target.client.viewer()).authenticated).toBe(false);
    });
  });
});
