// Jest global teardown: stops the embedded PostgreSQL server that services-setup.cjs started, if any.
module.exports = async function servicesTeardown() {
  const server = globalThis.__verbinderEmbeddedPostgres;
  if (server) {
    globalThis.__verbinderEmbeddedPostgres = undefined;
    await server.stop();
  }
};
