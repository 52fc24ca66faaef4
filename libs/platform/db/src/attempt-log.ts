import { Injectable } from '@nestjs/common';
import type { AttemptLog } from '@verbinder/shared/kernel';
import { and, eq, gte, lt, or, sql } from 'drizzle-orm';
import { Database } from './database';
import { rateLimitAttempts as attempts } from './rate-limit.tables';

/** The AttemptLog on the database: counts hold across nodes; writes join the current transaction. */
@Injectable()
export class DatabaseAttemptLog implements AttemptLog {
  constructor(private readonly database: Database) {}

  async record(keys: readonly string[], at: Date, succeeded = false): Promise<void> {
    if (keys.length === 0) return;
    await this.database.db.insert(attempts).values(keys.map((key) => ({ key, attemptedAt: at, succeeded })));
  }

  async failures(key: string, since: Date): Promise<{ count: number; latest: Date | null }> {
    const [row] = await this.database.db
      .select({ n: sql<number>`count(*)::int`, latest: sql<Date | string | null>`max(${attempts.attemptedAt})` })
      .from(attempts)
      .where(and(eq(attempts.key, key), eq(attempts.succeeded, false), gte(attempts.attemptedAt, since)));
    return { count: Number(row?.n ?? 0), latest: row?.latest ? new Date(row.latest) : null };
  }

  async succeededSince(key: string, since: Date): Promise<boolean> {
    const [row] = await this.database.db
      .select({ key: attempts.key })
      .from(attempts)
      .where(and(eq(attempts.key, key), eq(attempts.succeeded, true), gte(attempts.attemptedAt, since)))
      .limit(1);
    return Boolean(row);
  }

  async deleteBefore(failedBefore: Date, succeededBefore: Date): Promise<number> {
    const rows = await this.database.db
      .delete(attempts)
      .where(or(and(eq(attempts.succeeded, false), lt(attempts.attemptedAt, failedBefore)), and(eq(attempts.succeeded, true), lt(attempts.attemptedAt, succeededBefore))))
      .returning({ key: attempts.key });
    return rows.length;
  }

  async deleteKey(key: string): Promise<number> {
    const rows = await this.database.db.delete(attempts).where(eq(attempts.key, key)).returning({ key: attempts.key });
    return rows.length;
  }
}
