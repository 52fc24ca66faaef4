import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, DateTimeScalar, EntityModel, GqlContext, gqlEnum, perRequest } from '@verbinder/platform/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { ANNOUNCEMENT_STATUSES, AnnouncementStatus, TeamsAnnouncement, TeamsAnnouncementsService, TeamsLink } from '@verbinder/teams-mirror/core';
import { TeamsLinkModel } from './teams-mirror.models';

export const AnnouncementStatusGql = gqlEnum(
  'TeamsAnnouncementStatus',
  ANNOUNCEMENT_STATUSES,
  'Verzamelt nog documenten (gepland), wordt verstuurd of opnieuw geprobeerd, verstuurd, mislukt (met reden) of overgeslagen',
);

@ObjectType('TeamsAnnouncement', { description: 'Een aankondiging van nieuwe documenten in het kanaal, via de Workflows-webhook van de koppeling' })
export class TeamsAnnouncementModel extends EntityModel {
  @Field(() => AnnouncementStatusGql) status!: AnnouncementStatus;
  @Field(() => Int, { description: 'Aantal documenten in deze aankondiging' }) documentCount!: number;
  @Field(() => DateTimeScalar, { description: 'Wanneer het verzamelen stopt en het bericht verstuurd wordt' }) dueAt!: Date;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Volgende poging' }) nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Reden of wat er moet gebeuren' }) lastError!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt!: Date | null;
}

/** Per request: the newest announcement of every link asked for, loaded once per group. */
function latest(ctx: GqlContext, service: TeamsAnnouncementsService, link: TeamsLink): Promise<Map<string, TeamsAnnouncement>> {
  return perRequest(ctx, `teamsAnnouncements:${link.werkgroepId}`, () => service.latestOfGroup(link.werkgroepId));
}

@Resolver(() => TeamsLinkModel)
export class TeamsAnnouncementResolver {
  constructor(private readonly announcements: TeamsAnnouncementsService) {}

  @Mutation(() => TeamsLinkModel, { description: 'Zet het Workflows-webhookadres voor aankondigingen van een koppeling, of haalt het weg (leeg) (beheerders van de regio)' })
  setTeamsLinkAnnouncements(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('webhookUrl', { type: () => String, nullable: true }) webhookUrl?: string | null) {
    return this.announcements.setWebhook(actor, id, webhookUrl ?? null);
  }

  @ResolveField(() => Boolean, { description: 'Worden nieuwe documenten in het kanaal aangekondigd' })
  announcementsEnabled(@Parent() link: TeamsLink): boolean {
    return !!link.announcementWebhookUrl;
  }

  @ResolveField(() => TeamsAnnouncementModel, { nullable: true, description: 'De laatste aankondiging van deze koppeling' })
  async lastAnnouncement(@Parent() link: TeamsLink, @Context() ctx: GqlContext): Promise<TeamsAnnouncement | null> {
    return (await latest(ctx, this.announcements, link)).get(link.id) ?? null;
  }
}
