import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, EntityModel, EnumValue, gqlEnum } from '@verbinder/platform/graphql';
import { AuditAction, MessageAuthor, REQUEST_STATUSES, REQUEST_TYPES, RequestStatus, RequestType, SlaFilter } from '@verbinder/loket/core';

export const LoketRequestTypeGql = gqlEnum('LoketRequestType', REQUEST_TYPES);
export const LoketRequestStatusGql = gqlEnum('LoketRequestStatus', REQUEST_STATUSES, 'WACHT_OP_BEDRIJF zet de klok stil; AFGEROND stopt haar');
export const LoketMessageAuthorGql = gqlEnum<MessageAuthor>('LoketMessageAuthor', ['BEDRIJF', 'LOKET', 'NOTITIE'], 'NOTITIE is intern: het bedrijf ziet haar nooit');

export const LoketViewerAccessGql = gqlEnum(
  'LoketViewerAccess',
  ['STAFF', 'SCHOOL'],
  'STAFF: loket-medewerker, verbinder of beheerder (alles); SCHOOL: contactpersoon van een school waarover de aanvraag is verdeeld (lezen, notities en antwoorden)',
);
export type LoketViewerAccessGql = EnumValue<typeof LoketViewerAccessGql>;

@InputType()
export class LoketIntakeInput {
  @Field({ description: 'De regio van het loket (slug)' }) regionSlug!: string;
  @Field() companyName!: string;
  @Field({ description: 'KvK-nummer: precies 8 cijfers' }) kvk!: string;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field() contactName!: string;
  @Field() contactEmail!: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => LoketRequestTypeGql) type!: RequestType;
  @Field(() => String, { nullable: true, description: 'Niveau of route van belangstelling' }) level?: string | null;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => String, { nullable: true, description: 'Begin van de periode (jjjj-mm-dd), voor het herkennen van dubbele aanvragen' }) periodStart?: string | null;
  @Field(() => String, { nullable: true }) periodEnd?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => String, { nullable: true }) message?: string | null;
  @Field({ description: 'Toestemming voor de privacyverklaring (verplicht)' }) consent!: boolean;
  @Field(() => String, { nullable: true, description: 'Honeypot: een verborgen veld dat mensen leeg laten' }) website?: string | null;
  @Field({ description: 'Het token van loketFormToken, opgehaald toen het formulier werd getoond' }) formToken!: string;
}

@ObjectType('LoketIntakeResult')
export class LoketIntakeResultModel {
  @Field() message!: string;
}

@ObjectType('LoketCompany')
export class LoketCompanyModel extends EntityModel {
  @Field() name!: string;
  @Field() kvk!: string;
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
}

@ObjectType('LoketSubmittedCompany', { description: 'Hoe het bedrijf zich op het formulier noemde (een bekend KvK-nummer verandert het bedrijf zelf niet)' })
export class LoketSubmittedCompanyModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
}

@ObjectType('LoketMessage')
export class LoketMessageModel extends EntityModel {
  @Field(() => LoketMessageAuthorGql) author!: MessageAuthor;
  @Field() authorName!: string;
  @Field({ description: 'Platte tekst: altijd ge-escaped tonen' }) body!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('LoketSla')
export class LoketSlaModel {
  @Field(() => DateTimeScalar, { nullable: true, description: 'null als er al gereageerd is of de klok stilstaat' }) firstResponseDueAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) resolutionDueAt!: Date | null;
  @Field(() => Float) elapsedMinutes!: number;
  @Field() paused!: boolean;
  @Field() firstResponseBreached!: boolean;
  @Field() resolutionBreached!: boolean;
  @Field({ description: 'Een lopende termijn (eerste reactie nog niet gegeven, of de afhandeling van een open aanvraag) is verstreken' }) overdue!: boolean;
  @Field({ description: 'Niet verstreken, de klok loopt en een lopende termijn valt binnen de waarschuwingstijd van het beleid (in werktijd als het beleid dat zegt)' }) atRisk!: boolean;
}

