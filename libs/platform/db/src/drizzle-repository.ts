import { Injectable, InjectionToken, ModuleMetadata, Type } from '@nestjs/common';
import { DomainError } from '@verbinder/shared/kernel';
import { inArray, SQL } from 'drizzle-orm';
import { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { Database, Db, isUniqueViolation } from './database';

/**
 * What every domain's drizzle repository starts from: the Database, its drizzle handle, and the
 * lookups and insert every repository writes the same way (the batch lookup behind each DataLoader,
 * one row by a condition, one row inserted or changed and returned, rows deleted).
 */
@Injectable()
export abstract class DrizzleRepository {
  constructor(protected readonly database: Database) {}

  /** The database itself, or the current transaction inside `database.transaction`. */
  protected get db(): Db {
    return this.database.db;
  }

  /** The rows whose `column` is one of `ids` (no query for none), in `orderBy` order. */
  protected async findIn<T extends PgTable>(table: T, column: PgColumn, ids: readonly string[], ...orderBy: Array<SQL | PgColumn>): Promise<Array<T['$inferSelect']>> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select()
      .from(table as PgTable)
      .where(inArray(column, [...ids]))
      .orderBy(...orderBy);
    return rows as Array<T['$inferSelect']>;
  }

  /** The row of `table` that `where` finds, or null. */
  protected async findOne<T extends PgTable>(table: T, where: SQL | undefined): Promise<T['$inferSelect'] | null> {
    const [row] = await this.db
      .select()
      .from(table as PgTable)
      .where(where);
    return (row as T['$inferSelect'] | undefined) ?? null;
  }

  /** Inserts one row and returns it as stored (with its defaults). */
  protected async insertOne<T extends PgTable>(table: T, values: T['$inferInsert']): Promise<T['$inferSelect']> {
    const [row] = await this.db
      .insert(table as PgTable)
      .values(values as PgInsertValue<PgTable>)
      .returning();
    return row as T['$inferSelect'];
  }

  /** Changes the row that `where` finds and returns it as stored. */
  protected async updateOne<T extends PgTable>(table: T, where: SQL, values: Partial<T['$inferInsert']>): Promise<T['$inferSelect']> {
    const [row] = await this.db
      .update(table as PgTable)
      .set(values as PgUpdateSetSource<PgTable>)
      .where(where)
      .returning();
    return row as T['$inferSelect'];
  }

  /** Deletes the rows that `where` finds; true when there were any (`key` is the column returned to count them). */
  protected async deleteWhere(table: PgTable, where: SQL | undefined, key: PgColumn): Promise<boolean> {
    const rows = await this.db.delete(table).where(where).returning({ key });
    return rows.length > 0;
  }
}

/** Runs a write and turns a unique violation into the domain's CONFLICT, with a message a person understands. */
export async function conflictOnUnique<T>(work: Promise<T>, message: string, field: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw DomainError.conflict(message, field);
    throw error;
  }
}

/**
 * A data-access module's metadata: each repository class, bound to the port token its core injects,
 * with only the tokens exported (`@Module(repositoryModule([[LOKET_REPOSITORY, DrizzleLoketRepository]]))`).
 */
export function repositoryModule(bindings: Array<[token: InjectionToken, repository: Type<DrizzleRepository>]>): ModuleMetadata {
  return {
    providers: bindings.flatMap(([token, repository]) => [repository, { provide: token, useExisting: repository }]),
    exports: bindings.map(([token]) => token),
  };
}
