import { Field, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { ACTIVITY_KINDS, ActivityKind, Audience, AUDIENCES, FEED_SCOPES, FeedScope, OccurrenceScope, REGISTRATION_STATUSES, RegistrationStatus } from '@verbinder/meetups/core';

export const ActivityKindGql = gqlEnum('ActivityKind', ACTIVITY_KINDS);
export const AudienceGql = gqlEnum('Audience', AUDIENCES, 'PUBLIEK maakt de activiteit openbaar (publieke site, aanmelden zonder account)');
export const RegistrationStatusGql = gqlEnum('RegistrationStatus', REGISTRATION_STATUSES, 'CONFIRMED en OFFERED houden een plaats vast; WAITLISTED wacht op volgorde');
export const OccurrenceScopeGql = gqlEnum<OccurrenceScope>('OccurrenceScope', ['THIS', 'FOLLOWING'], 'alleen deze activiteit, of deze en alle volgende van de reeks');
export const FeedScopeGql = gqlEnum('CalendarFeedScope', FEED_SCOPES);

@ObjectType('Activity')
export class ActivityModel extends EntityModel {
  regionId!: string;
  hostSchoolId!: string | null;
  organiserIds!: string[];
  @Field(() => ID, { nullable: true }) seriesId!: string | null;
  @Field({ description: 'Los van de reeks gewijzigd' }) detached!: boolean;
  @Field(() => ActivityKindGql) kind!: ActivityKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) room!: string | null;
  @Field(() => String, { nullable: true }) travelNote!: string | null;
  @Field(() => DateTimeScalar) startsAt!: Date;
  @Field(() => DateTimeScalar) endsAt!: Date;
  @Field(() => [AudienceGql]) audience!: Audience[];
  @Field(() => Int, { nullable: true, description: 'null = onbeperkt' }) capacity!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) registrationOpensAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) registrationClosesAt!: Date | null;
  @Field() isPublic!: boolean;
  @Field(() => ID, { nullable: true }) actielijnId!: string | null;
  @Field(() => ID, { nullable: true }) actieId!: string | null;
  @Field(() => String, { nullable: true }) minutes!: string | null;
}

@ObjectType('Registration')
export class RegistrationModel extends EntityModel {
  @Field(() => ID) activityId!: string;
  personId!: string | null;
  @Field(() => String, { nullable: true, description: 'Naam bij aanmelding zonder account' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mailadres bij aanmelding zonder account' }) email!: string | null;
  @Field(() => RegistrationStatusGql) status!: RegistrationStatus;
  @Field(() => DateTimeScalar) queuedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Tot wanneer een aangeboden plaats te claimen is' }) tokenExpiresAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) attended!: boolean | null;
}

@ObjectType('MyRegistration', { description: 'De eigen aanmelding (zonder gegevens van anderen)' })
export class MyRegistrationModel extends EntityModel {
  @Field(() => RegistrationStatusGql) status!: RegistrationStatus;
  @Field(() => Int, { nullable: true, description: 'Plaats op de wachtlijst (1 = eerstvolgende)' }) waitlistPosition!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) offerExpiresAt!: Date | null;
}

@ObjectType('ActivitySeries')
export class ActivitySeriesModel extends EntityModel {
  regionId!: string;
  @Field(() => ActivityKindGql) kind!: ActivityKind;
  @Field() title!: string;
  @Field(() => Int, { description: '0 = zondag … 3 = woensdag … 6 = zaterdag' }) weekday!: number;
  @Field() startTime!: string;
  @Field() endTime!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => [ID], { description: 'De volgorde van de gastscholen' }) hostSchoolIds!: string[];
  @Field(() => [DateScalar]) skipDates!: string[];
  @Field(() => Int, { nullable: true }) capacity!: number | null;
}

@ObjectType('RegionHoliday')
export class RegionHolidayModel extends EntityModel {
  @Field() name!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
}

