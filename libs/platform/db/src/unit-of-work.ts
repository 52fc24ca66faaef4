import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@verbinder/shared/kernel';
import { Database } from './database';

@Injectable()
export class DatabaseUnitOfWork implements UnitOfWork {
  constructor(private readonly database: Database) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }

  afterCommit(hook: () => unknown): void {
    this.database.afterCommit(hook);
  }
}
