import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { KernelPorts } from '@verbinder/shared/kernel';
import { MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';

/** What the meetups services with links and feeds share: the repository, the kernel ports and the app config (public URL, claim window, rate limits). */
@Injectable()
export class MeetupsPorts {
  constructor(
    @Inject(MEETUPS_REPOSITORY) readonly repo: MeetupsRepository,
    readonly kernel: KernelPorts,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}
