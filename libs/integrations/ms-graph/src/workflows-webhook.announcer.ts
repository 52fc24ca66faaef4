import { rootCertificates } from 'node:tls';
import { AnnouncementDeliveryError, AnnouncementMessage, parseRetryAfterMs, TeamsAnnouncerPort } from '@verbinder/teams-mirror/core';
import { FetchFn } from './ms-graph.options';
import { createNodeHttpsFetch, NodeHttpsFetch } from './node-https-fetch';

export interface WorkflowsAnnouncerOptions {
  /** Extra trusted CA (PEM) besides the system store: the fake's certificate in tests and development. */
  caCertificate?: string;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  fetch?: FetchFn;
  nowEpochMs?: () => number;
}

/**
 * Posts announcements to a Teams Workflows webhook ("Post to a channel when a webhook request is
 * received", the successor of the retired Office 365 connectors): a `message` with one Adaptive
 * Card attachment. Workflows answers 202 Accepted; 429 and 5xx (and network faults, timeouts) are
 * retryable with the server's Retry-After; other 4xx mean a wrong or removed webhook.
 */
export class WorkflowsWebhookAnnouncer implements TeamsAnnouncerPort {
  private readonly https: NodeHttpsFetch | null;
  private readonly fetchFn: FetchFn;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(options: WorkflowsAnnouncerOptions = {}) {
    this.https = !options.fetch && options.caCertificate ? createNodeHttpsFetch([...rootCertificates, options.caCertificate].join('\n')) : null;
    this.fetchFn = options.fetch ?? this.https?.fetch ?? ((input, init) => fetch(input, init as RequestInit));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.now = options.nowEpochMs ?? Date.now;
  }

  async post(webhookUrl: string, message: AnnouncementMessage): Promise<void> {
    let response: Response;
    try {
      response = await this.fetchFn(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(workflowsPayload(message)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new AnnouncementDeliveryError(`Het webhookadres is niet bereikbaar (${(error as Error).message}).`, null, true);
    }
    const status = response.status;
    await response.arrayBuffer().catch(() => undefined);
    if (status >= 200 && status < 300) return;
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), this.now());
    if (status === 429) throw new AnnouncementDeliveryError('Teams vraagt om te wachten (HTTP 429).', status, true, retryAfterMs);
    if (status >= 500 || status === 408) throw new AnnouncementDeliveryError(`De workflow in Teams is tijdelijk niet beschikbaar (HTTP ${status}).`, status, true, retryAfterMs);
    const hint =
      status === 404
        ? 'De workflow bestaat niet meer of het adres klopt niet.'
        : status === 401 || status === 403
          ? 'De workflow weigert het bericht; controleer of het adres volledig is gekopieerd (met sig=…).'
          : 'De workflow weigert het bericht.';
    throw new AnnouncementDeliveryError(`${hint} Maak in Teams opnieuw een workflow "Post to a channel when a webhook request is received" en zet het nieuwe adres bij de koppeling (HTTP ${status}).`, status, false);
  }

  close(): void {
    this.https?.close();
  }
}

/** The body Workflows' "when a Teams webhook request is received" trigger expects. */
export function workflowsPayload(message: AnnouncementMessage): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [{ type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (message.intro) body.push({ type: 'TextBlock', text: message.intro, wrap: true, spacing: 'Small' });
  for (const item of message.items) {
    body.push({ type: 'TextBlock', text: `- [${escapeMarkdown(item.title)}](${item.url})`, wrap: true, spacing: 'Small' });
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          lang: 'nl-NL',
          body,
          actions: [{ type: 'Action.OpenUrl', title: 'Bekijk in Verbinder', url: message.moreUrl }],
        },
      },
    ],
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]()*_`])/g, '\\$1');
}