@ObjectType('LoketRequest')
export class LoketRequestModel extends EntityModel {
  regionId!: string;
  companyId!: string;
  ownerId!: string | null;
  schoolIds!: string[];
  closedAt!: Date | null;
  @Field({ description: 'Kort kenmerk voor e-mail en telefoon' }) reference!: string;
  @Field() contactName!: string;
  @Field() contactEmail!: string;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => LoketRequestTypeGql) type!: RequestType;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String, { nullable: true }) periodStart!: string | null;
  @Field(() => String, { nullable: true }) periodEnd!: string | null;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  duplicateOfId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Samengevoegd in deze aanvraag' }) mergedIntoId!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => LoketSubmittedCompanyModel, { nullable: true, description: 'Opgegeven als: wat het formulier over het bedrijf zei, als dat afwijkt van het bekende bedrijf' })
  submittedCompany!: LoketSubmittedCompanyModel | null;
  @Field(() => LoketRequestStatusGql) status!: RequestStatus;
  @Field(() => DateTimeScalar, { nullable: true }) firstResponseAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

/** What the company sees through its status link. */
@ObjectType('LoketPublicRequest')
export class LoketPublicRequestModel {
  @Field() reference!: string;
  @Field() companyName!: string;
  @Field() contactName!: string;
  @Field(() => LoketRequestTypeGql) type!: RequestType;
  @Field(() => LoketRequestStatusGql) status!: RequestStatus;
  @Field(() => String, { nullable: true, description: 'Wie de aanvraag behandelt' }) handlerName!: string | null;
  @Field(() => [String]) schoolNames!: string[];
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => [LoketMessageModel], { description: 'Het gesprek, zonder interne notities' }) messages!: LoketMessageModel[];
}

@ObjectType('LoketCompanyContact')
export class LoketCompanyContactModel extends EntityModel {
  companyId!: string;
  schoolId!: string | null;
  personId!: string | null;
  @Field({ description: 'LOKET (via routering of splitsen) of HANDMATIG' }) channel!: string;
  @Field(() => ID, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar) contactedAt!: Date;
}

@ObjectType('LoketContactResult')
export class LoketContactResultModel {
  @Field(() => LoketCompanyContactModel) contact!: LoketCompanyContactModel;
  @Field(() => String, { nullable: true, description: 'Gezet bij de maandgrens (ook als extensions.warning)' }) warning!: string | null;
}

