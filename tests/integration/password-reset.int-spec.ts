// Password-reset links on both drivers, with the service's injected clock instead of waiting 30
// minutes: a link works until 30 minutes after it was mailed and then answers LINK_EXPIRED; only
// its SHA-256 is stored; the mail goes through the outbox.
import { createHash } from 'node:crypto';
import { AuthService, PASSWORD_RESET_JOB, PASSWORD_RESET_MINUTES, PasswordsService } from '@verbinder/identity/core';
import { DrizzleIdentityRepository, passwordResetTokens } from '@verbinder/identity/data-access';
import { loadConfig } from '@verbinder/platform/config';
import { DatabaseAttemptLog, DatabaseUnitOfWork } from '@verbinder/platform/db';
import { EventBus, JsonLogger } from '@verbinder/platform/events';
import { DatabaseOutbox, outbox } from '@verbinder/platform/outbox';
import { DrizzleRegionsRepository } from '@verbinder/regions/data-access';
import { DomainError, EMAIL_JOB } from '@verbinder/shared/kernel';
import { eq } from 'drizzle-orm';
import { describeOnBothDrivers } from '../support/test-database';

describeOnBothDrivers('password-reset links', 'verbinder_reset', (database, driver) => {
  let sessions: AuthService;
  let auth: PasswordsService;
  let events: EventBus;
  const now = { value: new Date('2026-12-01T12:00:00Z') };
  const email = `reset-${driver}@example.org`;

  beforeAll(async () => {
    await new DrizzleRegionsRepository(database()).insertPerson({ name: 'Reset Persoon', email, jobTitle: null, systemRole: null });
    events = new EventBus(new JsonLogger('error'));
    const repo = new DrizzleIdentityRepository(database());
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://verbinder.example.org' });
    const clock = { now: () => now.value };
    const attempts = new DatabaseAttemptLog(database());
    sessions = new AuthService(repo, config, events, clock, attempts);
    auth = new PasswordsService(repo, config, new DatabaseOutbox(database()), new DatabaseUnitOfWork(database()), clock, sessions, attempts);
  }, 60_000);

  afterAll(async () => {
    sessions?.onModuleDestroy();
  });

  /** Runs the queued reset job like the outbox worker and returns the token from the queued mail. */
  async function mailedToken(): Promise<string> {
    const jobs = await database().db.select().from(outbox).where(eq(outbox.kind, PASSWORD_RESET_JOB));
    const job = jobs.at(-1);
    if (!job) throw new Error('no reset job queued');
    await auth.sendPasswordReset(job.payload as { email: string });
    await database().db.delete(outbox).where(eq(outbox.id, job.id));
    const mails = await database().db.select().from(outbox).where(eq(outbox.kind, EMAIL_JOB));
    const text = (mails.at(-1)?.payload as { to: string; text: string }).text;
    const token = /wachtwoord-herstellen#([A-Za-z0-9_-]+)/.exec(text)?.[1];
    if (!token) throw new Error('no link in the mail');
    return token;
  }

  const codeOf = async (work: Promise<unknown>) => {
    try {
      await work;
      return 'OK';
    } catch (error) {
      return error instanceof DomainError ? error.code : String(error);
    }
  };

  it(`accepts a link until ${PASSWORD_RESET_MINUTES} minutes after it was mailed, and refuses it after`, async () => {
    await auth.requestPasswordReset(email, `int-${driver}`);
    const late = await mailedToken();
    await auth.requestPasswordReset(email, `int-${driver}`);
    const inTime = await mailedToken();
    // Only the hash is stored.
    const hashes = (await database().db.select({ hash: passwordResetTokens.tokenHash }).from(passwordResetTokens)).map((r) => r.hash);
    expect(hashes).toContain(createHash('sha256').update(late).digest('base64url'));
    expect(hashes).not.toContain(late);

    now.value = new Date(now.value.getTime() + (PASSWORD_RESET_MINUTES - 1) * 60_000);
    expect(await codeOf(auth.resetPassword(inTime, 'binnen-de-tijd-gekozen'))).toBe('OK');
    now.value = new Date(now.value.getTime() + 2 * 60_000);
    expect(await codeOf(auth.resetPassword(late, 'te-laat-gekozen-wachtwoord'))).toBe('LINK_EXPIRED');
  });
});
