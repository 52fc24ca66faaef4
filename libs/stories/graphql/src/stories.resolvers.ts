import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, DateTimeScalar } from '@verbinder/platform/graphql';
import { Actor } from '@verbinder/shared/kernel';
import {
  bodyUsesImage,
  StoriesService,
  Story,
  StoryConsentsService,
  StoryEditingService,
  StoryImage,
  StoryImagesService,
  storyImageUrl,
  StoryPublishingService,
  StoryStatus,
  StoryTranslation,
} from '@verbinder/stories/core';
import {
  CreateStoryInput,
  RecordStoryConsentInput,
  StoryCommentModel,
  StoryConsentModel,
  StoryConsentWithdrawalModel,
  StoryHistoryEntryModel,
  StoryImageModel,
  StoryMissingConsentModel,
  StoryModel,
  StoryPersonInput,
  StoryPersonModel,
  StoryRevisionModel,
  StoryStatusGql,
  StoryTranslationInput,
  StoryTranslationModel,
  UpdateStoryInput,
} from './stories.models';

const withLanguage = (s: Story) => ({ ...s, language: 'nl' });
const withDir = (t: StoryTranslation) => ({ ...t, dir: StoriesService.dir(t.language) });
const imageView = (image: StoryImage, body: string) => ({ ...image, url: storyImageUrl(image.sha256), inBody: bodyUsesImage(body, image.sha256) });

@Resolver(() => StoryModel)
export class StoriesResolver {
  constructor(
    private readonly service: StoriesService,
    private readonly editing: StoryEditingService,
    private readonly publishing: StoryPublishingService,
    private readonly consents: StoryConsentsService,
    private readonly storyImages: StoryImagesService,
  ) {}

  @Query(() => [StoryModel], { description: 'De verhalen van een regio: de redactie ziet alles, andere leden alleen wat nu gepubliceerd is' })
  async stories(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('statuses', { type: () => [StoryStatusGql], nullable: true }) statuses?: StoryStatus[] | null,
  ) {
    return (await this.service.list(actor, regionId, (statuses ?? null) as StoryStatus[] | null)).map(withLanguage);
  }

  @Query(() => StoryModel, { description: 'Eén verhaal; niet-gepubliceerde verhalen alleen voor de redactie' })
  async story(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return withLanguage(await this.service.get(actor, id));
  }

  @Query(() => [StoryConsentModel], { description: 'Alle toestemmingen over één persoon in de regio (inzage, AVG); alleen beheerders' })
  storyConsentsOfPerson(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('name') name: string) {
    return this.consents.consentsOfSubject(actor, regionId, name);
  }

  @Mutation(() => StoryModel, { description: 'Een nieuw verhaal (concept)' })
  async createStory(@CurrentActor() actor: Actor, @Args('input') input: CreateStoryInput) {
    return withLanguage(await this.editing.create(actor, input));
  }

  @Mutation(() => StoryModel, { description: 'Tekst en gegevens wijzigen; elke keer wordt een versie bewaard' })
  async updateStory(@CurrentActor() actor: Actor, @Args('input') input: UpdateStoryInput) {
    return withLanguage(await this.editing.update(actor, input.id, input));
  }

