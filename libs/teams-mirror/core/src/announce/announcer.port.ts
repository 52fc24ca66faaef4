import { DomainError } from '@verbinder/shared/kernel';

/**
 * The port the announcements post through (the adapter lives in libs/integrations/ms-graph).
 * `post` resolves when the webhook accepted the message (2xx) and otherwise throws
 * `AnnouncementDeliveryError`.
 */
export const TEAMS_ANNOUNCER = Symbol('TEAMS_ANNOUNCER');

export interface AnnouncementMessage {
  /** One-line summary, e.g. "3 nieuwe documenten in werkgroep Engels". */
  title: string;
  /** Shown under the title. */
  intro: string | null;
  /** Each added document, with a link to it in Verbinder. */
  items: Array<{ title: string; url: string }>;
  /** "Bekijk in Verbinder": the group's documents page. */
  moreUrl: string;
}

export interface TeamsAnnouncerPort {
  post(webhookUrl: string, message: AnnouncementMessage): Promise<void>;
  /**
   * Whether a webhook URL may be used at all: null when it leads to a public address, otherwise
   * the Dutch reason (one message for "not found" and "private", so nobody learns which internal
   * names exist). `post` checks again at every connect.
   */
  targetProblem(webhookUrl: string): Promise<string | null>;
}

/**
 * Refuses (BAD_USER_INPUT on `field`) a webhook URL whose host does not lead to a public address.
 * Call it after the syntax check and after authorization: it resolves the name (DNS), which
 * nobody without the right to set the webhook should be able to trigger.
 */
export async function assertPublicWebhook(announcer: TeamsAnnouncerPort | null, field: string, webhookUrl: string | null): Promise<void> {
  if (!webhookUrl || !announcer) return;
  const problem = await announcer.targetProblem(webhookUrl);
  if (problem) throw DomainError.badInput([{ field, message: problem }]);
}

/**
 * A delivery that did not succeed. `retryable` for 429, 5xx (and 408) and network faults, with the
 * server's Retry-After when it sent one; not retryable for other 4xx (a wrong or removed webhook).
 * Messages are Dutch: the beheerder sees them on the link.
 */
export class AnnouncementDeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'AnnouncementDeliveryError';
  }
}
