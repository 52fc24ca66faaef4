export const NEWSLETTER_REPOSITORY = Symbol('NEWSLETTER_REPOSITORY');

export interface NewsletterSubscription {
  id: string;
  regionId: string;
  email: string;
  status: 'PENDING' | 'CONFIRMED';
  confirmTokenHash: string | null;
  confirmExpiresAt: Date | null;
  createdAt: Date;
  confirmedAt: Date | null;
}

/** What a beheerder sees of a subscription (no tokens). */
export type NewsletterSubscriptionView = Pick<NewsletterSubscription, 'id' | 'regionId' | 'email' | 'status' | 'createdAt' | 'confirmedAt'>;

export interface NewsletterRepository {
  findSubscription(regionId: string, email: string): Promise<NewsletterSubscription | null>;
  findSubscriptionById(id: string): Promise<NewsletterSubscription | null>;
  findByConfirmToken(tokenHash: string): Promise<NewsletterSubscription | null>;
  /** Creates a pending subscription or gives an existing one a new confirmation token. */
  upsertPending(data: { regionId: string; email: string; confirmTokenHash: string; confirmExpiresAt: Date }): Promise<NewsletterSubscription>;
  confirm(id: string, at: Date): Promise<void>;
  deleteSubscription(id: string): Promise<boolean>;
  listConfirmed(regionId: string): Promise<NewsletterSubscription[]>;
  /** An address's subscriptions in a region (inzage) and their erasure (art. 15/17); case-insensitive. */
  listByEmail(regionId: string, email: string): Promise<NewsletterSubscription[]>;
  deleteByEmail(regionId: string, email: string): Promise<number>;
  /** Pending subscriptions whose confirmation link expired before `before`. */
  deleteExpiredPending(before: Date): Promise<number>;
}
