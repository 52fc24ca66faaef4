// A stateful in-memory NewsletterRepository for unit specs (no database).
import { randomUUID } from 'node:crypto';
import type { Clock } from '@verbinder/shared/kernel';
import type { NewsletterRepository, NewsletterSubscription } from '../newsletter-repository.port';
import { insertRow } from '@verbinder/shared/kernel/testing';

export class MemoryNewsletterRepository implements NewsletterRepository {
  readonly subscriptions: NewsletterSubscription[] = [];

  constructor(private readonly clock: Clock) {}

  private byEmail = (regionId: string, email: string) => (s: NewsletterSubscription) => s.regionId === regionId && s.email.toLowerCase() === email.toLowerCase();

  async findSubscription(regionId: string, email: string) {
    return this.subscriptions.find(this.byEmail(regionId, email)) ?? null;
  }
  async findSubscriptionById(id: string) {
    return this.subscriptions.find((s) => s.id === id) ?? null;
  }
  async findByConfirmToken(tokenHash: string) {
    return this.subscriptions.find((s) => s.confirmTokenHash === tokenHash) ?? null;
  }
  async upsertPending(data: { regionId: string; email: string; confirmTokenHash: string; confirmExpiresAt: Date }) {
    const existing = await this.findSubscription(data.regionId, data.email);
    if (existing) return Object.assign(existing, { confirmTokenHash: data.confirmTokenHash, confirmExpiresAt: data.confirmExpiresAt });
    return insertRow<NewsletterSubscription>(this.subscriptions, { id: randomUUID(), ...data, status: 'PENDING', createdAt: this.clock.now(), confirmedAt: null });
  }
  async confirm(id: string, at: Date) {
    Object.assign((await this.findSubscriptionById(id)) as NewsletterSubscription, { status: 'CONFIRMED', confirmedAt: at, confirmTokenHash: null, confirmExpiresAt: null });
  }
  async deleteSubscription(id: string) {
    const i = this.subscriptions.findIndex((s) => s.id === id);
    if (i >= 0) this.subscriptions.splice(i, 1);
    return i >= 0;
  }
  async listConfirmed(regionId: string) {
    return this.subscriptions.filter((s) => s.regionId === regionId && s.status === 'CONFIRMED');
  }
  async listByEmail(regionId: string, email: string) {
    return this.subscriptions.filter(this.byEmail(regionId, email));
  }
  async deleteByEmail(regionId: string, email: string) {
    const gone = await this.listByEmail(regionId, email);
    for (const s of gone) await this.deleteSubscription(s.id);
    return gone.length;
  }
  async deleteExpiredPending(before: Date) {
    const gone = this.subscriptions.filter((s) => s.status === 'PENDING' && s.confirmExpiresAt && s.confirmExpiresAt < before);
    for (const s of gone) await this.deleteSubscription(s.id);
    return gone.length;
  }
}
