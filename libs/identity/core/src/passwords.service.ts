import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { PersonCredentials } from '@verbinder/regions/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import { ATTEMPT_LOG, AttemptLog, CLOCK, Clock, DomainError, EMAIL_JOB, OUTBOX, Outbox, RateLimiter, UNIT_OF_WORK, UnitOfWork } from '@verbinder/shared/kernel';
import { AuthService } from './auth.service';
import { IDENTITY_REPOSITORY, IdentityRepository } from './identity-repository.port';
import { assertNotRateLimited, CLIENT_LIMIT_FACTOR, FREE_FAILURES_PER_EMAIL } from './login-rate-limit';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password';
import { sessionIdHashOf as hashToken } from './session-token';

export const PASSWORD_RESET_JOB = 'identity.password-reset';
export const PASSWORD_RESET_MINUTES = 30;
export const PASSWORD_RESET_ANSWER =
  'Als er een account bij dit e-mailadres hoort, krijg je binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en 30 minuten.';

/**
 * Passwords: setting one (admin, demo seed, the regions domain through PERSON_CREDENTIALS), the
 * forced and the voluntary change, and the reset link by e-mail (same answer for every address,
 * single use, 30 minutes). A change or reset ends the person's other sessions everywhere.
 */
@Injectable()
export class PasswordsService implements Pick<PersonCredentials, 'setPassword'> {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(IDENTITY_REPOSITORY) private readonly repo: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly auth: AuthService,
    @Inject(ATTEMPT_LOG) private readonly attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, clock);
  }

  /** Sets a password; `mustChange` (admin:create) makes the person choose their own at first sign-in. */
  async setPassword(personId: string, password: string, options: { mustChange?: boolean } = {}): Promise<void> {
    assertAcceptablePassword(password);
    await this.repo.setPasswordHash(personId, await hashPassword(password), options.mustChange ?? false);
  }

  /** The person of a live session that may do nothing but change its password, or null. */
  async sessionNeedingPasswordChange(token: string | null | undefined): Promise<string | null> {
    if (!token || token.length > 100) return null;
    const session = await this.repo.findSession(hashToken(token));
    return session && session.expiresAt.getTime() > this.clock.now().getTime() && session.mustChangePassword ? session.personId : null;
  }

  /**
   * Changes the password of the session's person (the current password is required, also for a
   * forced change). Every other session of the person ends; this one stays.
   */
  async changePassword(token: string | null | undefined, currentPassword: string, newPassword: string): Promise<void> {
    const idHash = token && token.length <= 100 ? hashToken(token) : null;
    const session = idHash ? await this.repo.findSession(idHash) : null;
    if (!idHash || !session || session.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Log eerst in.');
    }
    assertAcceptablePassword(newPassword);
    if (currentPassword === newPassword) {
      throw DomainError.badInput([{ field: 'newPassword', message: 'Kies een ander wachtwoord dan je huidige.' }]);
    }
    const person = await this.repo.loadActor(session.personId);
    const key = { pair: `change:${session.personId}`, email: `change-email:${session.personId}`, client: `change-client:${session.personId}` };
    await assertNotRateLimited(this.attempts, this.config, key);
    const hash = await this.repo.findPasswordHash(session.personId);
    if (!person || !hash || !(await verifyPassword(currentPassword ?? '', hash))) {
      await this.attempts.record([key.pair], new Date());
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, hash ? 'Je huidige wachtwoord klopt niet.' : 'Je hebt nog geen wachtwoord. Kies er een via "Wachtwoord vergeten?" op de inlogpagina.');
    }
    const newHash = await hashPassword(newPassword);
    await this.uow.run(async () => {
      await this.repo.setPasswordHash(session.personId, newHash, false);
      await this.repo.deleteSessionsOfPerson(session.personId, idHash);
    });
    await this.auth.sessionsEnded(session.personId);
  }

  /**
   * Always the same answer and the same work on this request, known address or not: the request is
   * queued (outbox) and the worker mails a link only when the address belongs to someone.
   */
  async requestPasswordReset(email: string, clientKey: string): Promise<string> {
    const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (!normalized || normalized.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(normalized)) {
      throw DomainError.badInput([{ field: 'email', message: 'Vul een geldig e-mailadres in.' }]);
    }
    const { max, windowSeconds } = this.config.loginRateLimit;
    const keys = { email: `reset-email:${normalized}`, client: `reset-client:${clientKey}` };
    await this.limiter.assertWithin([{ key: keys.client, max: max * CLIENT_LIMIT_FACTOR }], windowSeconds, 'aanvragen');
    // More than a few per address and window: the same answer, but no more mail (no mail bombing).
    const mailed = (await this.limiter.failures(keys.email, windowSeconds)).count < FREE_FAILURES_PER_EMAIL;
    await this.uow.run(async () => {
      await this.limiter.record([keys.client, keys.email]);
      if (mailed) await this.outbox.enqueue({ kind: PASSWORD_RESET_JOB, key: `${PASSWORD_RESET_JOB}:${randomBytes(16).toString('base64url')}`, payload: { email: normalized } });
    });
    return PASSWORD_RESET_ANSWER;
  }

  /** Outbox handler of PASSWORD_RESET_JOB: a single-use link (stored hashed) mailed through the outbox. */
  async sendPasswordReset(payload: { email: string }): Promise<void> {
    const personId = await this.repo.findPersonIdByEmail(String(payload.email ?? '').toLowerCase());
    const person = personId ? await this.repo.loadActor(personId) : null;
    if (!personId || !person) return;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    await this.uow.run(async () => {
      await this.repo.insertPasswordResetToken(tokenHash, personId, new Date(this.clock.now().getTime() + PASSWORD_RESET_MINUTES * 60_000));
      await this.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `password-reset:${tokenHash}`,
        payload: {
          to: person.email,
          subject: 'Nieuw wachtwoord voor Verbinder',
          text:
            `Hallo ${person.name},\n\nIemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je Verbinder-account. ` +
            `Kies een nieuw wachtwoord via deze link:\n\n${this.config.publicUrl}/wachtwoord-herstellen#${token}\n\n` +
            `De link werkt ${PASSWORD_RESET_MINUTES} minuten en één keer. Na het kiezen van een nieuw wachtwoord word je overal uitgelogd.\n` +
            `Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.\n\nMet vriendelijke groet,\nVerbinder`,
        },
      });
    });
  }

  /** Uses a reset link (once, within 30 minutes): sets the password and ends every session of the person. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const tokenHash = typeof token === 'string' && token.length >= 20 && token.length <= 100 ? hashToken(token) : null;
    const stored = tokenHash ? await this.repo.findPasswordResetToken(tokenHash) : null;
    if (!tokenHash || !stored) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link bestaat niet. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    if (stored.usedAt) throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    const now = this.clock.now();
    if (stored.expiresAt <= now) {
      throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen (hij werkt 30 minuten). Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    }
    assertAcceptablePassword(newPassword);
    const newHash = await hashPassword(newPassword);
    await this.uow.run(async () => {
      const personId = await this.repo.consumePasswordResetToken(tokenHash, now);
      if (!personId) throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
      await this.repo.setPasswordHash(personId, newHash, false);
      await this.repo.deleteSessionsOfPerson(personId, null);
    });
    await this.auth.sessionsEnded(stored.personId);
  }
}
