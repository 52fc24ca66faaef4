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
