'use strict';
// @nestjs/graphql loads this module unconditionally and uses it only when the legacy
// 'subscriptions-transport-ws' option is set, which Verbinder never does (apps/api/src/graphql.config.ts
// configures 'graphql-ws' only). The unmaintained package is kept out of the installed tree
// (package.json "overrides"); any attempt to use the legacy protocol fails loudly.
class SubscriptionServer {
  static create() {
    throw new Error('The legacy subscriptions-transport-ws protocol is disabled in Verbinder: use graphql-ws.');
  }
}
module.exports = { SubscriptionServer };