  @Mutation(() => StoryModel, { description: 'Ter beoordeling aanbieden aan de eindredactie' })
  async submitStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return withLanguage(await this.publishing.submit(actor, id));
  }

  @Mutation(() => StoryCommentModel, { description: 'Een opmerking bij de beoordeling' })
  commentOnStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.editing.comment(actor, id, body);
  }

  @Mutation(() => StoryModel, { description: 'Goedkeuren (eindredactie)' })
  async approveStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return withLanguage(await this.publishing.approve(actor, id));
  }

  @Mutation(() => StoryModel, { description: 'Inplannen op een moment in de toekomst (eindredactie); alle toestemmingen moeten dan geldig zijn' })
  async scheduleStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('publishAt', { type: () => DateTimeScalar }) publishAt: Date) {
    return withLanguage(await this.publishing.schedule(actor, id, publishAt));
  }

  @Mutation(() => StoryModel, { description: 'Nu publiceren (eindredactie); geweigerd zolang een toestemming ontbreekt' })
  async publishStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return withLanguage(await this.publishing.publish(actor, id));
  }

  @Mutation(() => StoryModel, { description: 'Offline halen of een planning annuleren (eindredactie)' })
  async unpublishStory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason', { type: () => String, nullable: true }) reason?: string | null) {
    return withLanguage(await this.publishing.unpublish(actor, id, reason ?? null));
  }

  @Mutation(() => StoryPersonModel, { description: 'Iemand die in het verhaal voorkomt toevoegen' })
  async addStoryPerson(@CurrentActor() actor: Actor, @Args('storyId', { type: () => ID }) storyId: string, @Args('input') input: StoryPersonInput) {
    return { ...(await this.editing.addPerson(actor, storyId, input)), consent: null, missing: null };
  }

  @Mutation(() => StoryPersonModel)
  async updateStoryPerson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: StoryPersonInput) {
    return { ...(await this.editing.updatePerson(actor, id, input)), consent: null, missing: null };
  }

  @Mutation(() => Boolean)
  removeStoryPerson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.editing.removePerson(actor, id);
  }

  @Mutation(() => StoryConsentModel, { description: 'Toestemming vastleggen voor iemand in een verhaal' })
  recordStoryConsent(@CurrentActor() actor: Actor, @Args('input') input: RecordStoryConsentInput) {
    return this.consents.recordConsent(actor, input);
  }

  @Mutation(() => StoryPersonModel, { description: 'Een bestaande schooljaar-toestemming over dezelfde persoon aan dit verhaal koppelen' })
  async linkStoryConsent(@CurrentActor() actor: Actor, @Args('storyPersonId', { type: () => ID }) storyPersonId: string, @Args('consentId', { type: () => ID }) consentId: string) {
    return { ...(await this.consents.linkConsent(actor, storyPersonId, consentId)), consent: null, missing: null };
  }

  @Mutation(() => StoryConsentWithdrawalModel, { description: 'Een intrekking vastleggen: elk verhaal dat erop rust gaat meteen offline' })
  async withdrawStoryConsent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    const result = await this.consents.withdrawConsent(actor, id, reason);
    return { consent: result.consent, unpublished: result.unpublished.map(withLanguage) };
  }

  @Mutation(() => Int, { description: 'Alle toestemmingen over één persoon in de regio wissen (AVG); afhankelijke verhalen gaan offline. Alleen beheerders' })
  eraseStoryConsentsOfPerson(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('name') name: string) {
    return this.consents.eraseConsentsOfSubject(actor, regionId, name);
  }

  @Mutation(() => StoryTranslationModel, { description: 'Een vertaling toevoegen of bijwerken' })
  async setStoryTranslation(@CurrentActor() actor: Actor, @Args('input') input: StoryTranslationInput) {
    return withDir(await this.publishing.setTranslation(actor, input.storyId, input));
  }

  @Mutation(() => Boolean)
  removeStoryTranslation(@CurrentActor() actor: Actor, @Args('storyId', { type: () => ID }) storyId: string, @Args('language') language: string) {
    return this.publishing.removeTranslation(actor, storyId, language);
  }

  @Mutation(() => StoryImageModel, { description: 'De beschrijving (alt-tekst) van een afbeelding wijzigen; staat de afbeelding in de tekst, dan daar ook' })
  async updateStoryImage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('alt') alt: string) {
    const image = await this.storyImages.updateAlt(actor, id, alt);
    return imageView(image, (await this.service.get(actor, image.storyId)).body);
  }

  @Mutation(() => Boolean, { description: 'Een afbeelding van het verhaal verwijderen; niet zolang de tekst of een vertaling haar toont' })
  removeStoryImage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.storyImages.remove(actor, id);
  }

  @ResolveField(() => [StoryImageModel], { description: 'Afbeeldingen (uploaden: POST /bestanden/verhalen/<id>/afbeeldingen); de redactie ziet alle, anderen alleen die in de tekst' })
  async images(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return (await this.storyImages.list(actor, story)).map((i) => imageView(i, story.body));
  }

  @ResolveField(() => [StoryTranslationModel])
  async translations(@Parent() story: Story) {
    return (await this.service.translations(story)).map(withDir);
  }

  @ResolveField(() => [StoryPersonModel], { description: 'Wie in het verhaal voorkomt; toestemmingen en geboortedata alleen voor de redactie' })
  people(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.people(actor, story);
  }

  @ResolveField(() => [StoryMissingConsentModel], { description: 'Wat publicatie tegenhoudt (alleen voor de redactie)' })
  missingConsents(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.missing(actor, story);
  }

  @ResolveField(() => [StoryRevisionModel], { description: 'Versies, nieuwste eerst (alleen voor de redactie)' })
  revisions(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.revisions(actor, story);
  }

  @ResolveField(() => [StoryCommentModel], { description: 'Opmerkingen bij de beoordeling (alleen voor de redactie)' })
  comments(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.comments(actor, story);
  }

  @ResolveField(() => [StoryHistoryEntryModel], { description: 'Geschiedenis (alleen voor de redactie)' })
  history(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.history(actor, story);
  }

  @ResolveField(() => Boolean, { description: 'Of jij dit verhaal mag schrijven' })
  canEdit(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.isRedactie(actor, story.regionId);
  }

  @ResolveField(() => Boolean, { description: 'Of jij mag goedkeuren, plannen en publiceren' })
  canPublish(@CurrentActor() actor: Actor, @Parent() story: Story) {
    return this.service.isEindredactie(actor, story.regionId);
  }
}
