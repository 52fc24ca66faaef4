// The bare baseline of the dashboard benchmark: NestJS 11 + Apollo (the same packages and
// versions as the API, express platform) with one `hello` query — no database, no session, no
// guards, no validation rules.
// Usage: node bare-nest-apollo.cjs <port>
require('reflect-metadata');
const { Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { GraphQLModule } = require('@nestjs/graphql');
const { ApolloDriver } = require('@nestjs/apollo');

class BareModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'hallo' } },
      playground: false,
      introspection: false,
    }),
  ],
})(BareModule);

async function main() {
  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.argv[2]), '127.0.0.1');
  process.stdout.write(`bare nest+apollo on ${process.argv[2]}\n`);
}
main();
