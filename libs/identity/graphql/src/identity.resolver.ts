import { Inject } from '@nestjs/common';
import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuthService, IssuedSession } from '@verbinder/identity/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { GqlContext, PublicOperation } from '@verbinder/platform/graphql';
import { PersonModel } from '@verbinder/regions/graphql';
import { RegionsService } from '@verbinder/regions/core';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => PersonModel, { nullable: true }) person!: PersonModel | null;
  @Field() authenticated!: boolean;
}

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
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @PublicOperation()
  @Query(() => ViewerModel, { description: 'Wie is er ingelogd (authenticated = false voor bezoekers)' })
  async viewer(@Context() ctx: GqlContext): Promise<ViewerModel> {
    if (!ctx.actor) return { person: null, authenticated: false };
    return { person: (await this.regions.getPerson(ctx.actor.personId)) as PersonModel, authenticated: true };
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

  private async startSession(ctx: GqlContext, session: IssuedSession): Promise<ViewerModel> {
    if (ctx.sessionToken) await this.auth.signOut(ctx.sessionToken);
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.config.session.secureCookie);
    ctx.actor = session.actor;
    return { person: (await this.regions.getPerson(session.actor.personId)) as PersonModel, authenticated: true };
  }
}
