import type { Werkgroep } from './werkgroepen.types';
import type { WerkgroepStreamRepository } from './stream-repository.port';
import { StreamService } from './stream.service';
import { POST_MAX_LENGTH, WerkgroepPost, WerkgroepPostRevision } from './stream.types';
import { actor, fakeRegions, GROUP, manualClock, MISSING, recordingNotifications, REGION, rejection, uuid, werkgroepenWith } from './testing/werkgroepen-fakes';
import { insertRow } from '@verbinder/shared/kernel/testing';

const AUTHOR = uuid(1);
const CHAIR = uuid(2);
const OTHER = uuid(3);
const author = actor(AUTHOR, [['DOCENT']]);
const chair = actor(CHAIR, [['DOCENT']]);
const other = actor(OTHER, [['DOCENT']]);
const regionColleague = actor(uuid(4), [['DOCENT']]);

class MemoryStreamRepository implements WerkgroepStreamRepository {
  readonly posts: WerkgroepPost[] = [];
  readonly revisions: WerkgroepPostRevision[] = [];
  readonly reactions: Array<{ postId: string; personId: string; reaction: string }> = [];
  private next = 500;
  /** A copy, as a database row would be. */
  async findPost(id: string) {
    const post = this.posts.find((p) => p.id === id);
    return post ? { ...post } : null;
  }
  async listRoots(werkgroepId: string, before: Date | null, limit: number) {
    return this.posts
      .filter((p) => p.werkgroepId === werkgroepId && !p.parentId && (!before || p.createdAt < before))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit);
  }
  async repliesOf(rootIds: readonly string[]) {
    return this.posts.filter((p) => p.parentId && rootIds.includes(p.parentId));
  }
  async insertPost(data: { werkgroepId: string; parentId: string | null; authorId: string; body: string; mentionIds: string[]; createdAt: Date }) {
    return insertRow<WerkgroepPost>(this.posts, { id: uuid(this.next++), editedAt: null, deletedAt: null, deletedById: null, ...data });
  }
  async updatePost(id: string, data: Partial<WerkgroepPost>) {
    const post = Object.assign(this.posts.find((p) => p.id === id) as WerkgroepPost, data);
    return { ...post };
  }
  async insertRevision(data: Omit<WerkgroepPostRevision, 'id'>) {
    this.revisions.push({ id: uuid(this.next++), ...data });
  }
  async revisionsByPostIds(ids: readonly string[]) {
    return this.revisions.filter((r) => ids.includes(r.postId));
  }
  async reactionsByPostIds(ids: readonly string[]) {
    return this.reactions.filter((r) => ids.includes(r.postId));
  }
  async toggleReaction(postId: string, personId: string, reaction: string) {
    const index = this.reactions.findIndex((r) => r.postId === postId && r.personId === personId && r.reaction === reaction);
    if (index >= 0) this.reactions.splice(index, 1);
    else this.reactions.push({ postId, personId, reaction });
    return index < 0;
  }
}

function stream(group: Partial<Werkgroep> = {}) {
  const clock = manualClock('2026-12-01T12:00:00Z');
  const regions = fakeRegions({ persons: [{ id: uuid(9), name: 'Sam Buiten' }] });
  const werkgroepen = werkgroepenWith({
    clock,
    regions,
    group,
    members: [
      [AUTHOR, 'LID'],
      [CHAIR, 'VOORZITTER'],
      [OTHER, 'LID'],
    ],
  });
  const repo = new MemoryStreamRepository();
  const notifications = recordingNotifications();
  const service = new StreamService(repo, werkgroepen.kernel, werkgroepen.service, regions, notifications);
  return { service, repo, notifications, clock, changes: werkgroepen.changes, werkgroepen };
}

