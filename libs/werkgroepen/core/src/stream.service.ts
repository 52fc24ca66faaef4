import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '@verbinder/notifications/core';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isUuid, KernelPorts } from '@verbinder/shared/kernel';
import { WERKGROEP_STREAM_REPOSITORY, WerkgroepStreamRepository } from './stream-repository.port';
import { POST_MAX_LENGTH, PostInput, POSTS_DEFAULT_LIMIT, POSTS_MAX_LIMIT, WERKGROEP_REACTIONS, WerkgroepPost, WerkgroepPostView } from './stream.types';
import { WerkgroepenService } from './werkgroepen.service';
import type { Werkgroep, WerkgroepAccess } from './werkgroepen.types';

/**
 * The stream of a werkgroep: posts with replies one level deep, @mentions of members that
 * notify them, reactions from a fixed set, and edits and deletes that keep the earlier body
 * as a revision. Every operation asks WerkgroepenService for access first.
 */
@Injectable()
export class StreamService {
  constructor(
    @Inject(WERKGROEP_STREAM_REPOSITORY) private readonly repo: WerkgroepStreamRepository,
    private readonly kernel: KernelPorts,
    private readonly werkgroepen: WerkgroepenService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Thread roots newest first, each with its replies oldest first. */
  async list(actor: Actor, werkgroepId: string, before?: Date | null, limit?: number | null): Promise<WerkgroepPostView[]> {
    const access = await this.werkgroepen.readable(actor, werkgroepId);
    const take = limit ?? POSTS_DEFAULT_LIMIT;
    if (!Number.isInteger(take) || take < 1 || take > POSTS_MAX_LIMIT) {
      throw DomainError.badInput([{ field: 'limit', message: `Vraag 1 tot en met ${POSTS_MAX_LIMIT} berichten tegelijk op.` }]);
    }
    const roots = await this.repo.listRoots(access.werkgroep.id, before ?? null, take);
    return this.views(actor, access, roots);
  }

  async create(actor: Actor, input: PostInput): Promise<WerkgroepPostView> {
    return this.write(actor, input, this.kernel.clock.now());
  }

  /**
   * A post as written at an earlier moment, with the same checks and notifications as `create`
   * (demo data and imports of an existing discussion).
   */
  async createAt(actor: Actor, input: PostInput, at: Date): Promise<WerkgroepPostView> {
    return this.write(actor, input, at);
  }

  private async write(actor: Actor, input: PostInput, at: Date): Promise<WerkgroepPostView> {
    const access = await this.werkgroepen.writable(actor, input.werkgroepId);
    const werkgroep = access.werkgroep;
    const body = this.checkBody(input.body);
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = isUuid(input.parentId) ? await this.repo.findPost(input.parentId) : null;
      if (!parent || parent.werkgroepId !== werkgroep.id) throw DomainError.badInput([{ field: 'parentId', message: 'Het bericht waarop je reageert bestaat niet in deze werkgroep.' }]);
      // Replies are one level deep: a reply to a reply joins the thread of its root.
      parentId = parent.parentId ?? parent.id;
    }
    const mentionIds = await this.checkMentions(werkgroep.id, input.mentionIds);
    return this.kernel.uow.run(async () => {
      const post = await this.repo.insertPost({ werkgroepId: werkgroep.id, parentId, authorId: actor.personId, body, mentionIds, createdAt: at });
      await this.notifyMentions(actor, werkgroep, mentionIds);
      this.werkgroepen.changed(werkgroep, 'post', post.id, 'created');
      return (await this.views(actor, access, [post]))[0];
    });
  }

  /** The author edits their post; the earlier body goes to the revisions. */
  async edit(actor: Actor, id: string, body: string, mentionIds?: string[] | null): Promise<WerkgroepPostView> {
    const { post, access } = await this.find(actor, id);
    if (post.authorId !== actor.personId) throw DomainError.forbidden('Alleen de schrijver kan een bericht bewerken.');
    await this.werkgroepen.writable(actor, post.werkgroepId);
    if (post.deletedAt) throw DomainError.conflict('Dit bericht is verwijderd en kan niet meer worden bewerkt.');
    const text = this.checkBody(body);
    const mentions = await this.checkMentions(post.werkgroepId, mentionIds);
    return this.kernel.uow.run(async () => {
      const now = this.kernel.clock.now();
      await this.repo.insertRevision({ postId: post.id, body: post.body, replacedAt: now, replacedById: actor.personId, change: 'EDITED' });
      const updated = await this.repo.updatePost(post.id, { body: text, mentionIds: mentions, editedAt: now });
      const added = mentions.filter((m) => !post.mentionIds.includes(m));
      await this.notifyMentions(actor, access.werkgroep, added);
      this.werkgroepen.changed(access.werkgroep, 'post', post.id, 'edited');
      return (await this.views(actor, access, [updated]))[0];
    });
  }

