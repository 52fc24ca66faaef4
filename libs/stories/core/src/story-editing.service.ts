import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { slugify } from './sanitize';
import { assertRedactie, loadPerson, loadStory, STATUS_TEXT } from './story-access';
import { checkContent } from './story-content';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import { Story, STORY_AUDIENCES, StoryComment, StoryInput, StoryPerson, StoryPersonInput, StoryStatus } from './stories.types';

/**
 * The redactie's writing: a story's text and details (every change kept as a revision), review
 * comments, and the people who appear in it. A change after approval sends the story back to
 * concept; nothing changes while it is scheduled or published.
 */
@Injectable()
export class StoryEditingService {
  constructor(
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
  ) {}

  private checkMeta(check: InputCheck, input: Pick<StoryInput, 'audience' | 'tags'>) {
    const audience = [...new Set(input.audience ?? [])];
    if (audience.length === 0) check.fail('audience', 'Kies minstens één doelgroep.');
    for (const a of audience) if (!STORY_AUDIENCES.includes(a)) check.fail('audience', 'Deze doelgroep bestaat niet.');
    const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (tags.length > 10) check.fail('tags', 'Geef hoogstens 10 trefwoorden.');
    if (tags.some((t) => t.length > 40)) check.fail('tags', 'Een trefwoord mag hoogstens 40 tekens hebben.');
    return { audience, tags };
  }

  private async checkLeerlab(check: InputCheck, regionId: string, leerlabId: string | null | undefined): Promise<string | null> {
    if (!leerlabId) return null;
    const [leerlab] = isUuid(leerlabId) ? await this.regions.leerlabsByIds([leerlabId]) : [];
    if (!leerlab || leerlab.regionId !== regionId) check.fail('leerlabId', 'Dit leerlab hoort niet bij de regio.');
    return leerlabId;
  }

  /** Text, details and leerlab of a story in the region, every field checked (one BAD_USER_INPUT for all). */
  private async checkStory(input: Omit<StoryInput, 'regionId'>, regionId: string) {
    const check = new InputCheck();
    const content = checkContent(check, input);
    const meta = this.checkMeta(check, input);
    const leerlabId = await this.checkLeerlab(check, regionId, input.leerlabId);
    check.done();
    return { content, meta, leerlabId };
  }

  private async uniqueSlug(regionId: string, title: string): Promise<string> {
    const base = slugify(title);
    const taken = new Set(await this.repo.slugsStartingWith(regionId, base));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  async create(actor: Actor, input: StoryInput): Promise<Story> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertRedactie(actor, region.id);
    const { content, meta, leerlabId } = await this.checkStory(input, region.id);
    return this.kernel.uow.run(async () => {
      const story = await this.repo.insertStory({
        regionId: region.id,
        leerlabId,
        slug: await this.uniqueSlug(region.id, content.title),
        ...content,
        ...meta,
        status: 'DRAFT',
        publishAt: null,
        publishedAt: null,
        blockedReason: null,
        createdById: actor.personId,
      });
      await this.repo.insertRevision({ storyId: story.id, title: story.title, lead: story.lead, body: story.body, authorId: actor.personId, authorName: actor.name });
      await this.repo.insertHistory([{ storyId: story.id, action: 'AANGEMAAKT', note: null, actorId: actor.personId, actorName: actor.name }]);
      return story;
    });
  }

  async update(actor: Actor, id: string, input: Omit<StoryInput, 'regionId'>): Promise<Story> {
    const existing = await loadStory(this.repo, id);
    assertRedactie(actor, existing.regionId);
    const { content, meta, leerlabId } = await this.checkStory(input, existing.regionId);
    return this.kernel.uow.run(async () => {
      const story = (await this.repo.lockStory(id)) as Story;
      if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') {
        throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om het te wijzigen.`);
      }
      // A change after approval (or after going offline) needs a new review.
      const status: StoryStatus = story.status === 'APPROVED' || story.status === 'UNPUBLISHED' ? 'DRAFT' : story.status;
      const updated = await this.repo.updateStory(id, { ...content, ...meta, leerlabId, status });
      await this.repo.insertRevision({ storyId: id, title: updated.title, lead: updated.lead, body: updated.body, authorId: actor.personId, authorName: actor.name });
      if (status !== story.status)
        await this.repo.insertHistory([{ storyId: id, action: 'TERUG_NAAR_CONCEPT', note: 'Gewijzigd na goedkeuring of publicatie', actorId: actor.personId, actorName: actor.name }]);
      return updated;
    });
  }

  /**
   * Replaces the body of a locked story after an image change, with the rules of `update`: not
   * while scheduled or published; an approved or offline story goes back to concept; a
   * revision is kept. Call inside a unit of work, with the story locked.
   */
  async reviseBody(actor: Actor, story: Story, body: string, note: string): Promise<Story> {
    if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') {
      throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om de tekst te wijzigen.`);
    }
    const status: StoryStatus = story.status === 'APPROVED' || story.status === 'UNPUBLISHED' ? 'DRAFT' : story.status;
    const updated = await this.repo.updateStory(story.id, { body, status });
    await this.repo.insertRevision({ storyId: story.id, title: updated.title, lead: updated.lead, body: updated.body, authorId: actor.personId, authorName: actor.name });
    await this.repo.insertHistory([
      { storyId: story.id, action: 'AFBEELDING', note, actorId: actor.personId, actorName: actor.name },
      ...(status !== story.status ? [{ storyId: story.id, action: 'TERUG_NAAR_CONCEPT', note: 'Gewijzigd na goedkeuring of publicatie', actorId: actor.personId, actorName: actor.name }] : []),
    ]);
    return updated;
  }

