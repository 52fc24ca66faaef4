import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuthService, ExternalIdentityLink, IssuedSession, OidcService, PasswordsService } from '@verbinder/identity/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { CurrentActor, DateTimeScalar, GqlContext, PublicOperation } from '@verbinder/platform/graphql';
import type { Actor } from '@verbinder/shared/kernel';
import { PersonModel } from '@verbinder/regions/graphql';
import { RegionsService } from '@verbinder/regions/core';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => PersonModel, { nullable: true }) person!: PersonModel | null;
  @Field() authenticated!: boolean;
  @Field({ description: 'De sessie mag alleen het wachtwoord wijzigen (eenmalig wachtwoord van admin:create); authenticated is dan false' })
  mustChangePassword!: boolean;
}

@ObjectType('OidcLink', { description: 'Een koppeling met een externe identiteit (issuer + subject)' })
export class OidcLinkModel {
  @Field() issuer!: string;
  @Field() subject!: string;
  @Field(() => DateTimeScalar) linkedAt!: Date;
  @Field({ description: 'false: aangevraagd bij het inloggen, wacht op bevestiging door de persoon of een platformbeheerder' })
  confirmed!: boolean;
}

/** Which link of which person the confirm and remove mutations are about. */
@ArgsType()
class OidcLinkArgs {
  @Field(() => ID) personId!: string;
  @Field() issuer!: string;
  @Field() subject!: string;
}

const toLinks = (links: ExternalIdentityLink[]): OidcLinkModel[] => links.map((l) => ({ issuer: l.issuer, subject: l.subject, linkedAt: l.linkedAt, confirmed: l.confirmedAt !== null }));

@ObjectType('DemoPersona')
export class DemoPersonaModel {
  @Field() key!: string;
  @Field() label!: string;
  @Field() personName!: string;
  @Field() description!: string;
}

@ObjectType('AuthConfig')
export class AuthConfigModel {
  @Field() demoMode!: boolean;
  @Field() oidcEnabled!: boolean;
  @Field(() => String, { nullable: true }) oidcLabel!: string | null;
  @Field(() => String, { nullable: true }) oidcLoginUrl!: string | null;
}