@InputType()
export class LogCompanyContactInput {
  @Field(() => ID) companyId!: string;
  @Field(() => ID, { description: 'De school die het bedrijf benadert' }) schoolId!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('LoketChange')
export class LoketChangeModel {
  @Field(() => ID, { nullable: true }) requestId!: string | null;
  @Field() kind!: string;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType('LoketRoutingRule')
export class LoketRoutingRuleModel extends EntityModel {
  regionId!: string;
  assigneeId!: string;
  schoolIds!: string[];
  @Field(() => LoketRequestTypeGql, { nullable: true, description: 'null = elk soort' }) requestType!: RequestType | null;
  @Field(() => String, { nullable: true, description: 'null = elke sector' }) sector!: string | null;
}

@InputType()
export class LoketRoutingRuleInput {
  @Field(() => ID) regionId!: string;
  @Field(() => LoketRequestTypeGql, { nullable: true }) requestType?: RequestType | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => ID) assigneeId!: string;
  @Field(() => [ID]) schoolIds!: string[];
}

@InputType()
export class LoketAssignInput {
  @Field(() => ID, { description: 'De eigenaar van de hele aanvraag' }) ownerId!: string;
  @Field(() => [ID], { description: 'Eén of meer scholen die eraan werken (splitsen)' }) schoolIds!: string[];
  @Field(() => String, { nullable: true, description: 'Optioneel; komt als interne notitie bij de aanvraag' }) reason?: string | null;
}

@ObjectType('LoketSlaPolicy')
@InputType('LoketSlaPolicyInput')
export class LoketSlaPolicyModel {
  @Field(() => ID) regionId!: string;
  @Field(() => Float, { description: 'Termijn voor de eerste reactie in (werk)minuten' }) firstResponseMinutes!: number;
  @Field(() => Float, { description: 'Termijn voor de afhandeling in (werk)minuten' }) resolutionMinutes!: number;
  @Field(() => Float, { description: 'Zo lang vóór het verstrijken gaat er een waarschuwing uit' }) warnBeforeMinutes!: number;
  @Field({ description: 'Werkuren tellen (ma–vr 08:30–17:00, zonder vakanties) of de klok rond', defaultValue: true }) businessHours!: boolean;
}

export const LoketSlaFilterGql = gqlEnum<SlaFilter>(
  'LoketSlaFilter',
  ['BREACHED', 'AT_RISK'],
  'BREACHED: een lopende termijn is verstreken; AT_RISK: binnen de waarschuwingstijd, nog niet verstreken',
);
export const LoketAuditActionGql = gqlEnum<AuditAction>('LoketAuditAction', ['VIEWED', 'CHANGED']);

@InputType()
export class LoketRequestFilter {
  @Field(() => [LoketRequestStatusGql], { nullable: true }) status?: RequestStatus[] | null;
  @Field(() => [LoketRequestTypeGql], { nullable: true }) type?: RequestType[] | null;
  @Field(() => ID, { nullable: true, description: 'Aanvragen die (ook) naar deze school gaan' }) schoolId?: string | null;
  @Field(() => ID, { nullable: true, description: 'De eigenaar van de aanvraag' }) ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Alleen aanvragen waarvan ik de eigenaar ben' }) mine?: boolean | null;
  @Field(() => LoketSlaFilterGql, { nullable: true }) sla?: SlaFilter | null;
  @Field(() => String, { nullable: true, description: 'Bedrijfsnaam, KvK-nummer, kenmerk of contactpersoon (hoogstens 100 tekens)' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Ook afgeronde aanvragen (standaard niet, tenzij status AFGEROND vraagt)' }) includeClosed?: boolean | null;
}

@ObjectType('LoketReportRow')
export class LoketReportRowModel {
  @Field({ description: 'Het soort aanvraag of het id van de school ("geen" zonder school)' }) key!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int, { nullable: true, description: 'Mediaan tot de eerste reactie, in minuten van de klok van de servicenorm' }) medianFirstResponseMinutes!: number | null;
  @Field(() => Int) firstResponseMet!: number;
  @Field(() => Int) firstResponseBreached!: number;
  @Field(() => Int) resolutionMet!: number;
  @Field(() => Int) resolutionBreached!: number;
}

@ObjectType('LoketReport')
export class LoketReportModel {
  @Field(() => DateTimeScalar) from!: Date;
  @Field(() => DateTimeScalar) to!: Date;
  @Field(() => Int) total!: number;
  @Field(() => [LoketReportRowModel]) byType!: LoketReportRowModel[];
  @Field(() => [LoketReportRowModel]) bySchool!: LoketReportRowModel[];
}

@ObjectType('LoketCannedReply')
export class LoketCannedReplyModel extends EntityModel {
  @Field(() => ID) regionId!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@InputType()
export class LoketCannedReplyInput {
  @Field(() => ID, { nullable: true, description: 'Leeg voor een nieuw standaardantwoord' }) id?: string | null;
  @Field(() => ID) regionId!: string;
  @Field({ description: 'Hoogstens 100 tekens, uniek in de regio' }) title!: string;
  @Field({ description: 'Hoogstens 4000 tekens' }) body!: string;
}

@ObjectType('LoketAuditEntry')
export class LoketAuditEntryModel extends EntityModel {
  @Field(() => LoketAuditActionGql) action!: AuditAction;
  @Field({ description: 'Wat: request, reply, internal-note, status, assign, merge, export, erase' }) what!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field() personName!: string;
  @Field(() => DateTimeScalar) at!: Date;
}
