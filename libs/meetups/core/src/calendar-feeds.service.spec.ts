import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { activityData, actorIn, OTHER_REGION, REGION } from './testing/meetups.fakes';
import { docent, meetupsWorld } from './testing/meetups.world';
import { hashToken } from './tokens';

const outsider = actorIn(3, 'DOCENT', OTHER_REGION);
const WERKGROEP = '88888888-8888-4888-8888-888888888888';

const tokenOf = (url: string) => /\/agenda\/feed\/([\w-]+)\.ics$/.exec(url)?.[1] as string;

describe('CalendarFeedsService', () => {
  it('serves a public activity to anyone and another only to members of its region', async () => {
    const w = meetupsWorld();
    const open = await w.repo.insertActivity(activityData({ title: 'Open dag', isPublic: true, room: 'B12' }));
    const internal = await w.repo.insertActivity(activityData({ title: 'Intern overleg' }));
    const ics = await w.feeds.activityIcs(null, open.id);
    expect(ics).toContain('SUMMARY:Open dag');
    expect(ics).toContain(`URL:https://verbinder.test/agenda/${open.id}.ics`);
    await expect(w.feeds.activityIcs(null, internal.id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(w.feeds.activityIcs(outsider, internal.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await w.feeds.activityIcs(docent, internal.id)).toContain('SUMMARY:Intern overleg');
    await expect(w.feeds.activityIcs(docent, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('makes a secret region feed for members, stores only the hash, and checks the owner on every fetch', async () => {
    const w = meetupsWorld();
    const leaving = w.addPerson(actorIn(9, 'DOCENT'));
    await w.repo.insertActivity(activityData({ title: 'Overleg' }));
    await expect(w.feeds.createFeed(docent, 'SCHOOL' as 'REGION')).rejects.toMatchObject({ details: { fields: [{ field: 'scope' }] } });
    await expect(w.feeds.createFeed(docent, 'REGION')).rejects.toMatchObject({ details: { fields: [{ field: 'regionId' }] } });
    await expect(w.feeds.createFeed(outsider, 'REGION', REGION)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { feed, url } = await w.feeds.createFeed(leaving, 'REGION', REGION);
    const token = tokenOf(url);
    expect(feed.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(w.repo.feeds)).not.toContain(token);
    expect(await w.feeds.feedIcs(token)).toContain('X-WR-CALNAME:Verbinder · Noord');
    // The owner left the region: the feed serves nothing any more.
    leaving.memberships.splice(0);
    expect(await w.feeds.feedIcs(token)).toBeNull();
  });

  it('lists the owner’s own activities in a person feed, and nothing after revoking', async () => {
    const w = meetupsWorld();
    w.addPerson(docent);
    const mine = await w.repo.insertActivity(activityData({ title: 'Mijn workshop' }));
    await w.repo.insertActivity(activityData({ title: 'Niet de mijne' }));
    await w.repo.insertRegistration({ activityId: mine.id, personId: docent.personId, name: null, email: null, status: 'CONFIRMED', queuedAt: w.clock.now(), tokenHash: null, tokenExpiresAt: null });
    const { feed, url } = await w.feeds.createFeed(docent, 'PERSON');
    const ics = await w.feeds.feedIcs(tokenOf(url));
    expect(ics).toContain('SUMMARY:Mijn workshop');
    expect(ics).not.toContain('Niet de mijne');
    await expect(w.feeds.revokeFeed(outsider, feed.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await w.feeds.revokeFeed(docent, feed.id)).revokedAt).toEqual(w.clock.now());
    expect(await w.feeds.feedIcs(tokenOf(url))).toBeNull();
    expect(await w.feeds.feeds(docent)).toHaveLength(1);
    expect(await w.feeds.feedIcs('')).toBeNull();
    expect(await w.feeds.feedIcs('x'.repeat(101))).toBeNull();
  });

  it('serves a werkgroep feed only while the owner may read the group', async () => {
    const w = meetupsWorld();
    w.addPerson(docent);
    let member = true;
    Object.assign(w.werkgroepen as WerkgroepenService, { readableFor: async () => (member ? { id: WERKGROEP, name: 'Vakgroep Engels' } : null) });
    await w.repo.insertActivity(activityData({ title: 'Vakgroepoverleg', werkgroepId: WERKGROEP }));
    await expect(w.feeds.createFeed(docent, 'WERKGROEP')).rejects.toMatchObject({ details: { fields: [{ field: 'werkgroepId' }] } });
    const { url } = await w.feeds.createFeed(docent, 'WERKGROEP', null, WERKGROEP);
    expect(await w.feeds.feedIcs(tokenOf(url))).toContain('SUMMARY:Vakgroepoverleg');
    member = false;
    expect(await w.feeds.feedIcs(tokenOf(url))).toBeNull();
  });
});