  async comment(actor: Actor, id: string, body: string): Promise<StoryComment> {
    const story = await loadStory(this.repo, id);
    assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const text = check.text('body', body, { label: 'Opmerking', required: true, max: 2000 });
    check.done();
    return this.kernel.uow.run(() => this.repo.insertComment({ storyId: id, authorId: actor.personId, authorName: actor.name, body: text as string }));
  }

  // ---------- people ----------

  private checkPerson(check: InputCheck, input: StoryPersonInput) {
    const name = check.text('name', input.name, { label: 'Naam', required: true, max: 120 });
    const role = check.text('role', input.role, { label: 'Rol', max: 120 });
    const quote = check.text('quote', input.quote, { label: 'Citaat', max: 1000 });
    let birthDate: string | null = null;
    if (input.isPupil) {
      birthDate = check.date('birthDate', input.birthDate, 'Geboortedatum');
      if (!input.birthDate) check.fail('birthDate', 'Bij een leerling is de geboortedatum verplicht: die bepaalt wie toestemming geeft.');
      else if (birthDate && birthDate > this.kernel.clock.now().toISOString().slice(0, 10)) check.fail('birthDate', 'De geboortedatum ligt in de toekomst.');
    }
    return { name: name ?? '', role, quote, inPhoto: input.inPhoto ?? false, isPupil: input.isPupil, birthDate };
  }

  /** People changes on a scheduled or published story go through the gate again: they are refused. */
  private assertEditable(story: Story): void {
    if (story.status === 'SCHEDULED' || story.status === 'PUBLISHED') throw DomainError.conflict(`Dit verhaal is ${STATUS_TEXT[story.status]}. Haal het eerst offline om de mensen te wijzigen.`);
  }

  async addPerson(actor: Actor, storyId: string, input: StoryPersonInput): Promise<StoryPerson> {
    const story = await loadStory(this.repo, storyId);
    assertRedactie(actor, story.regionId);
    const check = new InputCheck();
    const data = this.checkPerson(check, input);
    check.done();
    return this.kernel.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(storyId)) as Story);
      const person = await this.repo.insertPerson({ storyId, ...data, consentId: null });
      await this.repo.insertHistory([{ storyId, action: 'PERSOON', note: `${person.name} toegevoegd`, actorId: actor.personId, actorName: actor.name }]);
      return person;
    });
  }

  async updatePerson(actor: Actor, id: string, input: StoryPersonInput): Promise<StoryPerson> {
    const { person } = await loadPerson(this.repo, actor, id);
    const check = new InputCheck();
    const data = this.checkPerson(check, input);
    check.done();
    return this.kernel.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(person.storyId)) as Story);
      const updated = await this.repo.updatePerson(id, data);
      await this.repo.insertHistory([{ storyId: person.storyId, action: 'PERSOON', note: `${updated.name} gewijzigd`, actorId: actor.personId, actorName: actor.name }]);
      return updated;
    });
  }

  async removePerson(actor: Actor, id: string): Promise<boolean> {
    const { person } = await loadPerson(this.repo, actor, id);
    return this.kernel.uow.run(async () => {
      this.assertEditable((await this.repo.lockStory(person.storyId)) as Story);
      await this.repo.deletePerson(id);
      await this.repo.insertHistory([{ storyId: person.storyId, action: 'PERSOON', note: `${person.name} verwijderd`, actorId: actor.personId, actorName: actor.name }]);
      return true;
    });
  }
}
