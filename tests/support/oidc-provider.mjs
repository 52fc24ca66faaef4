#!/usr/bin/env node
// A throwaway OpenID Provider for the e2e suites (node-oidc-provider 9, which is ESM-only and
// therefore runs as its own process instead of inside jest; tests/support/oidc.ts starts it).
//
// Usage: node tests/support/oidc-provider.mjs [--port N]
// Env:   OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URIS (comma separated),
//        OIDC_PROVIDER_PORT (used when --port is absent; 0 or unset = any free port).
// Prints one JSON line {"issuer":"http://127.0.0.1:<port>"} on stdout once it listens.
//
// Sign-in uses the provider's built-in development interactions: a login form that accepts any
// login name (here: an email address) with any password, then a consent form. Every login name
// is an account whose claims are { sub, email, email_verified: true, name }.

import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

function fail(message) {
  process.stderr.write(`oidc-provider: ${message}\n`);
  process.exit(2);
}

function required(name) {
  const value = process.env[name];
  if (!value) fail(`environment variable ${name} is required`);
  return value;
}

const { values: args } = parseArgs({ options: { port: { type: 'string' } } });
const portText = args.port ?? process.env.OIDC_PROVIDER_PORT ?? '0';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port "${portText}"`);

const clientId = required('OIDC_CLIENT_ID');
const clientSecret = required('OIDC_CLIENT_SECRET');
const redirectUris = required('OIDC_REDIRECT_URIS')
  .split(',')
  .map((uri) => uri.trim())
  .filter(Boolean);

/** Stable, opaque subject per email address (like a real IdP's object id). */
function subjectFor(email) {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}

function displayNameFor(email) {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' };

// Listen first so that the issuer carries the real port (port 0 = pick a free one).
const server = createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});
const address = server.address();
if (!address || typeof address === 'string') fail('could not determine the listening port');
const issuer = `http://127.0.0.1:${address.port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  // Like Microsoft Entra ID: scope claims are in the ID token too, not only at userinfo.
  conformIdTokenClaims: false,
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
  features: {
    devInteractions: { enabled: true },
  },
  async findAccount(_ctx, id) {
    const email = String(id).trim().toLowerCase();
    return {
      accountId: String(id),
      async claims() {
        return { sub: subjectFor(email), email, email_verified: true, name: displayNameFor(email) };
      },
    };
  },
});
provider.on('server_error', (_ctx, error) => {
  process.stderr.write(`oidc-provider server_error: ${error?.stack ?? error}\n`);
});

server.on('request', provider.callback());

process.stdout.write(`${JSON.stringify({ issuer })}\n`);

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
