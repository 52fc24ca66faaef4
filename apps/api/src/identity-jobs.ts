import { Injectable, OnModuleInit } from '@nestjs/common';
import { PASSWORD_RESET_JOB, PasswordsService } from '@verbinder/identity/core';
import { OutboxWorker } from '@verbinder/platform/outbox';

/** Registers the identity's outbox handler (password-reset links) on this node's worker. */
@Injectable()
export class IdentityJobs implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxWorker,
    private readonly passwords: PasswordsService,
  ) {}

  onModuleInit(): void {
    this.outbox.register(PASSWORD_RESET_JOB, (payload) => this.passwords.sendPasswordReset(payload as { email: string }));
  }
}
