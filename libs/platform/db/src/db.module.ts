import { DynamicModule, Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { ATTEMPT_LOG, UNIT_OF_WORK } from '@verbinder/shared/kernel';
import { DatabaseAttemptLog } from './attempt-log';
import { Database } from './database';
import { DatabaseUnitOfWork } from './unit-of-work';

@Global()
@Module({})
export class DbModule implements OnApplicationShutdown {
  constructor(private readonly database: Database) {}

  /** `database` is opened and migrated by the composition root before Nest starts. */
  static forRoot(database: Database): DynamicModule {
    return {
      module: DbModule,
      providers: [
        { provide: Database, useValue: database },
        DatabaseUnitOfWork,
        { provide: UNIT_OF_WORK, useExisting: DatabaseUnitOfWork },
        DatabaseAttemptLog,
        { provide: ATTEMPT_LOG, useExisting: DatabaseAttemptLog },
      ],
      exports: [Database, UNIT_OF_WORK, ATTEMPT_LOG],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
