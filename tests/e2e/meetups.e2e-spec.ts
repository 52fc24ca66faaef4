// Meetups end to end against the built API: capacity and the waiting list (offer, claim, a
// claim link used twice, expiry moving the offer on), concurrent registrations never exceeding
// capacity, public registration with e-mail through a real SMTP server and no enumeration,
// live places left on a real socket.io client, series with rotation and holidays, decisions on
// the actie history, and iCalendar output parsed by ical.js.
import ICAL from 'ical.js';
import { apiSuite } from '../support/api-suite';
import { linkToken, ReceivedMail } from '../support/smtp';
import { DemoIds, demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { MeetupIds, meetupIds } from '../support/meetups-fixtures';
import { connectSocket, graphqlWsClient, nextEvent, subscribe } from '../support/realtime-clients';

// 0.003 h ≈ 11 s to claim an offered place; the sweep runs every 500 ms.
const CLAIM_HOURS = 0.003;

const linkIn = (mail: ReceivedMail, kind: 'claim' | 'bevestig') => linkToken(mail, `/aanmelden/${kind}`, kind);

interface ActivityView {
  id: string;
  capacity: number | null;
  confirmedCount: number;
  waitlistCount: number;
  placesLeft: number | null;
  myRegistration: { status: string; waitlistPosition: number | null } | null;
}
const VIEW = 'query($id: ID!) { activity(id: $id) { id capacity confirmedCount waitlistCount placesLeft myRegistration { status waitlistPosition } } }';

describe('meetups', () => {
  const suite = apiSuite({ mail: true, start: { env: { REMINDER_INTERVAL_MS: '500', WAITLIST_CLAIM_HOURS: String(CLAIM_HOURS) } } });
  let ids: DemoIds;
  let m: MeetupIds;
  let beheerder: GraphqlHttpClient;
  let verbinder: GraphqlHttpClient;
  let docent: GraphqlHttpClient;

  const view = async (client: GraphqlHttpClient, id: string) => (await client.request<{ activity: ActivityView }>(VIEW, { id })).activity;
  const mailsTo = (address: string, subject: string) => suite.smtp.messages.filter((x) => x.to.includes(address) && x.subject.startsWith(subject));

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    verbinder = await signedIn(suite.api.url, 'verbinder');
    docent = await signedIn(suite.api.url, 'docent');
    ids = await demoIds(beheerder);
    m = await meetupIds(beheerder, ids.regionId);
  }, 90_000);

  it('puts a member on the waiting list of a full workshop, offers a freed place live and by e-mail, and confirms the claim once', async () => {
    expect(await view(verbinder, m.workshopId)).toMatchObject({ capacity: 3, confirmedCount: 3, waitlistCount: 1, placesLeft: 0 });
    const { registerForActivity } = await docent.request<{ registerForActivity: { status: string } }>('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id: m.workshopId });
    expect(registerForActivity.status).toBe('WAITLISTED');
    expect((await view(docent, m.workshopId)).myRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });

    const socket = await connectSocket(suite.api.url, verbinder.cookieHeader());
    suite.sockets.push(socket);
    const change = nextEvent<{ activityId: string; kind: string; placesLeft: number | null }>(socket, 'activity:changed', 10_000, (c) => c.activityId === m.workshopId);
    expect(
      (await verbinder.request<{ cancelRegistration: { status: string } }>('mutation($id: ID!) { cancelRegistration(activityId: $id) { status } }', { id: m.workshopId })).cancelRegistration.status,
    ).toBe('CANCELLED');
    // The freed place is held for the first person on the waiting list (Jeroen): none left.
    expect(await change).toMatchObject({ activityId: m.workshopId, kind: 'registration.changed', placesLeft: 0 });

    await suite.smtp.waitFor(() => mailsTo('jeroen.bos@example.org', 'Er is een plaats vrij').length === 1);
    const token = linkIn(mailsTo('jeroen.bos@example.org', 'Er is een plaats vrij')[0], 'claim');
    const page = await fetch(`${suite.api.url}/aanmelden/claim/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<form action="/aanmelden/claim/${token}" method="post">`);
    const claimed = await new GraphqlHttpClient(suite.api.url).request<{ claimWaitlistPlace: { status: string; activityTitle: string } }>(
      'mutation($t: String!) { claimWaitlistPlace(token: $t) { status activityTitle } }',
      { t: token },
    );
    expect(claimed.claimWaitlistPlace).toEqual({ status: 'CONFIRMED', activityTitle: 'Workshop digitale geletterdheid' });
    const again = await new GraphqlHttpClient(suite.api.url).query('mutation($t: String!) { claimWaitlistPlace(token: $t) { status } }', { t: token });
    expect(again.errors?.[0].extensions?.code).toBe('LINK_USED');
    const html = await fetch(`${suite.api.url}/aanmelden/claim/${token}`, { method: 'POST' });
    expect(html.status).toBe(410);
    expect(await view(verbinder, m.workshopId)).toMatchObject({ confirmedCount: 3, waitlistCount: 1, placesLeft: 0 });
  });

  it('offers an extra place to the waiting list and moves an unclaimed offer on when it expires', async () => {
    await beheerder.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id: m.workshopId });
    expect((await view(docent, m.workshopId)).myRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    const { activity } = await verbinder.request<{ activity: { title: string; kind: string; startsAt: string; endsAt: string } }>(
      'query($id: ID!) { activity(id: $id) { title kind startsAt endsAt } }',
      { id: m.workshopId },
    );
    await verbinder.request('mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id } }', {
      id: m.workshopId,
      input: { regionId: ids.regionId, kind: activity.kind, title: activity.title, startsAt: activity.startsAt, endsAt: activity.endsAt, capacity: 4, audience: ['DOCENTEN'] },
    });
    await suite.smtp.waitFor(() => mailsTo('youssef.elamrani@example.org', 'Er is een plaats vrij').length === 1);
    const docentToken = linkIn(mailsTo('youssef.elamrani@example.org', 'Er is een plaats vrij')[0], 'claim');
    expect((await view(docent, m.workshopId)).myRegistration?.status).toBe('OFFERED');
    const { notifications } = await docent.request<{ notifications: Array<{ kind: string }> }>('{ notifications(first: 50) { kind } }');
    expect(notifications.map((n) => n.kind)).toContain('meetup.place-offered');
    // Nobody claims: after the window the offer goes to the beheerder.
    await suite.smtp.waitFor(() => mailsTo('peter.jansen@example.org', 'Er is een plaats vrij').length === 1, 40_000);
    expect((await view(docent, m.workshopId)).myRegistration?.status).toBe('EXPIRED');
    const late = await new GraphqlHttpClient(suite.api.url).query('mutation($t: String!) { claimWaitlistPlace(token: $t) { status } }', { t: docentToken });
    expect(late.errors?.[0].extensions?.code).toBe('LINK_EXPIRED');
    expect(await view(verbinder, m.workshopId)).toMatchObject({ capacity: 4, confirmedCount: 3, waitlistCount: 0, placesLeft: 0 });
  }, 60_000);

  it('refuses to lower the capacity below the places given out', async () => {
    const { activity } = await verbinder.request<{ activity: { title: string; kind: string; startsAt: string; endsAt: string } }>(
      'query($id: ID!) { activity(id: $id) { title kind startsAt endsAt } }',
      { id: m.workshopId },
    );
    const result = await verbinder.query('mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id } }', {
      id: m.workshopId,
      input: { regionId: ids.regionId, kind: activity.kind, title: activity.title, startsAt: activity.startsAt, endsAt: activity.endsAt, capacity: 1 },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'capacity' })]);
  });

  it('never gives out more places than the capacity when 20 people register at once', async () => {
    const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const { createActivity } = await verbinder.request<{ createActivity: { id: string } }>('mutation($input: ActivityInput!) { createActivity(input: $input) { id } }', {
      input: { regionId: ids.regionId, kind: 'GASTLES', title: 'Gastles lassen', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString(), capacity: 5 },
    });
    const clients: GraphqlHttpClient[] = [];
    for (let n = 0; n < 20; n++) {
      const email = `gelijktijdig${n}@example.org`;
      const { createPerson } = await beheerder.request<{ createPerson: { id: string } }>(
        'mutation($e: String!) { createPerson(input: { name: "Docent Gelijktijdig", email: $e, password: "lang-genoeg-wachtwoord" }) { id } }',
        { e: email },
      );
      await beheerder.request('mutation($p: ID!, $r: ID!) { addMembership(input: { personId: $p, regionId: $r, role: DOCENT, layer: PROFESSIONEEL }) { id } }', {
        p: createPerson.id,
        r: ids.regionId,
      });
      const client = new GraphqlHttpClient(suite.api.url);
      await client.signIn(email, 'lang-genoeg-wachtwoord');
      clients.push(client);
    }
    const results = await Promise.all(
      clients.map((c) => c.request<{ registerForActivity: { status: string } }>('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id: createActivity.id })),
    );
    const statuses = results.map((r) => r.registerForActivity.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(15);
    expect(await view(verbinder, createActivity.id)).toMatchObject({ confirmedCount: 5, waitlistCount: 15, placesLeft: 0 });
  }, 90_000);

  it('registers the public by e-mail confirmation, without revealing who is registered', async () => {
    const anonymous = new GraphqlHttpClient(suite.api.url);
    const before = await view(verbinder, m.publicActivityId);
    const register = (email: string) =>
      anonymous.request<{ registerForPublicActivity: { message: string } }>(
        'mutation($id: ID!, $e: String!) { registerForPublicActivity(activityId: $id, name: "Anna Ondernemer", email: $e) { message } }',
        {
          id: m.publicActivityId,
          e: email,
        },
      );
    const first = await register('anna@bedrijf.example');
    await suite.smtp.waitFor(() => mailsTo('anna@bedrijf.example', 'Bevestig je aanmelding').length === 1);
    const token = linkIn(mailsTo('anna@bedrijf.example', 'Bevestig je aanmelding')[0], 'bevestig');
    const confirmed = await fetch(`${suite.api.url}/aanmelden/bevestig/${token}`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('data-status="CONFIRMED"');
    expect((await view(verbinder, m.publicActivityId)).confirmedCount).toBe(before.confirmedCount + 1);
    const used = await anonymous.query('mutation($t: String!) { confirmPublicRegistration(token: $t) { status } }', { t: token });
    expect(used.errors?.[0].extensions?.code).toBe('LINK_USED');

    // A duplicate gets the same answer as a new address, no second place, and only an e-mail to the owner.
    const duplicate = await register('ANNA@bedrijf.example');
    const fresh = await register('nieuw@bedrijf.example');
    expect(duplicate).toEqual(first);
    expect(fresh).toEqual(first);
    await suite.smtp.waitFor(() => mailsTo('anna@bedrijf.example', 'Je bent al aangemeld').length === 1);
    expect(mailsTo('anna@bedrijf.example', 'Bevestig je aanmelding')).toHaveLength(1);
    expect((await view(verbinder, m.publicActivityId)).confirmedCount).toBe(before.confirmedCount + 1);
    // Anonymous visitors cannot read the attendees.
    expect((await anonymous.query('query($id: ID!) { activity(id: $id) { registrations { email } } }', { id: m.publicActivityId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await docent.query('query($id: ID!) { activity(id: $id) { registrations { email } } }', { id: m.publicActivityId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bogus = await anonymous.query('mutation { confirmPublicRegistration(token: "bestaat-niet") { status } }');
    expect(bogus.errors?.[0].extensions?.code).toBe('LINK_INVALID');
  });

  it('lists public activities on the public site with a form that works without JavaScript', async () => {
    const res = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/activiteiten`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('Ontbijt-meet-up met bedrijven uit de regio');
    expect(html).not.toContain('Workshop digitale geletterdheid');
    expect(html).not.toContain('@example.org');
    const posted = await fetch(`${suite.api.url}/publiek/noord-west-veluwe/activiteiten/${m.publicActivityId}/aanmelden`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Bert Bakker', email: 'bert@bakkerij.example' }).toString(),
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Kijk in je e-mail');
    await suite.smtp.waitFor(() => mailsTo('bert@bakkerij.example', 'Bevestig je aanmelding').length === 1);
    expect((await fetch(`${suite.api.url}/publiek/bestaat-niet/activiteiten`)).status).toBe(404);
  });

  it('materialises the Wednesday series rotating over the four schools and skips the holiday', async () => {
    const { activities } = await verbinder.request<{ activities: Array<{ id: string; kind: string; title: string; startsAt: string; detached: boolean; hostSchool: { name: string } | null }> }>(
      'query($r: ID!) { activities(regionId: $r) { id kind title startsAt detached hostSchool { name } } }',
      { r: ids.regionId },
    );
    const overleg = activities.filter((a) => a.kind === 'VERBINDERSOVERLEG');
    expect(overleg.length).toBeGreaterThanOrEqual(11);
    const weekdays = new Set(overleg.map((a) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(a.startsAt))));
    expect([...weekdays]).toEqual(['Wednesday']);
    expect(overleg.slice(0, 5).map((a) => a.hostSchool?.name)).toEqual(['RSG Slingerbos Levant', 'Morgen College', 'Christelijk College Groevenbeek', 'Landstede MBO', 'RSG Slingerbos Levant']);
    const gaps = overleg.slice(1).map((a, i) => (new Date(a.startsAt).getTime() - new Date(overleg[i].startsAt).getTime()) / (24 * 3600 * 1000));
    expect(gaps.some((g) => g >= 13)).toBe(true); // the holiday week

    // One occurrence on its own, then this-and-following.
    const [, second, third, fourth] = overleg;
    const one = await verbinder.request<{ updateSeriesOccurrence: Array<{ id: string; title: string; detached: boolean }> }>(
      'mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: THIS, input: { title: "Verbindersoverleg met de directies" }) { id title detached } }',
      { id: second.id },
    );
    expect(one.updateSeriesOccurrence).toEqual([{ id: second.id, title: 'Verbindersoverleg met de directies', detached: true }]);
    const following = await verbinder.request<{ updateSeriesOccurrence: Array<{ id: string; title: string }> }>(
      'mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: FOLLOWING, input: { title: "Verbindersoverleg (nieuwe stijl)", startTime: "14:00", endTime: "16:00" }) { id title } }',
      { id: third.id },
    );
    expect(following.updateSeriesOccurrence.map((a) => a.id)).toContain(fourth.id);
    expect(new Set(following.updateSeriesOccurrence.map((a) => a.title))).toEqual(new Set(['Verbindersoverleg (nieuwe stijl)']));
    const detached = await verbinder.request<{ activity: { title: string } }>('query($id: ID!) { activity(id: $id) { title } }', { id: second.id });
    expect(detached.activity.title).toBe('Verbindersoverleg met de directies');
    const { activity: moved } = await verbinder.request<{ activity: { startsAt: string } }>('query($id: ID!) { activity(id: $id) { startsAt } }', { id: fourth.id });
    expect(new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(moved.startsAt))).toBe('14:00');
  });

  it('keeps an agenda with acties and writes a meeting decision on the actie history', async () => {
    await verbinder.request('mutation($a: ID!, $actie: ID!) { addAgendaItem(activityId: $a, title: "Docentstages", actieId: $actie) { id } }', { a: m.overlegId, actie: ids.actieId });
    await verbinder.request('mutation($a: ID!) { setMeetingMinutes(activityId: $a, minutes: "Aanwezig: alle verbinders.") { id } }', { a: m.overlegId });
    const decision = await verbinder.request<{ recordMeetingDecision: { text: string; meetingDate: string } }>(
      'mutation($a: ID!, $actie: ID!) { recordMeetingDecision(activityId: $a, actieId: $actie, text: "Vanaf nu om de week op locatie.") { text meetingDate } }',
      { a: m.overlegId, actie: ids.actieId },
    );
    expect(decision.recordMeetingDecision.text).toBe('Vanaf nu om de week op locatie.');
    const { actie } = await verbinder.request<{ actie: { history: Array<{ kind: string; summary: string }> } }>('query($id: ID!) { actie(id: $id) { history { kind summary } } }', { id: ids.actieId });
    expect(actie.history.find((h) => h.kind === 'DECISION' && h.summary.includes('Vanaf nu om de week op locatie.'))).toBeDefined();
    const { activity } = await verbinder.request<{ activity: { minutes: string; agenda: Array<{ title: string; actieId: string }> } }>(
      'query($id: ID!) { activity(id: $id) { minutes agenda { title actieId } } }',
      { id: m.overlegId },
    );
    expect(activity).toEqual({ minutes: 'Aanwezig: alle verbinders.', agenda: [{ title: 'Docentstages', actieId: ids.actieId }] });
    // A docent may read but not write the minutes.
    expect((await docent.query('mutation($a: ID!) { setMeetingMinutes(activityId: $a, minutes: "x") { id } }', { a: m.overlegId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('serves iCalendar that an independent parser reads, with time zone, and revocable secret feeds', async () => {
    const res = await fetch(`${suite.api.url}/agenda/${m.publicActivityId}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).toMatch(/\r\n$/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    // Register the calendar's own VTIMEZONE so the parser converts the local times itself.
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Ontbijt-meet-up met bedrijven uit de regio');
    expect(event.uid).toBe(`${m.publicActivityId}@verbinder`);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toMatch(/T07:30:00$/);
    const { activity: api0 } = await verbinder.request<{ activity: { startsAt: string; endsAt: string } }>('query($id: ID!) { activity(id: $id) { startsAt endsAt } }', { id: m.publicActivityId });
    expect(event.startDate.toJSDate().toISOString()).toBe(api0.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(api0.endsAt);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')).toBeTruthy();

    // Member-only activities need the session cookie.
    expect((await fetch(`${suite.api.url}/agenda/${m.workshopId}.ics`)).status).toBe(401);
    const withCookie = await fetch(`${suite.api.url}/agenda/${m.workshopId}.ics`, { headers: { cookie: docent.cookieHeader() } });
    expect(withCookie.status).toBe(200);

    const { createCalendarFeed } = await docent.request<{ createCalendarFeed: { url: string; feed: { id: string } } }>(
      'mutation($r: ID!) { createCalendarFeed(scope: REGION, regionId: $r) { url feed { id } } }',
      { r: ids.regionId },
    );
    const feed = await fetch(createCalendarFeed.url.replace(/^https?:\/\/[^/]+/, suite.api.url));
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(15);
    await docent.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id: m.kennismakingId });
    const { createCalendarFeed: personal } = await docent.request<{ createCalendarFeed: { url: string } }>('mutation { createCalendarFeed(scope: PERSON) { url } }');
    const mine = new ICAL.Component(ICAL.parse(await (await fetch(personal.url.replace(/^https?:\/\/[^/]+/, suite.api.url))).text())).getAllSubcomponents('vevent');
    expect(mine.map((e) => e.getFirstPropertyValue('summary'))).toContain('Kennismakingsdag docenten vo en mbo');
    await docent.request('mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', { id: createCalendarFeed.feed.id });
    expect((await fetch(createCalendarFeed.url.replace(/^https?:\/\/[^/]+/, suite.api.url))).status).toBe(404);
    // Someone else cannot revoke your feed.
    expect((await verbinder.query('mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: createCalendarFeed.feed.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('streams place changes to members over the activityChanged subscription and refuses outsiders', async () => {
    const member = graphqlWsClient(suite.api.url, docent.cookieHeader());
    const sub = subscribe<{ activityChanged: { activityId: string; kind: string; placesLeft: number | null } }>(
      member,
      'subscription($r: ID!) { activityChanged(regionId: $r) { activityId kind placesLeft } }',
      { r: ids.regionId },
    );
    await new Promise((r) => setTimeout(r, 300));
    await verbinder.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id: m.kennismakingId });
    // Other activities of the region may change meanwhile (the offer sweep runs in the background).
    const received = await sub.nextWhere((r) => r.data?.activityChanged.activityId === m.kennismakingId);
    expect(received.data?.activityChanged).toMatchObject({ activityId: m.kennismakingId, kind: 'registration.changed', placesLeft: 118 });
    sub.close();
    await member.dispose();

    await beheerder.request('mutation { createPerson(input: { name: "Buiten Staander", email: "buiten.meetups@example.org", password: "lang-genoeg-wachtwoord" }) { id } }');
    const outsider = new GraphqlHttpClient(suite.api.url);
    await outsider.signIn('buiten.meetups@example.org', 'lang-genoeg-wachtwoord');
    const client = graphqlWsClient(suite.api.url, outsider.cookieHeader());
    const refused = subscribe(client, 'subscription($r: ID!) { activityChanged(regionId: $r) { kind } }', { r: ids.regionId });
    const first = await refused.next();
    expect(first.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
    expect((await outsider.query('query($id: ID!) { activity(id: $id) { id } }', { id: m.workshopId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  const createActivity = async (input: Record<string, unknown>) =>
    (
      await verbinder.request<{ createActivity: { id: string } }>('mutation($input: ActivityInput!) { createActivity(input: $input) { id } }', {
        input: { regionId: ids.regionId, kind: 'WORKSHOP', audience: ['DOCENTEN'], ...input },
      })
    ).createActivity.id;
  const inHours = (h: number) => new Date(Date.now() + h * 3600 * 1000).toISOString();

  it('refuses registration outside the registration window', async () => {
    const id = await createActivity({ title: 'Workshop met gesloten inschrijving', startsAt: inHours(72), endsAt: inHours(74), capacity: 10, registrationClosesAt: inHours(-1) });
    const result = await docent.query('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id });
    expect(result.errors?.[0].extensions?.code).toBe('REGISTRATION_CLOSED');
    expect(await view(verbinder, id)).toMatchObject({ confirmedCount: 0, waitlistCount: 0 });
  });

  it('lets a member accept an offered place in the app, once', async () => {
    const id = await createActivity({ title: 'Workshop met één plek', startsAt: inHours(96), endsAt: inHours(98), capacity: 1 });
    await verbinder.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id });
    await docent.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id });
    const early = await docent.query('mutation($id: ID!) { claimOfferedPlace(activityId: $id) { status } }', { id });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    await verbinder.request('mutation($id: ID!) { cancelRegistration(activityId: $id) { status } }', { id });
    expect((await view(docent, id)).myRegistration?.status).toBe('OFFERED');
    const claimed = await docent.request<{ claimOfferedPlace: { status: string } }>('mutation($id: ID!) { claimOfferedPlace(activityId: $id) { status } }', { id });
    expect(claimed.claimOfferedPlace.status).toBe('CONFIRMED');
    const twice = await docent.query('mutation($id: ID!) { claimOfferedPlace(activityId: $id) { status } }', { id });
    expect(twice.errors?.[0]).toMatchObject({ message: 'Je hebt al een plaats.', extensions: { code: 'CONFLICT' } });
    expect(await view(verbinder, id)).toMatchObject({ confirmedCount: 1, placesLeft: 0 });
  });

  it('makes the creator the organiser when none are named, keeps the organisers on an edit that names none, and refuses an organiser from another region', async () => {
    const ORGANISERS = 'query($id: ID!) { activity(id: $id) { organisers { name } canEdit } }';
    const input = { regionId: ids.regionId, kind: 'GASTLES', title: 'Gastles zonder organisatoren', startsAt: '2031-02-05T10:00:00+01:00', endsAt: '2031-02-05T11:00:00+01:00' };
    const { createActivity } = await verbinder.request<{ createActivity: { id: string; organisers: Array<{ name: string }> } }>(
      'mutation($input: ActivityInput!) { createActivity(input: $input) { id organisers { name } } }',
      { input },
    );
    expect(createActivity.organisers).toEqual([{ name: 'Sanne de Vries' }]);
    await verbinder.request('mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id } }', {
      id: createActivity.id,
      input: { ...input, title: 'Gastles (gewijzigd)' },
    });
    expect((await docent.request<{ activity: { organisers: Array<{ name: string }>; canEdit: boolean } }>(ORGANISERS, { id: createActivity.id })).activity).toEqual({
      organisers: [{ name: 'Sanne de Vries' }],
      canEdit: false,
    });
    const refused = await verbinder.query('mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id } }', {
      id: createActivity.id,
      input: { ...input, organiserIds: [ids.outsiderPersonId] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organiserIds', message: 'Organisatoren zijn mensen uit deze regio.' }] });
    expect((await verbinder.request<{ activity: { organisers: Array<{ name: string }> } }>(ORGANISERS, { id: createActivity.id })).activity.organisers).toEqual([{ name: 'Sanne de Vries' }]);
  });

  it('moves one occurrence of the series to another date without bringing the old date back', async () => {
    const { activity } = await verbinder.request<{ activity: { startsAt: string; series: { id: string } } }>('query($id: ID!) { activity(id: $id) { startsAt series { id } } }', { id: m.overlegId });
    const oldDate = new Date(activity.startsAt);
    const newDate = new Date(oldDate.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const moved = await verbinder.request<{ updateSeriesOccurrence: Array<{ id: string; startsAt: string }> }>(
      'mutation($id: ID!, $d: Date!) { updateSeriesOccurrence(activityId: $id, scope: THIS, input: { date: $d }) { id startsAt } }',
      { id: m.overlegId, d: newDate },
    );
    expect(moved.updateSeriesOccurrence[0].startsAt.slice(0, 10)).toBe(newDate);
    // A later "this and following" edit regenerates the series but leaves the old date empty.
    await verbinder.request('mutation($id: ID!) { updateSeriesOccurrence(activityId: $id, scope: FOLLOWING, input: { title: "Verbindersoverleg (nieuw)" }) { id } }', { id: m.overlegId });
    const { activities } = await verbinder.request<{ activities: Array<{ id: string; startsAt: string; title: string }> }>('query($r: ID!) { activities(regionId: $r) { id startsAt title } }', {
      r: ids.regionId,
    });
    const sameDay = activities.filter((a) => a.startsAt.slice(0, 10) === activity.startsAt.slice(0, 10) && a.title.startsWith('Verbindersoverleg'));
    expect(sameDay).toEqual([]);
    expect(activities.find((a) => a.id === m.overlegId)?.startsAt.slice(0, 10)).toBe(newDate);
  });

  it('reminds confirmed participants by e-mail and notification before the activity, once', async () => {
    const id = await createActivity({ title: 'Workshop die bijna begint', startsAt: inHours(2), endsAt: inHours(4), capacity: 5, address: 'Stationsweg 1, Harderwijk', room: 'Lokaal 12' });
    await docent.request('mutation($id: ID!) { registerForActivity(activityId: $id) { status } }', { id });
    await suite.smtp.waitFor(() => mailsTo('youssef.elamrani@example.org', 'Herinnering: Workshop die bijna begint').length === 1);
    expect(mailsTo('youssef.elamrani@example.org', 'Herinnering: Workshop die bijna begint')[0].raw).toContain('Lokaal 12');
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo('youssef.elamrani@example.org', 'Herinnering: Workshop die bijna begint')).toHaveLength(1);
    const { notifications } = await docent.request<{ notifications: Array<{ kind: string; title: string }> }>('{ notifications(first: 50) { kind title } }');
    expect(notifications.filter((n) => n.title === 'Binnenkort: Workshop die bijna begint')).toHaveLength(1);
  });
});
