import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@verbinder/platform/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { NewsletterService } from '@verbinder/stories/core';
import { NewsletterSubscriptionModel } from './stories.models';

/** AVG inzage and erasure for newsletter readers, on request by e-mail to the region's beheerder. */
@Resolver(() => NewsletterSubscriptionModel)
export class NewsletterResolver {
  constructor(private readonly newsletter: NewsletterService) {}

  @Query(() => [NewsletterSubscriptionModel], { description: 'De aanmelding van één e-mailadres voor de nieuwsbrief van de regio (inzage, AVG); alleen beheerders' })
  newsletterSubscriptionsOf(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('email') email: string) {
    return this.newsletter.subscriptionsOf(actor, regionId, email);
  }

  @Mutation(() => Int, { description: 'Een e-mailadres uit de nieuwsbrief van de regio wissen (AVG); alleen beheerders. Geeft het aantal gewiste aanmeldingen' })
  eraseNewsletterSubscriptionsOf(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID }) regionId: string, @Args('email') email: string) {
    return this.newsletter.eraseSubscriptionsOf(actor, regionId, email);
  }
}
