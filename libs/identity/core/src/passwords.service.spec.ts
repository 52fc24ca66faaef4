import { EMAIL_JOB, EmailMessage } from '@verbinder/shared/kernel';
import { outcome } from '@verbinder/shared/kernel/testing';
import { PASSWORD_RESET_ANSWER, PASSWORD_RESET_JOB } from './passwords.service';
import { identityWorld } from './testing/identity-fixtures';

// scrypt is slow on a busy machine: a transparent stand-in here (password.spec.ts checks the real one).
jest.mock('./password', () => jest.requireActual<typeof import('./testing/fast-password')>('./testing/fast-password').fastPasswordModule());

// Passwords: a forced change at first sign-in, a change that ends the other sessions, and a
// reset link by mail that answers the same for every address and works once for 30 minutes.

describe('PasswordsService', () => {
  it('makes a session with a forced change anonymous until the person chooses their own', async () => {
    const { passwords, auth, repo, ann } = identityWorld();
    expect(await outcome(passwords.setPassword(ann.personId, 'kort'))).toBe('BAD_USER_INPUT password');
    await passwords.setPassword(ann.personId, 'tijdelijk-wachtwoord', { mustChange: true });
    const { token } = await auth.issueSession(ann.personId);
    expect(await passwords.sessionNeedingPasswordChange(token)).toBe(ann.personId);
    expect(await auth.resolveSession(token)).toBeNull();
    await passwords.changePassword(token, 'tijdelijk-wachtwoord', 'mijn-eigen-wachtwoord');
    expect(await passwords.sessionNeedingPasswordChange(token)).toBeNull();
    expect(await auth.resolveSession(token)).toEqual(ann);
    expect(repo.passwords.get(ann.personId)?.mustChange).toBe(false);
  });

  it('changes a password with the current one, ending every other session of the person', async () => {
    const { passwords, auth, ann, events } = identityWorld();
    await passwords.setPassword(ann.personId, 'oud-wachtwoord-1');
    const here = await auth.issueSession(ann.personId);
    const elsewhere = await auth.issueSession(ann.personId);
    expect(await outcome(passwords.changePassword('onbekend', 'oud-wachtwoord-1', 'nieuw-wachtwoord-1'))).toBe('UNAUTHENTICATED');
    expect(await outcome(passwords.changePassword(here.token, 'oud-wachtwoord-1', 'oud-wachtwoord-1'))).toBe('BAD_USER_INPUT newPassword');
    expect(await outcome(passwords.changePassword(here.token, 'fout-wachtwoord', 'nieuw-wachtwoord-1'))).toBe('INVALID_CREDENTIALS');
    await passwords.changePassword(here.token, 'oud-wachtwoord-1', 'nieuw-wachtwoord-1');
    expect(await auth.resolveSession(here.token)).toEqual(ann);
    expect(await auth.resolveSession(elsewhere.token)).toBeNull();
    expect(events.of('identity.sessions-changed')).toEqual([{ sessionIdHash: null, personId: ann.personId }]);
    expect((await auth.signInWithPassword('ann@example.org', 'nieuw-wachtwoord-1', 'ip')).actor).toEqual(ann);
  });

  it('answers a reset request the same for every address and mails a link only to a known one', async () => {
    const { passwords, outbox, ann } = identityWorld();
    expect(await outcome(passwords.requestPasswordReset('geen-adres', 'ip-1'))).toBe('BAD_USER_INPUT email');
    expect(await passwords.requestPasswordReset(' ANN@example.org ', 'ip-1')).toBe(PASSWORD_RESET_ANSWER);
    expect(await passwords.requestPasswordReset('niemand@example.org', 'ip-1')).toBe(PASSWORD_RESET_ANSWER);
    const jobs = outbox.payloadsOf<{ email: string }>(PASSWORD_RESET_JOB);
    expect(jobs).toEqual([{ email: 'ann@example.org' }, { email: 'niemand@example.org' }]);
    for (const job of jobs) await passwords.sendPasswordReset(job);
    const mails = outbox.payloadsOf<EmailMessage>(EMAIL_JOB);
    expect(mails).toEqual([expect.objectContaining({ to: ann.email, text: expect.stringContaining('https://verbinder.example.org/wachtwoord-herstellen#') })]);
  });

  it('stops mailing one address after a few requests, with the same answer', async () => {
    const { passwords, outbox } = identityWorld();
    for (let i = 0; i < 7; i++) expect(await passwords.requestPasswordReset('ann@example.org', `ip-${i}`)).toBe(PASSWORD_RESET_ANSWER);
    expect(outbox.payloadsOf(PASSWORD_RESET_JOB)).toHaveLength(5);
  });

  it('resets with a link once, within 30 minutes, ending every session', async () => {
    const { passwords, auth, outbox, ann, clock } = identityWorld();
    const session = await auth.issueSession(ann.personId);
    const linkToken = async () => {
      await passwords.sendPasswordReset({ email: 'ann@example.org' });
      return /#(\S+)/.exec(outbox.payloadsOf<EmailMessage>(EMAIL_JOB).at(-1)!.text)![1];
    };
    const token = await linkToken();
    expect(await outcome(passwords.resetPassword('x'.repeat(30), 'nieuw-wachtwoord-1'))).toBe('LINK_INVALID');
    expect(await outcome(passwords.resetPassword(token, 'kort'))).toBe('BAD_USER_INPUT password');
    await passwords.resetPassword(token, 'nieuw-wachtwoord-1');
    expect(await auth.resolveSession(session.token)).toBeNull();
    expect(await outcome(passwords.resetPassword(token, 'nog-een-wachtwoord'))).toBe('LINK_USED');
    const late = await linkToken();
    clock.advance(30 * 60_000);
    expect(await outcome(passwords.resetPassword(late, 'nog-een-wachtwoord'))).toBe('LINK_EXPIRED');
  });
});
