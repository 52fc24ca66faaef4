import { Injectable } from '@nestjs/common';
import type { NewNotification, Notification, NotificationsRepository } from '@verbinder/notifications/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { isUuid } from '@verbinder/shared/kernel';
import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { notifications } from './notifications.tables';

@Injectable()
export class DrizzleNotificationsRepository extends DrizzleRepository implements NotificationsRepository {
  async insertMany(rows: Array<NewNotification & { personId: string }>): Promise<Notification[]> {
    if (rows.length === 0) return [];
    return this.db
      .insert(notifications)
      .values(rows.map((r) => ({ personId: r.personId, kind: r.kind, title: r.title, body: r.body ?? null, link: r.link ?? null })))
      .returning();
  }

  listForPerson(personId: string, limit: number): Promise<Notification[]> {
    return this.db.select().from(notifications).where(eq(notifications.personId, personId)).orderBy(desc(notifications.createdAt)).limit(limit);
  }

  async countUnread(personId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
    return Number(row?.n ?? 0);
  }

  async markRead(personId: string, ids: string[] | null, at: Date): Promise<number> {
    const valid = ids?.filter(isUuid);
    if (valid && valid.length === 0) return 0;
    const rows = await this.db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.personId, personId), isNull(notifications.readAt), valid ? inArray(notifications.id, valid) : undefined))
      .returning({ id: notifications.id });
    return rows.length;
  }

  async deleteExpired(readBefore: Date, anyBefore: Date): Promise<number> {
    const rows = await this.db
      .delete(notifications)
      .where(or(and(isNotNull(notifications.readAt), lt(notifications.createdAt, readBefore)), lt(notifications.createdAt, anyBefore)))
      .returning({ id: notifications.id });
    return rows.length;
  }
}
