import { DynamicModule, Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@verbinder/platform/events';
import { CLOCK, DOMAIN_EVENTS, systemClock } from '@verbinder/shared/kernel';

@Global()
@Module({})
export class EventsModule implements OnApplicationShutdown {
  constructor(private readonly bus: EventBus) {}

  /** `clockOffsetMs` (CLOCK_OFFSET_DAYS, refused in production): the CLOCK every service reads runs that far ahead. */
  static forRoot(bus: EventBus, clockOffsetMs = 0): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EventBus, useValue: bus },
        { provide: DOMAIN_EVENTS, useValue: bus },
        { provide: CLOCK, useValue: clockOffsetMs === 0 ? systemClock : { now: () => new Date(Date.now() + clockOffsetMs) } },
      ],
      exports: [EventBus, DOMAIN_EVENTS, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
