import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, DomainError } from '@verbinder/shared/kernel';
import type { GqlContext } from './gql-context';

const PUBLIC = 'verbinder:public-operation';

/** Marks an operation that anonymous visitors may call (sign-in, viewer). Everything else needs a session. */
export const PublicOperation = () => SetMetadata(PUBLIC, true);

/**
 * Global guard: every GraphQL operation requires a signed-in actor unless marked public.
 * What the actor may do is decided by the core services.
 */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const unavailable = GqlExecutionContext.create(context).getContext<GqlContext>().unavailable;
    if (unavailable) throw unavailable;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (!ctx.actor) throw DomainError.unauthenticated();
    return true;
  }
}

/** The signed-in actor (the guard has made sure there is one). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GqlContext>().actor;
  if (!actor) throw DomainError.unauthenticated();
  return actor;
});

export const GqlCtx = createParamDecorator((_data: unknown, context: ExecutionContext): GqlContext => GqlExecutionContext.create(context).getContext<GqlContext>());
