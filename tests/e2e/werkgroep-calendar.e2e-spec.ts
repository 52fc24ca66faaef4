// A werkgroep's calendar feed: a member subscribes to the group's meetings with a secret URL
// (iCalendar read by ical.js), sees only that group's meetings, cannot subscribe to a group he
// may not see, and the feed stops answering as soon as he is removed from the group.
import ICAL from 'ical.js';
import { apiSuite } from '../support/api-suite';
import { demoIds, signedIn } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { werkgroepIds, WerkgroepIds } from '../support/werkgroepen-fixtures';

const CREATE = 'mutation($w: ID) { createCalendarFeed(scope: WERKGROEP, werkgroepId: $w) { url feed { id scope werkgroepId regionId } } }';

describe('werkgroep calendar feed', () => {
  const suite = apiSuite();
  let ids: WerkgroepIds & { personId: string };
  let docent: GraphqlHttpClient;
  let beheerder: GraphqlHttpClient;

  beforeAll(async () => {
    beheerder = await signedIn(suite.api.url, 'beheerder');
    docent = await signedIn(suite.api.url, 'docent');
    const demo = await demoIds(beheerder);
    ids = { ...(await werkgroepIds(beheerder, demo.regionId)), personId: demo.personId };
  }, 90_000);

  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, suite.api.url);

  it("lists the group's meetings for a member, and stops when he leaves the group", async () => {
    const { createCalendarFeed } = await docent.request<{ createCalendarFeed: { url: string; feed: { scope: string; werkgroepId: string; regionId: string | null } } }>(CREATE, {
      w: ids.engelsWerkgroepId,
    });
    expect(createCalendarFeed.feed).toMatchObject({ scope: 'WERKGROEP', werkgroepId: ids.engelsWerkgroepId, regionId: null });

    const response = await fetch(local(createCalendarFeed.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Verbinder · Interscolaire vakgroep Engels');
    const titles = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    // The demo (werkgroepen-stream-demo.ts): the meetings of the last 30 days and the upcoming one.
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.startsWith('Vakgroep Engels'))).toBe(true);
    expect(titles).toContain('Vakgroep Engels: draaiboek overstap');

    // Removed from the group: the same secret URL no longer answers.
    await beheerder.request('mutation($w: ID!, $p: ID!) { removeWerkgroepMember(werkgroepId: $w, personId: $p) }', { w: ids.engelsWerkgroepId, p: ids.personId });
    expect((await fetch(local(createCalendarFeed.url))).status).toBe(404);
  });

  it('refuses a feed for a group one may not see, and a werkgroep feed without a group', async () => {
    const hidden = await docent.query(CREATE, { w: ids.techniekWerkgroepId });
    expect(hidden.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const missing = await docent.query(CREATE, {});
    expect(missing.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
