import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLError, GraphQLSchema, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { AuthService, SessionWatch } from '@verbinder/identity/core';
import { AppConfig } from '@verbinder/platform/config';
import { JsonLogger } from '@verbinder/platform/events';
import { complexityLimitRule, contextFailure, formatGraphqlError, GqlContext, GraphqlResponseCache, infrastructureStatusPlugin, isDatabaseUnavailable, readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { RegionsLoaderFactory } from '@verbinder/regions/graphql';
import { websocketOriginCheck } from './http/security';
import { GraphqlWsSessions } from './graphql-ws-sessions';

interface LoaderFactory {
  readonly key: string;
  create(): unknown;
}

/**
 * Apollo options: the per-request context (actor from the session cookie, fresh DataLoaders),
 * graphql-ws subscriptions authenticated by the same cookie, limits, and error formatting.
 */
export function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  sessionWatch: SessionWatch,
  logger: JsonLogger,
  factories: LoaderFactory[],
  responseCache: GraphqlResponseCache,
): ApolloDriverConfig {
  const liveSessions = new GraphqlWsSessions(sessionWatch);
  // Each domain's DataLoaders are made on first use in a request (an answer from the response cache needs none).
  const loaders = () => {
    const made: Record<string, unknown> = {};
    for (const factory of factories) {
      Object.defineProperty(made, factory.key, {
        configurable: true,
        enumerable: true,
        get: () => {
          const value = factory.create();
          Object.defineProperty(made, factory.key, { value, enumerable: true });
          return value;
        },
      });
    }
    return made;
  };
  const log = logger.child({ component: 'graphql' });
  // graphql-ws does not go through Apollo's formatError: map its errors the same way.
  const reformat = (errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      const formatted = formatGraphqlError(error.toJSON(), error, (msg, fields) => log.error(msg, fields));
      return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
    });

  const contextFor = async (headers: IncomingMessage['headers'], clientKey: string, req?: Request, res?: Response): Promise<GqlContext> => {
    const sessionToken = readCookie(headers.cookie, SESSION_COOKIE);
    try {
      const actor = await auth.resolveSession(sessionToken);
      return { req, res, actor, sessionToken, clientKey, loaders: loaders() };
    } catch (error) {
      // The session lookup needs the database. Over HTTP: 503/507 with Retry-After (contextFailure);
      // over graphql-ws the socket stays up and the guard answers the operation with the code.
      if (!req && isDatabaseUnavailable(error)) return { actor: null, sessionToken, clientKey, loaders: loaders(), unavailable: error };
      throw contextFailure(error);
    }
  };

  const originAllowed = websocketOriginCheck(config.allowedOrigins);
  const limits = complexityLimitRule({ maxDepth: config.graphql.maxDepth, maxCost: config.graphql.maxCost, maxAliases: config.graphql.maxAliases });
  // Subscriptions over graphql-ws get the same limits as HTTP operations (Apollo's options do not reach them).
  const validateWs = (schema: GraphQLSchema, document: DocumentNode) =>
    validate(schema, document, [...specifiedRules, limits, ...(config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule])]);

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: [limits],
    // A document over the token limit is not even parsed (GraphQL's parser stops counting there).
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // One operation per request; bootstrap refuses a JSON array with BATCH_NOT_SUPPORTED first.
    allowBatchedHttpRequests: false,
    // Refuses "simple" cross-site requests (GET, form-encoded or text/plain POST without a
    // preflight header); the cookie is SameSite=Lax as well. Apollo's default, made explicit.
    csrfPrevention: true,
    // Nest would reset the status of every response with `data` to 200 after all plugins, undoing
    // infrastructureStatusPlugin's 503/507; no other error of ours sets an HTTP status.
    preserveHttpStatusForExecutionErrors: false,
    // A resolver's warning (e.g. the loket's contact limit in warn mode) goes out as extensions.warning.
    plugins: [
      infrastructureStatusPlugin(),
      responseCache.plugin(),
      {
        requestDidStart: async () => ({
          willSendResponse: async ({ response, contextValue }: { response: { body: { kind: string; singleResult?: { extensions?: Record<string, unknown> } } }; contextValue: GqlContext }) => {
            const warning = contextValue.warnings?.[0];
            if (warning && response.body.kind === 'single' && response.body.singleResult) {
              response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warning };
            }
          },
        }),
      },
    ],
    formatError: (formatted, error) => formatGraphqlError(formatted, error, (msg, fields) => log.error(msg, fields)),
    context: async (input: { req?: Request; res?: Response; extra?: { request: IncomingMessage } }) => {
      if (input.extra) {
        const request = input.extra.request;
        return contextFor(request.headers, request.socket.remoteAddress ?? 'unknown');
      }
      const req = input.req as Request;
      return contextFor(req.headers, req.ip ?? req.socket.remoteAddress ?? 'unknown', req, input.res);
    },
    // Nest types only part of graphql-ws's server options; it passes all of them to useServer.
    subscriptions: {
      'graphql-ws': <NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws']>{
        path: '/graphql',
        // Refuse the socket itself (closes with 4403 Forbidden) when a page of another origin opened
        // it (see websocketOriginCheck), or without a valid session, except for a loket status page
        // (connection parameter `loketStatus`): it may run public operations only (the guard
        // refuses the rest), i.e. `loketRequestChanged` with its status token.
        // A signed-in connection is watched: closed (4401) when its session ends, its subscriptions
        // re-authorized when the person's rights change (on any node), see GraphqlWsSessions.
        onConnect: async (ctx: { extra: unknown; connectionParams?: Record<string, unknown> }) => {
          const { request, socket } = ctx.extra as { request: IncomingMessage; socket: { close(code: number, reason: string): void } };
          if (!originAllowed(request.headers.origin)) return false;
          if (ctx.connectionParams?.['loketStatus'] === true) return true;
          try {
            return await liveSessions.connect(ctx, readCookie(request.headers.cookie, SESSION_COOKIE));
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            // 1013 "Try Again Later": graphql-ws clients retry it (4xxx codes are fatal to them).
            socket.close(1013, ErrorCode.SERVICE_UNAVAILABLE);
            return false;
          }
        },
        onOperation: (ctx: { extra: unknown }, id: string, _payload: unknown, args: ExecutionArgs, result: unknown) => liveSessions.operation(ctx, id, args, result),
        onComplete: (ctx: { extra: unknown }, id: string) => liveSessions.complete(ctx, id),
        onClose: (ctx: { extra: unknown }) => liveSessions.close(ctx),
        // The token limit of HTTP (Apollo's parseOptions) for graphql-ws: a document over it is
        // refused before graphql-ws parses it (the check parses at most maxTokens tokens).
        onSubscribe: (_ctx: unknown, _id: string, payload: { query?: unknown }) => {
          if (typeof payload.query !== 'string') return undefined;
          try {
            parse(payload.query, { maxTokens: config.graphql.maxTokens });
            return undefined;
          } catch (error) {
            if (!/contains more th(?:an|at) \d+ tokens/.test((error as Error).message)) return undefined; // graphql-ws reports syntax errors itself
            // onError below formats it like every other graphql-ws error.
            return [new GraphQLError('Deze vraag is te lang. Vraag minder tegelijk op.', { extensions: { verbinderCode: ErrorCode.QUERY_TOO_COMPLEX } })];
          }
        },
        validate: validateWs,
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => reformat(errors),
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: reformat(result.errors) } : result,
      },
    },
  };
}

export type { LoaderFactory };
export { RegionsLoaderFactory };
