import { Inject, Injectable, Optional } from '@nestjs/common';
import { Clock, KernelPorts, Outbox, UnitOfWork } from '@verbinder/shared/kernel';
import { TEAMS_DRIVE, TeamsDrivePort } from '../teams-drive.port';
import { TEAMS_MIRROR_REPOSITORY, TeamsMirrorRepository } from './mirror-repository.port';
import { TEAMS_MIRROR_SETTINGS, TeamsMirrorSettings } from './mirror.types';

/**
 * The ports the Teams mirror's services work through — the mirror repository, its settings, the
 * drive (null while Teams is not configured), the transaction, the outbox and the clock —
 * injected once, like `LoketPorts`. No logic lives here; unit specs build it from fakes.
 */
@Injectable()
export class TeamsMirrorPorts {
  readonly uow: UnitOfWork;
  readonly outbox: Outbox;
  readonly clock: Clock;

  constructor(
    @Inject(TEAMS_MIRROR_REPOSITORY) readonly repo: TeamsMirrorRepository,
    @Inject(TEAMS_MIRROR_SETTINGS) readonly settings: TeamsMirrorSettings,
    @Optional() @Inject(TEAMS_DRIVE) readonly drive: TeamsDrivePort | null,
    kernel: KernelPorts,
  ) {
    this.uow = kernel.uow;
    this.outbox = kernel.outbox;
    this.clock = kernel.clock;
  }
}
