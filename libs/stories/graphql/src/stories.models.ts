import { Field, ID, InputType, Int, ObjectType, OmitType } from '@nestjs/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { CONSENT_RELATIONS, CONSENT_SCOPES, ConsentRelation, ConsentScope, STORY_AUDIENCES, STORY_STATUSES, StoryAudience, StoryStatus } from '@verbinder/stories/core';

export const StoryStatusGql = gqlEnum('StoryStatus', STORY_STATUSES, 'Concept → ter beoordeling → goedgekeurd → ingepland of gepubliceerd → offline');
export const StoryAudienceGql = gqlEnum('StoryAudience', STORY_AUDIENCES, 'Voor wie het verhaal is');
export const ConsentRelationGql = gqlEnum('ConsentRelation', CONSENT_RELATIONS, 'Wie toestemming gaf: een ouder/verzorger (leerling onder 16), de leerling zelf (vanaf 16) of de volwassene zelf');
export const ConsentScopeGql = gqlEnum('ConsentScope', CONSENT_SCOPES, 'Alleen dit verhaal, of alle verhalen van één schooljaar');

@ObjectType('StoryTranslation', { description: 'Een vertaling van een verhaal' })
export class StoryTranslationModel {
  @Field({ description: 'Taalcode, bijvoorbeeld en of ar' }) language!: string;
  @Field({ description: 'Schrijfrichting: rtl voor Arabisch, anders ltr' }) dir!: string;
  @Field() title!: string;
  @Field() lead!: string;
  @Field({ description: 'Opgeschoonde HTML' }) body!: string;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('StoryConsent', { description: 'Vastgelegde toestemming om iemand in een verhaal te laten zien (persoonsgegeven)' })
export class StoryConsentModel extends EntityModel {
  @Field({ description: 'Over wie de toestemming gaat' }) subjectName!: string;
  @Field({ description: 'Wie de toestemming gaf' }) givenByName!: string;
  @Field(() => ConsentRelationGql) relation!: ConsentRelation;
  @Field(() => ConsentScopeGql) scope!: ConsentScope;
  @Field(() => ID, { nullable: true }) storyId!: string | null;
  @Field(() => Int, { nullable: true, description: 'Beginjaar van het schooljaar (2026 = 2026-2027)' }) schoolYear!: number | null;
  @Field(() => DateTimeScalar) givenAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawnReason!: string | null;
  @Field({ description: 'Wie de toestemming vastlegde' }) recordedByName!: string;
}

@ObjectType('StoryMissingConsent', { description: 'Wat ontbreekt voordat het verhaal gepubliceerd mag worden' })
export class StoryMissingConsentModel {
  @Field(() => ID) storyPersonId!: string;
  @Field() name!: string;
  @Field({ description: 'OUDER, LEERLING, ZELF of GEBOORTEDATUM' }) needed!: string;
  @Field() message!: string;
}

@ObjectType('StoryPerson', { description: 'Iemand die in het verhaal voorkomt (naam, citaat of foto)' })
export class StoryPersonModel extends EntityModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field({ description: 'Staat op een foto' }) inPhoto!: boolean;
  @Field() isPupil!: boolean;
  @Field(() => String, { nullable: true, description: 'Geboortedatum van een leerling (alleen voor de redactie)' }) birthDate!: string | null;
  @Field(() => StoryConsentModel, { nullable: true, description: 'De toestemming (alleen voor de redactie)' }) consent!: StoryConsentModel | null;
  @Field(() => StoryMissingConsentModel, { nullable: true, description: 'Wat ontbreekt (alleen voor de redactie); leeg als alles in orde is' }) missing!: StoryMissingConsentModel | null;
}

