import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthService, PASSWORD_RESET_JOB } from '@verbinder/identity/core';
import { OutboxWorker } from '@verbinder/platform/outbox';

/** Registers the identity's outbox handler (password-reset links) on this node's worker. */
@Injectable()
export class IdentityJobs implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxWorker,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.outbox.register(PASSWORD_RESET_JOB, (payload) => this.auth.sendPasswordReset(payload as { email: string }));
  }
}
