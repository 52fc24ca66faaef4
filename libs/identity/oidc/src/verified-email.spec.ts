import { entraTenantOf, verifiedEmail } from './oidc.client';

describe('verifiedEmail: the rule per issuer', () => {
  it('never treats a missing or false email_verified as verified (other issuers)', () => {
    expect(verifiedEmail({ email: 'a@x.nl' }, {}, false)).toEqual({ email: 'a@x.nl', verified: false });
    expect(verifiedEmail({ email: 'a@x.nl', email_verified: 'true' }, {}, false).verified).toBe(false);
    expect(verifiedEmail({ email: 'A@X.nl', email_verified: true }, {}, false)).toEqual({ email: 'a@x.nl', verified: true });
    expect(verifiedEmail({ email: 'a@x.nl', email_verified: true }, { email_verified: false }, false).verified).toBe(false);
    expect(verifiedEmail({}, { email: 'a@x.nl', email_verified: true }, false)).toEqual({ email: 'a@x.nl', verified: true });
    expect(verifiedEmail({ email: 'a@x.nl', email_verified: true }, { email: 'b@x.nl', email_verified: true }, false).verified).toBe(false);
    expect(verifiedEmail({ email_verified: true }, {}, false)).toEqual({ email: null, verified: false });
  });

  it("uses Microsoft's verified-domain signal for Entra, not email or email_verified", () => {
    expect(verifiedEmail({ email: 'a@x.nl', email_verified: true }, { email_verified: true }, true).verified).toBe(false);
    expect(verifiedEmail({ email: 'a@x.nl', xms_edov: true }, {}, true).verified).toBe(true);
    expect(verifiedEmail({ email: 'a@x.nl', xms_edov: false }, {}, true).verified).toBe(false);
    expect(verifiedEmail({ email: 'a@x.nl', verified_primary_email: ['A@x.nl'] }, {}, true).verified).toBe(true);
    expect(verifiedEmail({ email: 'a@x.nl', verified_secondary_email: ['b@x.nl'] }, {}, true).verified).toBe(false);
  });

  it('reads the tenant of a single-tenant Entra issuer only', () => {
    expect(entraTenantOf('https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0')).toBe('11111111-2222-4333-8444-555555555555');
    expect(entraTenantOf('https://login.microsoftonline.com/organizations/v2.0')).toBeNull();
    expect(entraTenantOf('https://idp.example.org/11111111-2222-4333-8444-555555555555')).toBeNull();
  });
});