describe('StreamService', () => {
  it('posts at the clock’s time, notifies the mentioned members except the author, and announces the post', async () => {
    const { service, notifications, changes, clock } = stream();
    const post = await service.create(author, { werkgroepId: GROUP, body: 'Wie komt er dinsdag?', mentionIds: [OTHER, AUTHOR, OTHER] });
    expect(post).toMatchObject({ body: 'Wie komt er dinsdag?', mentionIds: [OTHER, AUTHOR], createdAt: clock.now(), regionId: REGION, canEdit: true, canDelete: true, replies: [] });
    expect(notifications.sent).toEqual([{ personIds: [OTHER], message: expect.objectContaining({ kind: 'werkgroep.mention', link: `/werkgroep/${GROUP}` }) }]);
    expect(changes()).toEqual(['post:created']);
  });

  it('refuses an empty or too long body, mentions of non-members and unknown parents', async () => {
    const { service } = stream();
    expect((await rejection(service.create(author, { werkgroepId: GROUP, body: '   ' }))).message).toBe('Schrijf eerst een bericht.');
    expect((await rejection(service.create(author, { werkgroepId: GROUP, body: 'x'.repeat(POST_MAX_LENGTH + 1) }))).code).toBe('BAD_USER_INPUT');
    const outsider = await rejection(service.create(author, { werkgroepId: GROUP, body: 'Hoi', mentionIds: [uuid(9), 'x'] }));
    expect(outsider.details.fields).toEqual([
      { field: 'mentionIds', message: 'Sam Buiten is geen lid van deze werkgroep.' },
      { field: 'mentionIds', message: 'Deze persoon is geen lid van deze werkgroep.' },
    ]);
    expect((await rejection(service.create(author, { werkgroepId: GROUP, body: 'Hoi', parentId: MISSING }))).details.fields).toEqual([
      { field: 'parentId', message: 'Het bericht waarop je reageert bestaat niet in deze werkgroep.' },
    ]);
  });

  it('keeps replies one level deep and lists threads newest first with their replies', async () => {
    const { service, clock } = stream();
    const first = await service.create(author, { werkgroepId: GROUP, body: 'Eerste' });
    clock.advance(60_000);
    const reply = await service.create(other, { werkgroepId: GROUP, body: 'Antwoord', parentId: first.id });
    const replyToReply = await service.create(chair, { werkgroepId: GROUP, body: 'Nog een', parentId: reply.id });
    expect(replyToReply.parentId).toBe(first.id);
    clock.advance(60_000);
    await service.create(chair, { werkgroepId: GROUP, body: 'Tweede' });
    const listed = await service.list(author, GROUP);
    expect(listed.map((p) => [p.body, p.replies.map((r) => r.body)])).toEqual([
      ['Tweede', []],
      ['Eerste', ['Antwoord', 'Nog een']],
    ]);
    expect((await rejection(service.list(author, GROUP, null, 101))).code).toBe('BAD_USER_INPUT');
  });

  it('lets only the author edit, keeps the earlier body as a revision and notifies only newly mentioned people', async () => {
    const { service, repo, notifications, clock } = stream();
    const post = await service.create(author, { werkgroepId: GROUP, body: 'Versie 1', mentionIds: [OTHER] });
    expect((await rejection(service.edit(chair, post.id, 'Door een ander'))).code).toBe('FORBIDDEN');
    clock.advance(5_000);
    const edited = await service.edit(author, post.id, 'Versie 2', [OTHER, CHAIR]);
    expect(edited).toMatchObject({ body: 'Versie 2', editedAt: clock.now() });
    expect(repo.revisions).toEqual([expect.objectContaining({ postId: post.id, body: 'Versie 1', change: 'EDITED', replacedById: AUTHOR })]);
    expect(notifications.sent.map((n) => n.personIds)).toEqual([[OTHER], [CHAIR]]);
  });

  it('soft-deletes for the author or the voorzitter, not for another member; a deleted post takes no edits or reactions', async () => {
    const { service, repo } = stream();
    const post = await service.create(author, { werkgroepId: GROUP, body: 'Weg ermee' });
    expect((await rejection(service.delete(other, post.id))).code).toBe('FORBIDDEN');
    const deleted = await service.delete(chair, post.id);
    expect(deleted).toMatchObject({ body: '', mentionIds: [], deletedById: CHAIR, canEdit: false, canDelete: false });
    expect(repo.revisions.map((r) => [r.body, r.change])).toEqual([['Weg ermee', 'DELETED']]);
    expect((await service.delete(chair, post.id)).deletedAt).not.toBeNull();
    expect((await rejection(service.edit(author, post.id, 'Terug'))).code).toBe('CONFLICT');
    expect((await rejection(service.react(author, post.id, '👍'))).code).toBe('CONFLICT');
  });

  it('toggles reactions from the fixed set only', async () => {
    const { service, repo, changes } = stream();
    const post = await service.create(author, { werkgroepId: GROUP, body: 'Top' });
    await service.react(other, post.id, '👍');
    expect(repo.reactions).toEqual([{ postId: post.id, personId: OTHER, reaction: '👍' }]);
    await service.react(other, post.id, '👍');
    expect(repo.reactions).toEqual([]);
    expect((await rejection(service.react(other, post.id, '💩'))).code).toBe('BAD_USER_INPUT');
    expect(changes()).toEqual(['post:created', 'reaction:added', 'reaction:removed']);
  });

  it('answers NOT_FOUND for posts of a members-only group one cannot see, and FORBIDDEN for writes of readers of a REGION group', async () => {
    const closed = stream();
    const post = await closed.service.create(author, { werkgroepId: GROUP, body: 'Intern' });
    expect((await rejection(closed.service.react(regionColleague, post.id, '👍'))).code).toBe('NOT_FOUND');
    expect((await rejection(closed.service.edit(regionColleague, 'x', 'y'))).code).toBe('NOT_FOUND');
    const open = stream({ visibility: 'REGION' });
    const shared = await open.service.create(author, { werkgroepId: GROUP, body: 'Voor de regio' });
    expect((await open.service.list(regionColleague, GROUP))[0]).toMatchObject({ id: shared.id, canEdit: false, canDelete: false });
    expect((await rejection(open.service.create(regionColleague, { werkgroepId: GROUP, body: 'Ik ook' }))).code).toBe('FORBIDDEN');
  });

  it('dates posts written for an earlier moment (createAt) at that moment', async () => {
    const { service } = stream();
    const at = new Date('2026-10-01T09:30:00Z');
    expect((await service.createAt(author, { werkgroepId: GROUP, body: 'Toen' }, at)).createdAt).toEqual(at);
  });
});
