import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '@verbinder/regions/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { CONSENT_STATUSES, ConsentStatus, MIRROR_STATUSES, MirrorOutcome, MirrorStatus } from '@verbinder/teams-mirror/core';

export const ConsentStatusGql = gqlEnum('TeamsConsentStatus', CONSENT_STATUSES, 'Beheerderstoestemming van een school voor de Verbinder-app: aangevraagd, verleend of ingetrokken');

export const MirrorStatusGql = gqlEnum(
  'TeamsMirrorStatus',
  MIRROR_STATUSES,
  'In de wachtrij, gespiegeld, wacht op Teams (map nog niet aangemaakt), opnieuw (met tijdstip), mislukt (met reden) of gewijzigd/verwijderd in Teams (een lid beslist)',
);

export const MirrorOutcomeGql = gqlEnum<MirrorOutcome>(
  'TeamsMirrorOutcome',
  ['QUEUED', 'MIRRORED', 'UNCHANGED', 'WAITING', 'RETRYING', 'FAILED', 'DRIFT'],
  'Uitkomst van één stap in de spiegelgeschiedenis',
);

@ObjectType('TeamsTenant', { description: 'Een Microsoft 365-tenant van een school, met de status van de toestemming' })
export class TeamsTenantModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field({ description: 'De tenant-id (GUID) in Microsoft Entra' }) tenantId!: string;
  @Field() name!: string;
  @Field(() => ConsentStatusGql) consent!: ConsentStatus;
  @Field(() => String, { nullable: true, description: 'De laatste fout of toelichting bij de toestemming' }) consentError!: string | null;
  @Field(() => DateTimeScalar, { description: 'Wanneer de status het laatst veranderde' }) consentChangedAt!: Date;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('TeamsMirrorCounts', { description: 'Aantal documenten per spiegelstatus' })
export class TeamsMirrorCountsModel {
  @Field(() => Int) mirrored!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) waiting!: number;
  @Field(() => Int) retrying!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Gewijzigd of verwijderd in Teams: wacht op de keuze van een lid' }) drift!: number;
}

@ObjectType('TeamsLink', { description: 'Een koppeling van een werkgroep aan de bestandenmap van een Teams-kanaal' })
export class TeamsLinkModel extends EntityModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => TeamsTenantModel) tenant?: TeamsTenantModel;
  @Field() teamId!: string;
  @Field() channelId!: string;
  @Field(() => String, { nullable: true, description: 'Submap in de bestandenmap van het kanaal' }) subfolder!: string | null;
  @Field(() => String, { nullable: true, description: 'Webhookadres voor aankondigingen (alleen zichtbaar voor beheerders)' }) announcementWebhookUrl!: string | null;
  @Field(() => PersonModel, { nullable: true }) createdBy?: PersonModel | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => TeamsMirrorCountsModel) counts?: TeamsMirrorCountsModel;
}

@ObjectType('TeamsMirrorInfo', { description: 'De Teams-spiegeling van een werkgroep: ingesteld op de server, koppelingen en wat de gebruiker mag' })
export class TeamsMirrorInfoModel {
  @Field({ description: 'Onwaar als de server geen Microsoft Graph-gegevens heeft: dan wordt niets gespiegeld' }) configured!: boolean;
  @Field({ description: 'Mag deze gebruiker koppelingen maken en opheffen (beheerder van de regio)' }) canManage!: boolean;
  @Field(() => [TeamsLinkModel]) links!: TeamsLinkModel[];
  @Field(() => [TeamsTenantModel], { description: 'De tenants van de regio (alleen voor beheerders, voor het koppelformulier)' }) tenants!: TeamsTenantModel[];
}

/** A Verbinder document in one linked channel: what a mirror and a drift both say about it. */
@ObjectType({ isAbstract: true })
export abstract class LinkedDocumentFields extends EntityModel {
  @Field(() => ID) linkId!: string;
  @Field(() => ID) documentId!: string;
  @Field() documentTitle!: string;
  @Field({ description: 'Het document is verwijderd in Verbinder' }) documentDeleted!: boolean;
}

@ObjectType('DocumentMirror', { description: 'De spiegeling van één document naar één gekoppeld kanaal' })
export class DocumentMirrorModel extends LinkedDocumentFields {
  @Field(() => MirrorStatusGql) status!: MirrorStatus;
  @Field(() => Int, { nullable: true, description: 'De versie die Teams heeft' }) mirroredVersion!: number | null;
  @Field(() => String, { nullable: true, description: 'De bestandsnaam in Teams' }) mirroredName!: string | null;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Volgende poging' }) nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Reden of wat er moet gebeuren' }) lastError!: string | null;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  /** Not a field: read by the waitingReason resolver. */
  leaseUntil!: Date | null;
}

@ObjectType('DocumentMirrorEvent', { description: 'Eén stap in de spiegelgeschiedenis van een document' })
export class DocumentMirrorEventModel extends EntityModel {
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { nullable: true }) linkId?: string | null;
  @Field({ description: 'Wat er gebeurde: created, versioned, renamed, moved, deleted, retry, linked' }) action!: string;
  @Field(() => MirrorOutcomeGql) outcome!: MirrorOutcome;
  @Field(() => Int, { nullable: true }) version!: number | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => DateTimeScalar) at!: Date;
}

@InputType({ description: 'Een Microsoft 365-tenant registreren' })
export class TeamsTenantInput {
  @Field(() => ID) regionId!: string;
  @Field({ description: 'De tenant-id (GUID)' }) tenantId!: string;
  @Field({ description: 'Naam, bijvoorbeeld de school' }) name!: string;
}

@InputType({ description: 'Een werkgroep aan een Teams-kanaal koppelen' })
export class TeamsLinkInput {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID, { description: 'De geregistreerde tenant (id in Verbinder)' }) tenantId!: string;
  @Field() teamId!: string;
  @Field() channelId!: string;
  @Field(() => String, { nullable: true }) subfolder?: string | null;
  @Field(() => String, { nullable: true, description: 'Workflows-webhook voor aankondigingen (https)' }) announcementWebhookUrl?: string | null;
}
