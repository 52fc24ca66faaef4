import { DomainError } from '@verbinder/shared/kernel';
import { outcome } from '@verbinder/shared/kernel/testing';
import { sessionIdHashOf } from './auth.service';
import { identityWorld } from './testing/identity-fixtures';

// scrypt is slow on a busy machine: a transparent stand-in here (password.spec.ts checks the real one).
jest.mock('./password', () => jest.requireActual<typeof import('./testing/fast-password')>('./testing/fast-password').fastPasswordModule());

// Sign-in and sessions: the same refusal for a wrong address or password, the back-off, demo
// personas only in demo mode, a token stored only as its hash, and a session cache that forgets
// at once when a session ends or rights change.

describe('AuthService', () => {
  it('signs in with the right password only, storing the session by its hash', async () => {
    const { auth, passwords, repo, attempts, ann, clock } = identityWorld({ SESSION_TTL_HOURS: '8' });
    await passwords.setPassword(ann.personId, 'een-lang-wachtwoord');
    expect(await outcome(auth.signInWithPassword('ann@example.org', 'verkeerd-wachtwoord', 'ip-1'))).toBe('INVALID_CREDENTIALS');
    expect(await outcome(auth.signInWithPassword('niemand@example.org', 'een-lang-wachtwoord', 'ip-1'))).toBe('INVALID_CREDENTIALS');
    expect(await outcome(auth.signInWithPassword(' ', 'x', 'ip-1'))).toBe('BAD_USER_INPUT email');
    expect(await outcome(auth.signInWithPassword('ann@example.org', '', 'ip-1'))).toBe('BAD_USER_INPUT password');
    const session = await auth.signInWithPassword(' ANN@example.org ', 'een-lang-wachtwoord', 'ip-1');
    expect(session.actor.personId).toBe(ann.personId);
    expect(session.expiresAt.getTime()).toBe(clock.now().getTime() + 8 * 3600_000);
    expect([...repo.sessions.keys()]).toEqual([sessionIdHashOf(session.token)]);
    expect(await auth.resolveSession(session.token)).toEqual(ann);
    expect(attempts.rows.filter((a) => a.succeeded).map((a) => a.key)).toEqual(['pair:ann@example.org|ip-1']);
  });

  it('refuses further tries of one address and client with RATE_LIMITED and a wait', async () => {
    const { auth, ann, passwords } = identityWorld({ LOGIN_RATE_LIMIT: '2', LOGIN_RATE_WINDOW_SECONDS: '600' });
    await passwords.setPassword(ann.personId, 'een-lang-wachtwoord');
    for (let i = 0; i < 2; i++) await outcome(auth.signInWithPassword('ann@example.org', 'fout', 'ip-1'));
    const refusal = await auth.signInWithPassword('ann@example.org', 'een-lang-wachtwoord', 'ip-1').catch((e: DomainError) => e);
    expect(refusal).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 600 } });
    expect((await auth.signInWithPassword('ann@example.org', 'een-lang-wachtwoord', 'ip-2')).actor.personId).toBe(ann.personId);
  });

  it('gives a session nothing once expired, signed out or ended', async () => {
    const { auth, passwords, ann, bob, clock, events } = identityWorld({ SESSION_TTL_HOURS: '1', SESSION_CACHE_MS: '60000' });
    await passwords.setPassword(ann.personId, 'een-lang-wachtwoord');
    const first = await auth.signInWithPassword('ann@example.org', 'een-lang-wachtwoord', 'ip-1');
    const second = await auth.issueSession(ann.personId);
    const bobs = await auth.issueSession(bob.personId);
    expect(await auth.sessionOf(first.token)).toMatchObject({ actor: ann, idHash: sessionIdHashOf(first.token) });
    await auth.signOut(first.token);
    expect(await auth.resolveSession(first.token)).toBeNull();
    expect(events.of('identity.sessions-changed')).toEqual([{ sessionIdHash: sessionIdHashOf(first.token) }]);
    await auth.endSessionsOf(ann.personId);
    expect(await auth.resolveSession(second.token)).toBeNull();
    expect(await auth.resolveSession(bobs.token)).toEqual(bob);
    clock.advance(3600_000);
    expect(await auth.resolveSession(bobs.token)).toBeNull();
    expect(await auth.resolveSession('x'.repeat(101))).toBeNull();
    expect(await auth.resolveSession(null)).toBeNull();
  });

  it('reuses a resolved session for the cache time and forgets it when rights change', async () => {
    const { auth, repo, ann, clock, events } = identityWorld({ SESSION_CACHE_MS: '5000' });
    const { token } = await auth.issueSession(ann.personId);
    repo.actorLoads = 0;
    await auth.resolveSession(token);
    await auth.resolveSession(token);
    expect(repo.actorLoads).toBe(1);
    clock.advance(5001);
    await auth.resolveSession(token);
    expect(repo.actorLoads).toBe(2);
    await events.emit('region.activity', { regionId: 'r', entity: 'membership', entityId: 'm', action: 'created', actorId: 'a', actorName: 'A', at: '' });
    await auth.resolveSession(token);
    expect(repo.actorLoads).toBe(3);
    await events.emit('identity.sessions-changed', { sessionIdHash: null, personId: ann.personId });
    await auth.sessionOf(token);
    await auth.sessionOf(token, { fresh: true });
    expect(repo.actorLoads).toBe(5);
    auth.onModuleDestroy();
    await events.emit('events.resync', {} as never);
    await auth.resolveSession(token);
    expect(repo.actorLoads).toBe(5);
  });

  it('offers demo personas only in demo mode', async () => {
    const off = identityWorld({ DEMO_MODE: 'false' });
    expect(off.auth.demoPersonas()).toEqual([]);
    expect(await outcome(off.auth.signInAsDemo('verbinder'))).toBe('DEMO_DISABLED');
    const on = identityWorld({ DEMO_MODE: 'true' });
    const [persona] = on.auth.demoPersonas();
    expect(await outcome(on.auth.signInAsDemo('bestaat-niet'))).toBe('BAD_USER_INPUT key');
    expect(await outcome(on.auth.signInAsDemo(persona.key))).toBe('NOT_FOUND');
    on.repo.addPerson({ personId: '00000000-0000-4000-8000-000000000009', name: 'Demo', email: persona.email, systemRole: null, memberships: [] });
    expect((await on.auth.signInAsDemo(persona.key)).actor.name).toBe('Demo');
  });

  it('purges expired sessions, old attempts and requested links by the retention rules', async () => {
    const { auth, repo, attempts, ann } = identityWorld({ LOGIN_RATE_WINDOW_SECONDS: '900' });
    const now = new Date('2026-12-01T12:00:00Z');
    await repo.insertSession('old', ann.personId, new Date('2026-12-01T11:00:00Z'));
    await repo.insertSession('live', ann.personId, new Date('2026-12-01T13:00:00Z'));
    await attempts.record(['k'], new Date('2026-11-30T11:59:00Z'));
    await attempts.record(['k'], new Date('2026-11-30T12:01:00Z'));
    await attempts.record(['k'], new Date('2026-11-20T12:00:00Z'), true);
    await repo.upsertOidcLink('https://idp', 'sub', ann.personId, null);
    expect(await auth.purgeExpired(now)).toEqual({ sessions: 1, loginAttempts: 1, resetLinks: 0, requestedLinks: 1 });
    expect([...repo.sessions.keys()]).toEqual(['live']);
  });
});
