// SessionWatch with the real AuthService, the identity repository on PGlite and the event bus:
// a live connection is told when its session expires (by its own timer, without any event),
// when it is signed out, and when the person's sessions are ended; other people's connections
// are left alone.
import { randomBytes } from 'node:crypto';
import { AuthService, SessionWatch, sessionIdHashOf } from '@verbinder/identity/core';
import { DrizzleIdentityRepository } from '@verbinder/identity/data-access';
import { loadConfig } from '@verbinder/platform/config';
import { Database, DatabaseAttemptLog } from '@verbinder/platform/db';
import { EventBus, JsonLogger } from '@verbinder/platform/events';
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import type { Actor } from '@verbinder/shared/kernel';
import { openTestDatabase } from '../support/test-database';

describe('SessionWatch on PGlite', () => {
  let database: Database;
  let close: () => Promise<void>;
  let repo: DrizzleIdentityRepository;
  let people: DrizzleRegionsRepository;
  let events: EventBus;
  let auth: AuthService;
  let watch: SessionWatch;

  /** A stored session for the person; returns its token. */
  const session = async (personId: string, expiresInMs: number): Promise<string> => {
    const token = randomBytes(32).toString('base64url');
    await repo.insertSession(sessionIdHashOf(token), personId, new Date(Date.now() + expiresInMs));
    return token;
  };

  /** Watches a token; resolves with the first change the watch reports. */
  const watched = async (token: string): Promise<{ change: Promise<Actor | null>; stop: () => void }> => {
    let report: (actor: Actor | null) => void = () => undefined;
    const change = new Promise<Actor | null>((resolve) => (report = resolve));
    const stop = await watch.watch(token, (actor) => report(actor));
    if (!stop) throw new Error('session not found');
    return { change, stop };
  };

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase('pglite', 'verbinder_session_watch'));
    await database.migrate();
    repo = new DrizzleIdentityRepository(database);
    people = new DrizzleRegionsRepository(database);
    events = new EventBus(new JsonLogger('error'));
    auth = new AuthService(repo, loadConfig({}), events, { now: () => new Date() }, new DatabaseAttemptLog(database));
    watch = new SessionWatch(auth, events);
  }, 60_000);

  afterAll(async () => {
    watch?.onModuleDestroy();
    auth?.onModuleDestroy();
    await events?.close();
    await close?.();
  });

  it('reports an expired session by its own timer, and signed-out and ended sessions at once, only for their person', async () => {
    const ann = await people.insertPerson({ name: 'Ann', email: 'ann@watch.example', jobTitle: null, systemRole: null });
    const bob = await people.insertPerson({ name: 'Bob', email: 'bob@watch.example', jobTitle: null, systemRole: null });

    const expiring = await watched(await session(ann.id, 1500));
    expect(await expiring.change).toBeNull();

    const signedOut = await watched(await session(ann.id, 3_600_000));
    const signOutToken = await session(ann.id, 3_600_000);
    const other = await watched(signOutToken);
    await auth.signOut(signOutToken);
    expect(await other.change).toBeNull();

    let bobChanged = false;
    const bobs = await watched(await session(bob.id, 3_600_000));
    void bobs.change.then(() => (bobChanged = true));
    await auth.endSessionsOf(ann.id);
    expect(await signedOut.change).toBeNull();
    expect(bobChanged).toBe(false);
    expect(await auth.resolveSession(signOutToken)).toBeNull();
    bobs.stop();
  }, 30_000);
});