@ObjectType('ActivityAgendaItem')
export class AgendaItemModel extends EntityModel {
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) actieId!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@ObjectType('MeetingDecision')
export class MeetingDecisionModel extends EntityModel {
  @Field(() => ID) actieId!: string;
  @Field() text!: string;
  @Field(() => DateScalar) meetingDate!: string;
}

@ObjectType('CalendarFeed')
export class CalendarFeedModel extends EntityModel {
  @Field(() => FeedScopeGql) scope!: FeedScope;
  @Field(() => ID, { nullable: true }) regionId!: string | null;
  @Field(() => ID, { nullable: true }) werkgroepId!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedCalendarFeed')
export class CreatedCalendarFeedModel {
  @Field(() => CalendarFeedModel) feed!: CalendarFeedModel;
  @Field({ description: 'Geheime URL (alleen nu te zien; intrekken met revokeCalendarFeed)' }) url!: string;
}

@ObjectType('PublicRegistrationResult')
export class PublicRegistrationResultModel {
  @Field({ description: 'Altijd hetzelfde antwoord: wat er verder gebeurt staat in de e-mail' }) message!: string;
}

@ObjectType('RegistrationOutcome')
export class RegistrationOutcomeModel {
  @Field(() => RegistrationStatusGql) status!: RegistrationStatus;
  @Field() activityTitle!: string;
  @Field(() => DateTimeScalar) startsAt!: Date;
}

@ObjectType('ActivityChange')
export class ActivityChangeModel {
  @Field(() => ID, { nullable: true }) activityId!: string | null;
  @Field() kind!: string;
  @Field(() => Int, { nullable: true }) placesLeft!: number | null;
  @Field(() => DateTimeScalar) at!: Date;
}

@InputType()
export class ActivityInput {
  @Field(() => ID) regionId!: string;
  @Field(() => ActivityKindGql) kind!: ActivityKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) hostSchoolId?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) room?: string | null;
  @Field(() => String, { nullable: true }) travelNote?: string | null;
  @Field({ description: 'ISO 8601 met tijdzone, bijv. 2026-03-04T09:00:00+01:00' }) startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => [AudienceGql], { nullable: true }) audience?: Audience[] | null;
  @Field(() => [ID], { nullable: true, description: 'Leeg laten: bij aanmaken organiseer jij het, bij wijzigen blijven de organisatoren; [] = geen' })
  organiserIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'null = onbeperkt' }) capacity?: number | null;
  @Field(() => String, { nullable: true }) registrationOpensAt?: string | null;
  @Field(() => String, { nullable: true }) registrationClosesAt?: string | null;
  @Field(() => ID, { nullable: true }) actielijnId?: string | null;
  @Field(() => ID, { nullable: true }) actieId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Een bijeenkomst van deze werkgroep (uit dezelfde regio; je beheert haar of bent lid)' }) werkgroepId?: string | null;
}

/** A series makes activities: it takes their region, kind, title, description and audience as they are. */
@InputType()
export class SeriesInput extends PickType(ActivityInput, ['regionId', 'kind', 'title', 'description', 'audience'] as const) {
  @Field(() => Int) weekday!: number;
  @Field({ description: 'uu:mm, Europe/Amsterdam' }) startTime!: string;
  @Field() endTime!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => [ID]) hostSchoolIds!: string[];
  @Field(() => [DateScalar], { nullable: true }) skipDates?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Leeg laten: jij organiseert de reeks; [] = geen organisatoren' }) organiserIds?: string[] | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
}

@InputType()
export class OccurrenceChangeInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) startTime?: string | null;
  @Field(() => String, { nullable: true }) endTime?: string | null;
  @Field(() => [ID], { nullable: true }) hostSchoolIds?: string[] | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Deze week overslaan' }) skip?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'Alleen deze activiteit naar een andere datum verplaatsen (scope THIS)' }) date?: string | null;
}

@InputType()
export class RegionHolidayInput {
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
}
