// The identity services over in-memory fakes, for unit specs.
import { loadConfig } from '@verbinder/platform/config';
import type { Actor } from '@verbinder/shared/kernel';
import { FakeUnitOfWork, ManualClock, MemoryAttemptLog, MemoryOutbox, RecordingEvents } from '@verbinder/shared/kernel/testing';
import { AuthService } from '../auth.service';
import { OidcService } from '../oidc.service';
import { PasswordsService } from '../passwords.service';
import { MemoryIdentityRepository } from './memory-identity-repository';

export const person = (n: number, name: string, systemRole: 'BEHEERDER' | null = null): Actor => ({
  personId: `00000000-0000-4000-8000-00000000000${n}`,
  name,
  email: `${name.toLowerCase()}@example.org`,
  systemRole,
  memberships: [],
});

/** `env` adds to a test configuration (e.g. SESSION_CACHE_MS, LOGIN_RATE_LIMIT, OIDC_*). */
export function identityWorld(env: Record<string, string> = {}, iso = new Date().toISOString()) {
  const clock = new ManualClock(iso);
  const repo = new MemoryIdentityRepository();
  const events = new RecordingEvents();
  const outbox = new MemoryOutbox();
  const uow = new FakeUnitOfWork();
  const attempts = new MemoryAttemptLog();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://verbinder.example.org', ...env });
  const auth = new AuthService(repo, config, events.asPort(), clock, attempts);
  const passwords = new PasswordsService(repo, config, outbox, uow, clock, auth, attempts);
  const oidc = new OidcService(repo, config, events.asPort(), auth);
  const ann = repo.addPerson(person(1, 'Ann'));
  const bob = repo.addPerson(person(2, 'Bob'));
  const admin = repo.addPerson(person(3, 'Admin', 'BEHEERDER'));
  return { clock, repo, attempts, events, outbox, uow, config, auth, passwords, oidc, ann, bob, admin };
}