@Resolver(() => ViewerModel)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    private readonly oidc: OidcService,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @PublicOperation()
  @Query(() => ViewerModel, { description: 'Wie is er ingelogd (authenticated = false voor bezoekers)' })
  async viewer(@Context() ctx: GqlContext): Promise<ViewerModel> {
    if (!ctx.actor) {
      const mustChangePassword = (await this.passwords.sessionNeedingPasswordChange(ctx.sessionToken)) !== null;
      return { person: null, authenticated: false, mustChangePassword };
    }
    return { person: (await this.regions.getPerson(ctx.actor.personId)) as PersonModel, authenticated: true, mustChangePassword: false };
  }

  @PublicOperation()
  @Query(() => AuthConfigModel)
  authConfig(): AuthConfigModel {
    return {
      demoMode: this.config.demoMode,
      oidcEnabled: this.config.oidc !== null,
      oidcLabel: this.config.oidc?.label ?? null,
      oidcLoginUrl: this.config.oidc ? '/auth/oidc/login' : null,
    };
  }

  @PublicOperation()
  @Query(() => [DemoPersonaModel], { description: 'Demo-rollen voor één-klik-inloggen (leeg buiten demomodus)' })
  async demoPersonas(): Promise<DemoPersonaModel[]> {
    const personas = this.auth.demoPersonas();
    if (personas.length === 0) return [];
    const names = await this.regions.namesByEmail(personas.map((p) => p.email));
    return personas.map((p) => ({
      key: p.key,
      label: p.label,
      description: p.description,
      personName: names.get(p.email.toLowerCase()) ?? p.label,
    }));
  }

  @PublicOperation()
  @Mutation(() => ViewerModel, { description: 'Inloggen met e-mailadres en wachtwoord; zet het sessiecookie' })
  async signIn(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<ViewerModel> {
    return this.startSession(ctx, await this.auth.signInWithPassword(email, password, ctx.clientKey));
  }

  @PublicOperation()
  @Mutation(() => ViewerModel, { description: 'Alleen in demomodus: inloggen als een demorol' })
  async signInAsDemo(@Args('key') key: string, @Context() ctx: GqlContext): Promise<ViewerModel> {
    return this.startSession(ctx, await this.auth.signInAsDemo(key));
  }

  @PublicOperation()
  @Mutation(() => Boolean, { description: 'Uitloggen; beëindigt de sessie' })
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(ctx.sessionToken);
    clearSessionCookie(ctx.res, this.config.session.secureCookie);
    return true;
  }

  @PublicOperation()
  @Mutation(() => Boolean, {
    description: 'Wachtwoord wijzigen (huidig wachtwoord verplicht, ook bij de verplichte wijziging na de eerste keer inloggen); beëindigt je andere sessies',
  })
  async changePassword(@Args('currentPassword') currentPassword: string, @Args('newPassword') newPassword: string, @Context() ctx: GqlContext): Promise<boolean> {
    await this.passwords.changePassword(ctx.sessionToken, currentPassword, newPassword);
    return true;
  }

  @PublicOperation()
  @Mutation(() => String, { description: 'Wachtwoord vergeten: altijd hetzelfde antwoord; een link volgt per e-mail als het adres bekend is' })
  requestPasswordReset(@Args('email') email: string, @Context() ctx: GqlContext): Promise<string> {
    return this.passwords.requestPasswordReset(email, ctx.clientKey);
  }

  @PublicOperation()
  @Mutation(() => Boolean, { description: 'Nieuw wachtwoord met de link uit de e-mail (één keer, 30 minuten); beëindigt alle sessies' })
  async resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    await this.passwords.resetPassword(token, newPassword);
    return true;
  }

  @Query(() => [OidcLinkModel], { description: 'Inlogkoppelingen van een persoon (zonder personId: die van jezelf); alleen jijzelf of een platformbeheerder' })
  async oidcLinks(@CurrentActor() actor: Actor, @Args('personId', { type: () => ID, nullable: true }) personId?: string): Promise<OidcLinkModel[]> {
    return toLinks(await this.oidc.listOidcLinks(actor, personId ?? actor.personId));
  }

  @Mutation(() => [OidcLinkModel], { description: 'Een aangevraagde inlogkoppeling bevestigen (de persoon zelf of een platformbeheerder)' })
  async confirmOidcLink(@CurrentActor() actor: Actor, @Args() link: OidcLinkArgs): Promise<OidcLinkModel[]> {
    return toLinks(await this.oidc.confirmOidcLink(actor, link.personId, link.issuer, link.subject));
  }

  @Mutation(() => [OidcLinkModel], { description: 'Een inlogkoppeling verwijderen (de persoon zelf of een platformbeheerder)' })
  async removeOidcLink(@CurrentActor() actor: Actor, @Args() link: OidcLinkArgs): Promise<OidcLinkModel[]> {
    return toLinks(await this.oidc.removeOidcLink(actor, link.personId, link.issuer, link.subject));
  }

  private async startSession(ctx: GqlContext, session: IssuedSession): Promise<ViewerModel> {
    if (ctx.sessionToken) await this.auth.signOut(ctx.sessionToken);
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.config.session.secureCookie);
    ctx.actor = session.actor;
    // An account that must change its one-time password gets a session that can do only that.
    if (await this.passwords.sessionNeedingPasswordChange(session.token)) {
      ctx.actor = null;
      return { person: null, authenticated: false, mustChangePassword: true };
    }
    return { person: (await this.regions.getPerson(session.actor.personId)) as PersonModel, authenticated: true, mustChangePassword: false };
  }
}
