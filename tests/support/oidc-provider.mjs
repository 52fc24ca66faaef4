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
//
// An attacker's claims: the login name may carry overrides after a `?`, as in
// `ceo@example.org?tid=<guid>&email_verified=false&omit=email_verified`: `true`/`false` become
// booleans, `omit` (repeatable) removes a claim, and `verified_primary_email` becomes a list. The
// subject (`sub`) is the whole login name, so the same address with any suffix (e.g. `&sub=two`) is
// another subject with the same e-mail. Claims that Microsoft Entra sends (tid, xms_edov, verified_*_email) are part of the
// `openid` scope here, so they reach the ID token.
// RP-initiated logout (end_session_endpoint) is on; OIDC_POST_LOGOUT_REDIRECT_URIS (comma separated)
// defaults to each redirect URI's origin + /inloggen?uitgelogd=1.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
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

const postLogoutRedirectUris = (process.env.OIDC_POST_LOGOUT_REDIRECT_URIS || redirectUris.map((uri) => `${new URL(uri).origin}/inloggen?uitgelogd=1`).join(','))
  .split(',')
  .map((uri) => uri.trim())
  .filter(Boolean);

const ENTRA_CLAIMS = ['tid', 'xms_edov', 'verified_primary_email', 'verified_secondary_email'];

/** The login name's email and claim overrides (see the header). */
function parseLogin(login) {
  const text = String(login).trim();
  const at = text.indexOf('?');
  const email = (at < 0 ? text : text.slice(0, at)).toLowerCase();
  const overrides = {};
  const omit = [];
  for (const [name, raw] of new URLSearchParams(at < 0 ? '' : text.slice(at + 1))) {
    if (name === 'omit') omit.push(raw);
    else if (name === 'sub')
      continue; // only makes the login name (the subject) different
    else if (name === 'verified_primary_email' || name === 'verified_secondary_email') overrides[name] = [raw];
    else overrides[name] = raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  return { email, overrides, omit };
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
      post_logout_redirect_uris: postLogoutRedirectUris,
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub', ...ENTRA_CLAIMS],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  // Like Microsoft Entra ID: scope claims are in the ID token too, not only at userinfo.
  conformIdTokenClaims: false,
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  async findAccount(_ctx, id) {
    const { email, overrides, omit } = parseLogin(id);
    return {
      accountId: String(id),
      async claims() {
        const claims = { sub: String(id), email, email_verified: true, name: displayNameFor(email), ...overrides };
        for (const name of omit) delete claims[name];
        return claims;
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
