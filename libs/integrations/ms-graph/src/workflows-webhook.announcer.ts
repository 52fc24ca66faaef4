import type { LookupAddress } from 'node:dns';
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { AnnouncementDeliveryError, AnnouncementMessage, parseRetryAfterMs, TeamsAnnouncerPort } from '@verbinder/teams-mirror/core';
import { postToPinnedTarget, PublicTargetOptions, resolvePublicTarget, TargetRefusedError } from './public-https-post';

export interface WorkflowsAnnouncerOptions {
  /** Extra trusted CA (PEM) besides the system store: the fake's certificate in tests and development. */
  caCertificate?: string;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  /** Lifts the public-address rule (tests against a local fake only; refused in production by config). */
  allowPrivateAddresses?: boolean;
  /** DNS resolution (tests); node's dns.lookup by default. */
  lookup?: PublicTargetOptions['lookup'];
  nowEpochMs?: () => number;
  /** Told about every attempt, for the operators' log: the host (never the path: it holds the signature), the HTTP status or the refusal. */
  onAttempt?: (attempt: { host: string; status: number | null; problem: string | null }) => void;
}

/** What the beheerder sees on the link. Deliberately no HTTP status or body of the remote: no probing of hosts through us. */
const FAILED_FOR_GOOD =
  'Het bericht kon niet worden afgeleverd bij de webhook. Maak in Teams opnieuw een workflow "Post to a channel when a webhook request is received" en zet het nieuwe adres bij de koppeling.';
const FAILED_FOR_NOW = 'Het bericht kon (nog) niet worden afgeleverd bij de webhook; Verbinder probeert het later opnieuw.';
export const WEBHOOK_TARGET_REFUSED = 'Het webhookadres moet naar een openbaar adres op internet wijzen (https, geen intern of lokaal adres).';

/**
 * Posts announcements to a Teams Workflows webhook ("Post to a channel when a webhook request is
 * received", the successor of the retired Office 365 connectors): a `message` with one Adaptive
 * Card attachment. Workflows answers 202 Accepted; 429 and 5xx (and network faults, timeouts) are
 * retryable with the server's Retry-After; other answers (4xx, and 3xx: redirects are not
 * followed) mean a wrong or removed webhook. The URL may only lead to a public address, checked
 * again at every connect with the address pinned (public-https-post.ts).
 */
export class WorkflowsWebhookAnnouncer implements TeamsAnnouncerPort {
  private readonly agent: Agent;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly target: PublicTargetOptions;

  constructor(private readonly options: WorkflowsAnnouncerOptions = {}) {
    // No keep-alive: every post resolves, checks and pins its address anew.
    this.agent = new Agent({ keepAlive: false, ...(options.caCertificate ? { ca: [...rootCertificates, options.caCertificate].join('\n') } : {}) });
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.now = options.nowEpochMs ?? Date.now;
    this.target = { allowPrivateAddresses: options.allowPrivateAddresses ?? false, lookup: options.lookup };
  }

  async targetProblem(webhookUrl: string): Promise<string | null> {
    try {
      await resolvePublicTarget(new URL(webhookUrl), this.target);
      return null;
    } catch {
      return WEBHOOK_TARGET_REFUSED;
    }
  }

  async post(webhookUrl: string, message: AnnouncementMessage): Promise<void> {
    const url = new URL(webhookUrl);
    const report = (status: number | null, problem: string | null) => this.options.onAttempt?.({ host: url.host, status, problem });
    let addresses: LookupAddress[];
    try {
      addresses = await resolvePublicTarget(url, this.target);
    } catch (error) {
      report(null, (error as Error).message);
      if (error instanceof TargetRefusedError) throw new AnnouncementDeliveryError(WEBHOOK_TARGET_REFUSED, null, false);
      throw new AnnouncementDeliveryError(FAILED_FOR_NOW, null, true);
    }
    let answer: { status: number; retryAfter: string | null };
    try {
      answer = await postToPinnedTarget(url, addresses, Buffer.from(JSON.stringify(workflowsPayload(message))), {
        headers: { 'content-type': 'application/json' },
        agent: this.agent,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      report(null, (error as Error).message);
      throw new AnnouncementDeliveryError(FAILED_FOR_NOW, null, true);
    }
    const { status } = answer;
    report(status, null);
    if (status >= 200 && status < 300) return;
    const retryAfterMs = parseRetryAfterMs(answer.retryAfter, this.now());
    if (status === 429 || status === 408 || status >= 500) throw new AnnouncementDeliveryError(FAILED_FOR_NOW, status, true, retryAfterMs);
    throw new AnnouncementDeliveryError(FAILED_FOR_GOOD, status, false);
  }

  close(): void {
    this.agent.destroy();
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
