/**
 * Side effects that must survive a crash (e-mail, later Teams mirror jobs) are written to the
 * outbox in the same transaction as the change that causes them; workers on every node
 * perform them with retries. `key` makes enqueueing idempotent.
 */
export const OUTBOX = Symbol('OUTBOX');

export interface OutboxJob<P = unknown> {
  kind: string;
  payload: P;
  key?: string;
  runAfter?: Date;
}

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
}

export const EMAIL_JOB = 'email.send';

export const MAILER = Symbol('MAILER');

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}