  /** Soft delete by the author, the voorzitter or a region manager; the body is kept in the revisions. */
  async delete(actor: Actor, id: string): Promise<WerkgroepPostView> {
    const { post, access } = await this.find(actor, id);
    if (!this.mayDelete(actor, access, post)) throw DomainError.forbidden('Alleen de schrijver, de voorzitter en de verbinders van de regio kunnen een bericht verwijderen.');
    if (post.deletedAt) return (await this.views(actor, access, [post]))[0];
    return this.kernel.uow.run(async () => {
      const now = this.kernel.clock.now();
      await this.repo.insertRevision({ postId: post.id, body: post.body, replacedAt: now, replacedById: actor.personId, change: 'DELETED' });
      const updated = await this.repo.updatePost(post.id, { body: '', mentionIds: [], deletedAt: now, deletedById: actor.personId });
      this.werkgroepen.changed(access.werkgroep, 'post', post.id, 'deleted');
      return (await this.views(actor, access, [updated]))[0];
    });
  }

  /** Gives or takes back a reaction. */
  async react(actor: Actor, id: string, reaction: string): Promise<WerkgroepPostView> {
    const { post } = await this.find(actor, id);
    const access = await this.werkgroepen.writable(actor, post.werkgroepId);
    if (!(WERKGROEP_REACTIONS as readonly string[]).includes(reaction)) {
      throw DomainError.badInput([{ field: 'reaction', message: `Kies een reactie uit ${WERKGROEP_REACTIONS.join(' ')}.` }]);
    }
    if (post.deletedAt) throw DomainError.conflict('Op een verwijderd bericht kun je niet reageren.');
    return this.kernel.uow.run(async () => {
      const added = await this.repo.toggleReaction(post.id, actor.personId, reaction);
      this.werkgroepen.changed(access.werkgroep, 'reaction', post.id, added ? 'added' : 'removed');
      return (await this.views(actor, access, [post]))[0];
    });
  }

  revisionsByPostIds = (ids: readonly string[]) => this.repo.revisionsByPostIds(ids);
  reactionsByPostIds = (ids: readonly string[]) => this.repo.reactionsByPostIds(ids);

  // ---------- helpers ----------

  private async find(actor: Actor, id: string): Promise<{ post: WerkgroepPost; access: WerkgroepAccess }> {
    const post = isUuid(id) ? await this.repo.findPost(id) : null;
    if (!post) throw DomainError.notFound('Dit bericht');
    // Not visible (a members-only group of someone else): the same answer as an unknown id.
    const access = await this.werkgroepen.access(actor, post.werkgroepId).catch(() => {
      throw DomainError.notFound('Dit bericht');
    });
    if (!access.canRead && !access.canManage) throw DomainError.notFound('Dit bericht');
    return { post, access };
  }

  private mayDelete(actor: Actor, access: WerkgroepAccess, post: WerkgroepPost): boolean {
    return (post.authorId === actor.personId && !!access.member) || access.canManage;
  }

  private checkBody(body: string | null | undefined): string {
    const text = body ?? '';
    if (!text.trim()) throw DomainError.badInput([{ field: 'body', message: 'Schrijf eerst een bericht.' }]);
    if (text.length > POST_MAX_LENGTH) throw DomainError.badInput([{ field: 'body', message: `Een bericht mag hoogstens ${POST_MAX_LENGTH} tekens hebben.` }]);
    return text;
  }

  /** Every mentioned person must be a member of the group. */
  private async checkMentions(werkgroepId: string, ids: string[] | null | undefined): Promise<string[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length === 0) return [];
    if (unique.length > 50) throw DomainError.badInput([{ field: 'mentionIds', message: 'Noem hoogstens 50 mensen in één bericht.' }]);
    const members = new Set((await this.werkgroepen.membersByWerkgroepIds([werkgroepId])).map((m) => m.personId));
    const outsiders = unique.filter((id) => !members.has(id));
    if (outsiders.length) {
      const persons = await this.regions.personsByIds(outsiders.filter(isUuid));
      const names = outsiders.map((id) => persons.find((p) => p.id === id)?.name ?? 'Deze persoon');
      throw DomainError.badInput(names.map((name) => ({ field: 'mentionIds', message: `${name} is geen lid van deze werkgroep.` })));
    }
    return unique;
  }

  private async notifyMentions(actor: Actor, werkgroep: Werkgroep, personIds: string[]): Promise<void> {
    const others = personIds.filter((id) => id !== actor.personId);
    if (others.length === 0) return;
    await this.notifications.notify(others, {
      kind: 'werkgroep.mention',
      title: `${actor.name} noemde je in ${werkgroep.name}`,
      body: `${actor.name} heeft je genoemd in een bericht in de werkgroep ${werkgroep.name}.`,
      link: `/werkgroep/${werkgroep.id}`,
    });
  }

  /** Posts as the actor sees them; thread roots get their replies. */
  private async views(actor: Actor, access: WerkgroepAccess, posts: WerkgroepPost[]): Promise<WerkgroepPostView[]> {
    const roots = posts.filter((p) => !p.parentId);
    const replies = roots.length ? await this.repo.repliesOf(roots.map((r) => r.id)) : [];
    const view = (p: WerkgroepPost, children: WerkgroepPost[]): WerkgroepPostView => ({
      ...p,
      regionId: access.werkgroep.regionId,
      replies: children.map((c) => view(c, [])),
      canEdit: p.authorId === actor.personId && !p.deletedAt && access.canWrite,
      canDelete: !p.deletedAt && this.mayDelete(actor, access, p),
    });
    return posts.map((p) => view(p, p.parentId ? [] : replies.filter((r) => r.parentId === p.id)));
  }
}
