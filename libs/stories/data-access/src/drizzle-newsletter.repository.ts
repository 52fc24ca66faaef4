import { Injectable } from '@nestjs/common';
import type { NewsletterRepository, NewsletterSubscription } from '@verbinder/stories/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { newsletterSubscriptions } from './stories.tables';

@Injectable()
export class DrizzleNewsletterRepository extends DrizzleRepository implements NewsletterRepository {
  findSubscription(regionId: string, email: string): Promise<NewsletterSubscription | null> {
    return this.findOne(newsletterSubscriptions, and(eq(newsletterSubscriptions.regionId, regionId), eq(newsletterSubscriptions.email, email)));
  }

  findSubscriptionById(id: string): Promise<NewsletterSubscription | null> {
    return this.findOne(newsletterSubscriptions, eq(newsletterSubscriptions.id, id));
  }

  findByConfirmToken(tokenHash: string): Promise<NewsletterSubscription | null> {
    return this.findOne(newsletterSubscriptions, eq(newsletterSubscriptions.confirmTokenHash, tokenHash));
  }

  async upsertPending(data: { regionId: string; email: string; confirmTokenHash: string; confirmExpiresAt: Date }): Promise<NewsletterSubscription> {
    const [row] = await this.db
      .insert(newsletterSubscriptions)
      .values({ ...data, status: 'PENDING' })
      .onConflictDoUpdate({ target: [newsletterSubscriptions.regionId, newsletterSubscriptions.email], set: { confirmTokenHash: data.confirmTokenHash, confirmExpiresAt: data.confirmExpiresAt } })
      .returning();
    return row;
  }

  async confirm(id: string, at: Date): Promise<void> {
    await this.db.update(newsletterSubscriptions).set({ status: 'CONFIRMED', confirmedAt: at, confirmTokenHash: null, confirmExpiresAt: null }).where(eq(newsletterSubscriptions.id, id));
  }

  deleteSubscription(id: string): Promise<boolean> {
    return this.deleteWhere(newsletterSubscriptions, eq(newsletterSubscriptions.id, id), newsletterSubscriptions.id);
  }

  listConfirmed(regionId: string): Promise<NewsletterSubscription[]> {
    return this.db
      .select()
      .from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.regionId, regionId), eq(newsletterSubscriptions.status, 'CONFIRMED')))
      .orderBy(asc(newsletterSubscriptions.createdAt));
  }

  listByEmail(regionId: string, email: string): Promise<NewsletterSubscription[]> {
    return this.db
      .select()
      .from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.regionId, regionId), eq(sql`lower(${newsletterSubscriptions.email})`, email.toLowerCase())));
  }

  async deleteByEmail(regionId: string, email: string): Promise<number> {
    const rows = await this.db
      .delete(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.regionId, regionId), eq(sql`lower(${newsletterSubscriptions.email})`, email.toLowerCase())))
      .returning({ id: newsletterSubscriptions.id });
    return rows.length;
  }

  async deleteExpiredPending(before: Date): Promise<number> {
    const rows = await this.db
      .delete(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.status, 'PENDING'), lt(newsletterSubscriptions.confirmExpiresAt, before)))
      .returning({ id: newsletterSubscriptions.id });
    return rows.length;
  }
}
