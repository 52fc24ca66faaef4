import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLError, GraphQLSchema, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { ErrorCode } from '@verbinder/shared/contracts';
import { AuthService, SessionWatch } from '@verbinder/identity/core';
import { AppConfig } from '@verbinder/platform/config';
import { clientAddressResolver } from './client-address';
import { JsonLogger } from '@verbinder/platform/events';
import {
  complexityLimitRule,
  contextFailure,
  DateTimeScalar,
  formatGraphqlError,
  GqlContext,
  GraphqlResponseCache,
  infrastructureStatusPlugin,
  isDatabaseUnavailable,
  readCookie,
  SESSION_COOKIE,
  unsafeTextError,
  unsafeTextPlugin,
} from '@verbinder/platform/graphql';
import { RegionsLoaderFactory } from '@verbinder/regions/graphql';
import { websocketOriginCheck } from './http/security';
import { GraphqlWsSessions } from './graphql-ws-sessions';

/**
 * Fields whose work grows faster than their input, with how often one operation may ask for them
 * (aliases, fragments and lists counted), so aliases cannot multiply that work. See
 * docs/security.md, "Input limits and CPU bounds".
 */
export const EXPENSIVE_FIELDS: Readonly<Record<string, number>> = { 'Query.draaiboekDiff': 1 };

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
  // Without introspection the schema is not public: no "Did you mean …" hints either.
  const formatOptions = { hideSuggestions: !config.graphql.introspection };
  const format = (formatted: Parameters<typeof formatGraphqlError>[0], error: unknown) => formatGraphqlError(formatted, error, (msg, fields) => log.error(msg, fields), formatOptions);
  // graphql-ws does not go through Apollo's pipeline, which gives request errors their codes:
  // an error of a phase before execution without a code of its own gets the code Apollo would
  // give it (`requestCode`), then it is formatted like every other error.
  const reformat = (errors: readonly GraphQLError[], requestCode: string) =>
    errors.map((error) => {
      const json = error.toJSON();
      // GraphQL's own request errors have no path, and at most another GraphQLError as their cause
      // (variable coercion wraps the inner error); resolver failures have a path.
      const isRequestError = !error.path && (!error.originalError || error.originalError instanceof GraphQLError) && !json.extensions?.['code'] && !json.extensions?.['verbinderCode'];
      const formatted = format(isRequestError ? { ...json, extensions: { ...json.extensions, code: requestCode } } : json, error);
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
  const clientAddress = clientAddressResolver(config.trustProxy);
  const limits = complexityLimitRule({ maxDepth: config.graphql.maxDepth, maxCost: config.graphql.maxCost, maxAliases: config.graphql.maxAliases, expensive: EXPENSIVE_FIELDS });
  // Subscriptions over graphql-ws get the same limits as HTTP operations (Apollo's options do not reach them).
  const validateWs = (schema: GraphQLSchema, document: DocumentNode) =>
    validate(schema, document, [...specifiedRules, limits, ...(config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule])]);

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Fields typed `Date` get our strict DateTime (see DateTimeScalar), not Nest's lenient one.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
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
    // The web app never uses automatic persisted queries: a request asking for one is a plain
    // PERSISTED_QUERY_NOT_SUPPORTED (400), not a hash mismatch that Apollo reports without a code.
    persistedQueries: false,
    // Nest would reset the status of every response with `data` to 200 after all plugins, undoing
    // infrastructureStatusPlugin's 503/507; no other error of ours sets an HTTP status.
    preserveHttpStatusForExecutionErrors: false,
    // A resolver's warning (e.g. the loket's contact limit in warn mode) goes out as extensions.warning.
    plugins: [
      infrastructureStatusPlugin(),
      // NUL bytes, control characters and lone surrogates in literals or variables: BAD_USER_INPUT.
      unsafeTextPlugin(),
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
    formatError: format,
    context: async (input: { req?: Request; res?: Response; extra?: { request: IncomingMessage } }) => {
      if (input.extra) {
        const request = input.extra.request;
        return contextFor(request.headers, clientAddress(request));
      }
      const req = input.req as Request;
      return contextFor(req.headers, req.ip ?? clientAddress(req), req, input.res);
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
        // What Apollo does before validation, for graphql-ws: the token limit of HTTP (a document
        // over it is refused; the check parses at most maxTokens tokens), syntax errors as
        // GRAPHQL_PARSE_FAILED, and unsafe text in literals or variables as BAD_USER_INPUT.
        // onError below formats the errors like every other graphql-ws error.
        onSubscribe: (_ctx: unknown, _id: string, payload: { query?: unknown; variables?: unknown }) => {
          if (typeof payload.query !== 'string') return undefined;
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: config.graphql.maxTokens });
          } catch (error) {
            if (/contains more th(?:an|at) \d+ tokens/.test((error as Error).message)) {
              return [new GraphQLError('Deze vraag is te lang. Vraag minder tegelijk op.', { extensions: { verbinderCode: ErrorCode.QUERY_TOO_COMPLEX } })];
            }
            return [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
          }
          const unsafe = unsafeTextError(document, payload.variables);
          return unsafe ? [unsafe] : undefined;
        },
        // Validation errors (unknown field, over the limits) keep their own codes: GRAPHQL_VALIDATION_FAILED
        // or QUERY_TOO_COMPLEX, as over HTTP.
        validate: validateWs,
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => reformat(errors, 'GRAPHQL_VALIDATION_FAILED'),
        // Errors without a path in a result are request errors (variables that do not fit their
        // types): BAD_USER_INPUT, as Apollo answers them over HTTP.
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) => (result.errors ? { ...result, errors: reformat(result.errors, 'BAD_USER_INPUT') } : result),
      },
    },
  };
}

export type { LoaderFactory };
export { RegionsLoaderFactory };