@ObjectType('StoryRevision', { description: 'Een opgeslagen versie van de tekst' })
export class StoryRevisionModel extends EntityModel {
  @Field() title!: string;
  @Field() lead!: string;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('StoryComment', { description: 'Een opmerking bij de beoordeling' })
export class StoryCommentModel extends EntityModel {
  @Field() authorName!: string;
  @Field() body!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('StoryHistoryEntry', { description: 'Een regel in de geschiedenis: statuswijzigingen en waarom' })
export class StoryHistoryEntryModel extends EntityModel {
  @Field() action!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() actorName!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('StoryImage', { description: 'Een afbeelding bij een verhaal' })
export class StoryImageModel extends EntityModel {
  @Field({ description: 'Webadres: /verhalen/afbeeldingen/<sha256>; openbaar zolang een gepubliceerd verhaal haar toont' }) url!: string;
  @Field({ description: 'Beschrijving voor wie de afbeelding niet ziet (alt-tekst)' }) alt!: string;
  @Field({ description: 'image/jpeg, image/png, image/webp of image/gif (bepaald uit de inhoud)' }) mimeType!: string;
  @Field(() => Int, { description: 'Grootte in bytes' }) byteSize!: number;
  @Field(() => Int, { nullable: true }) width!: number | null;
  @Field(() => Int, { nullable: true }) height!: number | null;
  @Field({ description: 'Of de tekst van het verhaal de afbeelding toont' }) inBody!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('Story', { description: 'Een verhaal voor ouders, leerlingen, bedrijven of docenten' })
export class StoryModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true }) leerlabId!: string | null;
  @Field({ description: 'Deel van de webadres, uniek in de regio' }) slug!: string;
  @Field() title!: string;
  @Field() lead!: string;
  @Field({ description: 'Opgeschoonde HTML' }) body!: string;
  @Field(() => [StoryAudienceGql]) audience!: StoryAudience[];
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'Taal van het origineel' }) language!: string;
  @Field(() => StoryStatusGql) status!: StoryStatus;
  @Field(() => DateTimeScalar, { nullable: true }) publishAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Waarom een ingepland verhaal niet verscheen' }) blockedReason!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('StoryConsentWithdrawal', { description: 'Een ingetrokken toestemming en de verhalen die daardoor offline gingen' })
export class StoryConsentWithdrawalModel {
  @Field(() => StoryConsentModel) consent!: StoryConsentModel;
  @Field(() => [StoryModel]) unpublished!: StoryModel[];
}

@InputType()
export class CreateStoryInput {
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true }) leerlabId?: string | null;
  @Field() title!: string;
  @Field() lead!: string;
  @Field({ description: 'HTML; wordt opgeschoond (p, h2, h3, lijsten, nadruk, links, citaten, afbeeldingen met alt-tekst)' }) body!: string;
  @Field(() => [StoryAudienceGql]) audience!: StoryAudience[];
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

/** The create input without the region (a story stays in its region), with the id; the body is the same HTML. */
@InputType()
export class UpdateStoryInput extends OmitType(CreateStoryInput, ['regionId', 'body'] as const) {
  @Field(() => ID) id!: string;
  @Field() body!: string;
}

@InputType()
export class StoryPersonInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) quote?: string | null;
  @Field(() => Boolean, { nullable: true }) inPhoto?: boolean | null;
  @Field() isPupil!: boolean;
  @Field(() => String, { nullable: true, description: 'Verplicht bij een leerling (jjjj-mm-dd): bepaalt of een ouder toestemming geeft' }) birthDate?: string | null;
}

@InputType()
export class RecordStoryConsentInput {
  @Field(() => ID) storyPersonId!: string;
  @Field() givenByName!: string;
  @Field(() => ConsentRelationGql) relation!: ConsentRelation;
  @Field(() => ConsentScopeGql) scope!: ConsentScope;
  @Field(() => Int, { nullable: true, description: 'Beginjaar van het schooljaar bij SCHOOL_YEAR (standaard het huidige)' }) schoolYear?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Wanneer de toestemming gegeven is (standaard nu)' }) givenAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt?: Date | null;
}

@InputType()
export class StoryTranslationInput {
  @Field(() => ID) storyId!: string;
  @Field() language!: string;
  @Field() title!: string;
  @Field() lead!: string;
  @Field() body!: string;
}

@ObjectType('NewsletterSubscription', { description: 'Een aanmelding voor de nieuwsbrief van een regio (persoonsgegeven: alleen het e-mailadres)' })
export class NewsletterSubscriptionModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field() email!: string;
  @Field({ description: 'PENDING (nog niet bevestigd) of CONFIRMED' }) status!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) confirmedAt!: Date | null;
}
