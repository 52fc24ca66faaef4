import { DynamicModule, Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@verbinder/platform/events';
import { CLOCK, DOMAIN_EVENTS, systemClock } from '@verbinder/shared/kernel';

@Global()
@Module({})
export class EventsModule implements OnApplicationShutdown {
  constructor(private readonly bus: EventBus) {}

  static forRoot(bus: EventBus): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EventBus, useValue: bus },
        { provide: DOMAIN_EVENTS, useValue: bus },
        { provide: CLOCK, useValue: systemClock },
      ],
      exports: [EventBus, DOMAIN_EVENTS, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
