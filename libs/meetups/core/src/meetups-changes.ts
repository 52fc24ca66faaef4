import { Inject, Injectable } from '@nestjs/common';
import { KernelPorts } from '@verbinder/shared/kernel';
import { MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import type { Activity, PlaceCounts } from './meetups.types';
import { placesLeft } from './meetups-rules';

/** How the meetups services write: place counts, and one transaction per change followed by `meetups.changed`. */
@Injectable()
export class MeetupsChanges {
  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    private readonly kernel: KernelPorts,
  ) {}

  /** Counts per activity in the order of `ids` (zeros for an activity without registrations). */
  placeCounts = async (ids: readonly string[]): Promise<PlaceCounts[]> => {
    const counts = await this.repo.placeCounts(ids);
    return ids.map((id) => counts.find((c) => c.activityId === id) ?? { activityId: id, confirmed: 0, offered: 0, waitlisted: 0 });
  };

  /** One transaction; afterwards `meetups.changed` with the places left of the activity. */
  write<T>(regionId: string, kind: string, work: () => Promise<{ activity: Activity | null; result: T }>): Promise<T> {
    return this.kernel.uow.run(async () => {
      const { activity, result } = await work();
      const left = activity ? placesLeft(activity, (await this.placeCounts([activity.id]))[0]) : null;
      this.kernel.uow.afterCommit(() => this.kernel.events.emit('meetups.changed', { regionId, activityId: activity?.id ?? null, kind, placesLeft: left, at: this.kernel.clock.now().toISOString() }));
      return result;
    });
  }
}
