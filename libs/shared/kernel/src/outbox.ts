/**
 * Side effects that must survive a crash (e-mail, Teams mirror jobs) are written to the outbox in
 * the same transaction as the change that causes them; workers on every node perform them with
 * retries, at least once (docs/operations.md "Outbox delivery (at-least-once)").
 */
export const OUTBOX = Symbol('OUTBOX');

export interface OutboxJob<P = unknown> {
  kind: string;
  payload: P;
  /**
   * The idempotency key: names the logical job (e.g. `loket-reply:<messageId>`), so enqueueing it
   * again — twice in one transaction, or in a retry of an operation whose commit seemed to fail —
   * adds no second job. Unique for ever among the kept jobs.
   */
  key: string;
  runAfter?: Date;
}

/**
 * The key of a job that brings something to its current state (a Teams mirror retry or document
 * job reads the item as it is when it runs): running two such jobs is harmless by nature, so every
 * enqueue is its own job and the key is unique per call.
 */
export const stateSyncJobKey = (kind: string, subject: string): string => `${kind}:${subject}:${globalThis.crypto.randomUUID()}`;

export interface Outbox {
  /** Queues the job in the current transaction; false when a job with the same key already exists. */
  enqueue(job: OutboxJob): Promise<boolean>;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * One-click unsubscribe (RFC 2369 + RFC 8058) for list mail such as the newsletter: the mailer
   * sends `List-Unsubscribe: <url>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and
   * the URL must unsubscribe on a POST without further questions.
   */
  listUnsubscribeUrl?: string;
  /**
   * The Message-ID header (`<…@…>`). The outbox sets one per job, the same on every attempt, so a
   * message sent twice (at-least-once) is recognisable as the same message.
   */
  messageId?: string;
}

export const EMAIL_JOB = 'email.send';

export const MAILER = Symbol('MAILER');

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}
