import { createHash, randomBytes } from 'node:crypto';

/** One message posted to a fake Workflows webhook. */
export interface WebhookPost {
  at: string;
  hookId: string;
  /** The parsed JSON body (a `message` with an Adaptive Card attachment when valid). */
  body: unknown;
  /** The card's TextBlock texts, in order: what people would read in the channel. */
  texts: string[];
}

export interface WebhookReply {
  status: number;
  body?: unknown;
}

/**
 * The receiving end of Teams Workflows webhooks ("Post to a channel when a webhook request is
 * received"), inside the Teams fake: `create()` gives a Workflows-like URL; a POST to it is
 * recorded and answered 202 Accepted like Workflows does. Stricter than Workflows on purpose: a
 * body that is not a `message` with an Adaptive Card attachment gets 400 (Workflows would accept
 * it and fail the flow later). A POST to an unknown or removed hook gets 404, like a deleted
 * workflow. Faults (429 with Retry-After, 5xx) come from the fake's fault rules (`pathIncludes: '/_webhooks/'`).
 */
export class WebhookReceiver {
  readonly hooks = new Set<string>();
  posts: WebhookPost[] = [];

  /** A new webhook; returns its id and path (append to the fake's URL). The same id gives the same path (dev restarts). */
  create(hookId = randomBytes(8).toString('hex')): { hookId: string; path: string } {
    this.hooks.add(hookId);
    return { hookId, path: `/_webhooks/${hookId}/triggers/manual/paths/invoke?api-version=1&sig=${createHash('sha256').update(hookId).digest('base64url').slice(0, 16)}` };
  }

  remove(hookId: string): void {
    this.hooks.delete(hookId);
  }

  received(hookId?: string): WebhookPost[] {
    return hookId ? this.posts.filter((p) => p.hookId === hookId) : this.posts;
  }

  clear(): void {
    this.hooks.clear();
    this.posts = [];
  }

  receive(hookId: string, raw: Buffer, contentType: string | undefined): WebhookReply {
    if (!this.hooks.has(hookId)) return { status: 404, body: { error: { code: 'WorkflowNotFound', message: `The workflow '${hookId}' could not be found.` } } };
    if (!contentType?.includes('application/json')) return { status: 415, body: { error: { code: 'UnsupportedMediaType', message: 'The request content type must be application/json.' } } };
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return { status: 400, body: { error: { code: 'InvalidRequestContent', message: 'The request body is not valid JSON.' } } };
    }
    const texts = cardTexts(body);
    if (!texts) return { status: 400, body: { error: { code: 'InvalidTemplate', message: "Expected a 'message' with an attachment of contentType application/vnd.microsoft.card.adaptive." } } };
    this.posts.push({ at: new Date().toISOString(), hookId, body, texts });
    return { status: 202 };
  }
}

function cardTexts(body: unknown): string[] | null {
  const message = body as { type?: unknown; attachments?: Array<{ contentType?: unknown; content?: { type?: unknown; body?: Array<{ type?: unknown; text?: unknown }> } }> };
  if (message?.type !== 'message' || !Array.isArray(message.attachments) || message.attachments.length === 0) return null;
  const card = message.attachments[0];
  if (card.contentType !== 'application/vnd.microsoft.card.adaptive' || card.content?.type !== 'AdaptiveCard' || !Array.isArray(card.content.body)) return null;
  return card.content.body.filter((b) => b.type === 'TextBlock' && typeof b.text === 'string').map((b) => b.text as string);
}
