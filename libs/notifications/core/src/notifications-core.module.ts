import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { NotificationsService } from './notifications.service';

@Module({})
export class NotificationsCoreModule {
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: NotificationsCoreModule,
      global: true,
      imports: options.imports,
      providers: [NotificationsService],
      exports: [NotificationsService],
    };
  }
}
