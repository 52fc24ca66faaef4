import { OidcClaims, OidcSignInRefused } from './oidc.service';
import { identityWorld } from './testing/identity-fixtures';
import { outcome } from '@verbinder/shared/kernel/testing';

// OIDC: a first sign-in links by a verified address only when the person has no link yet; a
// second subject waits for confirmation; Entra tenants are held to the allowed list.

const claims = (over: Partial<OidcClaims> = {}): OidcClaims => ({
  issuer: 'https://idp.example.org',
  subject: 'sub-1',
  email: 'ann@example.org',
  emailVerified: true,
  tenantId: null,
  issuerTenantId: null,
  idToken: 'id-token-1',
  ...over,
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (e: unknown) => (e instanceof OidcSignInRefused ? e.reason : String(e)),
  );

describe('OidcService', () => {
  it('links a first subject by a verified address and signs in by the link after that', async () => {
    const { oidc, repo, ann } = identityWorld();
    expect(await refusal(oidc.signInWithOidc(claims({ emailVerified: false })))).toBe('email-unverified');
    expect(await refusal(oidc.signInWithOidc(claims({ email: 'niemand@example.org' })))).toBe('unknown-account');
    const session = await oidc.signInWithOidc(claims());
    expect(session.actor).toEqual(ann);
    expect(repo.links).toEqual([expect.objectContaining({ personId: ann.personId, subject: 'sub-1', confirmedAt: expect.any(Date) })]);
    expect(await oidc.oidcIdTokenOf(session.token)).toBe('id-token-1');
    expect((await oidc.signInWithOidc(claims({ email: null, emailVerified: false }))).actor).toEqual(ann);
  });

  it('records a second subject as a request the person confirms', async () => {
    const { oidc, ann, admin, bob } = identityWorld();
    await oidc.signInWithOidc(claims());
    expect(await refusal(oidc.signInWithOidc(claims({ subject: 'sub-2' })))).toBe('confirmation-needed');
    expect(await outcome(oidc.confirmOidcLink(bob, ann.personId, 'https://idp.example.org', 'sub-2'))).toBe('FORBIDDEN');
    expect(await outcome(oidc.confirmOidcLink(ann, ann.personId, 'https://idp.example.org', 'sub-3'))).toBe('NOT_FOUND');
    const links = await oidc.confirmOidcLink(admin, ann.personId, 'https://idp.example.org', 'sub-2');
    expect(links.every((l) => l.confirmedAt)).toBe(true);
    expect((await oidc.signInWithOidc(claims({ subject: 'sub-2' }))).actor).toEqual(ann);
  });

  it('lets a signed-in person link an identity unless it belongs to someone else', async () => {
    const { oidc, ann, bob, events } = identityWorld();
    await oidc.linkOidcIdentity(ann.personId, claims({ email: null, emailVerified: false }));
    expect(await refusal(oidc.linkOidcIdentity(bob.personId, claims()))).toBe('linked-to-other');
    expect(await outcome(oidc.listOidcLinks(bob, ann.personId))).toBe('FORBIDDEN');
    expect(await oidc.listOidcLinks(ann, ann.personId)).toHaveLength(1);
    expect(await oidc.removeOidcLink(ann, ann.personId, 'https://idp.example.org', 'sub-1')).toEqual([]);
    expect(events.of('identity.sessions-changed')).toEqual([{ sessionIdHash: null, personId: ann.personId }]);
    expect(await outcome(oidc.removeOidcLink(ann, ann.personId, 'https://idp.example.org', 'sub-1'))).toBe('NOT_FOUND');
  });

  it('admits Microsoft Entra users of the allowed tenants only', async () => {
    const tenant = '11111111-2222-4333-8444-555555555555';
    const entra = { issuer: `https://login.microsoftonline.com/${tenant}/v2.0`, issuerTenantId: tenant };
    const single = identityWorld();
    expect(await refusal(single.oidc.signInWithOidc(claims({ ...entra, tenantId: 'aaaaaaaa-2222-4333-8444-555555555555' })))).toBe('tenant-not-allowed');
    expect(await refusal(single.oidc.signInWithOidc(claims({ ...entra, tenantId: null })))).toBe('tenant-not-allowed');
    expect(await refusal(single.oidc.signInWithOidc(claims({ tenantId: tenant })))).toBe('tenant-not-allowed');
    expect(await refusal(single.oidc.signInWithOidc(claims({ ...entra, tenantId: tenant })))).toBe('OK');
    const listed = identityWorld({
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/organizations/v2.0',
      OIDC_CLIENT_ID: 'verbinder',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_ALLOWED_TENANT_IDS: tenant,
    });
    const organizations = { issuer: 'https://login.microsoftonline.com/organizations/v2.0', issuerTenantId: null };
    expect(await refusal(listed.oidc.linkOidcIdentity(listed.ann.personId, claims({ ...organizations, tenantId: 'aaaaaaaa-2222-4333-8444-555555555555' })))).toBe('tenant-not-allowed');
    expect(await refusal(listed.oidc.linkOidcIdentity(listed.ann.personId, claims({ ...organizations, tenantId: tenant })))).toBe('OK');
  });
});
