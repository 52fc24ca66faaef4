import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { ATTEMPT_LOG, AttemptLog, CLOCK, Clock, DOMAIN_EVENTS, DomainEvents, OUTBOX, Outbox, RateLimiter, UNIT_OF_WORK, UnitOfWork } from '@verbinder/shared/kernel';
import { LOKET_REPOSITORY, LoketRepository } from './loket-repository.port';

/**
 * The ports every loket service works through — its repository, the transaction, the event
 * bus, the outbox, the clock, the configuration and the rate-limit attempt log — injected once,
 * and the one rate limiter over that log and clock. No logic lives here; unit specs build it from fakes.
 */
@Injectable()
export class LoketPorts {
  readonly limiter: RateLimiter;

  constructor(
    @Inject(LOKET_REPOSITORY) readonly repo: LoketRepository,
    @Inject(UNIT_OF_WORK) readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) readonly events: DomainEvents,
    @Inject(OUTBOX) readonly outbox: Outbox,
    @Inject(CLOCK) readonly clock: Clock,
    @Inject(APP_CONFIG) readonly config: AppConfig,
    @Inject(ATTEMPT_LOG) readonly attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, clock);
  }
}
