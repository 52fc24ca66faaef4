import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { globalCoreModule } from '@verbinder/shared/kernel';
import { NotificationsService } from './notifications.service';

@Module({})
export class NotificationsCoreModule {
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(NotificationsCoreModule, options, [NotificationsService], [NotificationsService]);
  }
}
