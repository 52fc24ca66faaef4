// The Workflows webhook announcer's SSRF defences against the real HTTPS Teams fake on
// localhost (a private target): refused without the test-only allowance, re-checked at connect
// time so a DNS answer that changes after the URL was saved (rebinding) cannot reach a private
// address, the connection pinned to the checked address, no redirects followed, and nothing of
// the remote's answer (status, body) in what the beheerder sees.
import type { LookupAddress } from 'node:dns';
import { Agent } from 'node:https';
import { postToPinnedTarget, WEBHOOK_TARGET_REFUSED, workflowsPayload, WorkflowsWebhookAnnouncer } from '@verbinder/integrations/ms-graph';
import { AnnouncementDeliveryError, AnnouncementMessage } from '@verbinder/teams-mirror/core';
import { startTeamsFake, TeamsFake } from '@verbinder/testing/teams-fake';

jest.setTimeout(60_000);

const MESSAGE: AnnouncementMessage = {
  title: '1 nieuw document in werkgroep Engels',
  intro: null,
  items: [{ title: 'Notulen', url: 'https://verbinder.example.org/x' }],
  moreUrl: 'https://verbinder.example.org/',
};

/** A resolver that answers from a script: one answer per call, the last one repeated. */
function scriptedLookup(...answers: LookupAddress[][]) {
  const calls: string[] = [];
  const lookup = (hostname: string, callback: (error: Error | null, addresses: LookupAddress[]) => void) => {
    calls.push(hostname);
    callback(null, answers[Math.min(calls.length - 1, answers.length - 1)]);
  };
  return { lookup, calls };
}

const failure = async (promise: Promise<unknown>): Promise<AnnouncementDeliveryError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AnnouncementDeliveryError)) throw new Error(`expected an AnnouncementDeliveryError, got ${String(error)}`);
  return error;
};

describe('Workflows webhook announcer: public addresses only', () => {
  let fake: TeamsFake;
  const announcers: WorkflowsWebhookAnnouncer[] = [];
  const announcer = (options: ConstructorParameters<typeof WorkflowsWebhookAnnouncer>[0] = {}) => {
    const made = new WorkflowsWebhookAnnouncer({ caCertificate: fake.ca, timeoutMs: 10_000, ...options });
    announcers.push(made);
    return made;
  };

  beforeAll(async () => {
    fake = await startTeamsFake();
  });
  afterAll(async () => {
    for (const a of announcers) a.close();
    await fake?.stop();
  });

  it('refuses the local fake without the allowance, at save time and at connect time, and sends nothing', async () => {
    const hook = fake.createWebhook();
    const strict = announcer();
    expect(await strict.targetProblem(hook.url)).toBe(WEBHOOK_TARGET_REFUSED);
    const error = await failure(strict.post(hook.url, MESSAGE));
    expect(error).toMatchObject({ message: WEBHOOK_TARGET_REFUSED, retryable: false, status: null });
    expect(fake.webhooks.received(hook.hookId)).toEqual([]);
    // With the allowance (tests only) the same URL is delivered.
    await announcer({ allowPrivateAddresses: true }).post(hook.url, MESSAGE);
    expect(fake.webhooks.received(hook.hookId)).toHaveLength(1);
  });

  it('re-checks at connect time: a name that resolved publicly when saved and privately now (DNS rebinding) is refused', async () => {
    const url = 'https://hooks.verbinder-test.nl/_webhooks/x';
    const rebinding = scriptedLookup([{ address: '20.42.0.1', family: 4 }], [{ address: '127.0.0.1', family: 4 }]);
    const strict = announcer({ lookup: rebinding.lookup });
    expect(await strict.targetProblem(url)).toBeNull();
    const error = await failure(strict.post(url, MESSAGE));
    expect(error).toMatchObject({ message: WEBHOOK_TARGET_REFUSED, retryable: false });
    expect(rebinding.calls).toEqual(['hooks.verbinder-test.nl', 'hooks.verbinder-test.nl']);
  });

  it('refuses a name when any of its addresses is private, or when it does not resolve (one message for both)', async () => {
    const mixed = scriptedLookup([
      { address: '20.42.0.1', family: 4 },
      { address: '::ffff:169.254.169.254', family: 6 },
    ]);
    expect(await announcer({ lookup: mixed.lookup }).targetProblem('https://hooks.verbinder-test.nl/x')).toBe(WEBHOOK_TARGET_REFUSED);
    const none = (_host: string, callback: (error: Error | null, addresses: LookupAddress[]) => void) => callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
    expect(await announcer({ lookup: none }).targetProblem('https://bestaat-niet.verbinder-test.nl/x')).toBe(WEBHOOK_TARGET_REFUSED);
  });

  it('connects to the pinned address, not to a fresh DNS answer for the name', async () => {
    const hook = fake.createWebhook();
    const url = new URL(hook.url); // https://localhost:<port>/… ; the fake listens on 127.0.0.1 only
    const agent = new Agent({ ca: fake.ca });
    const post = (address: string) =>
      postToPinnedTarget(url, [{ address, family: 4 }], Buffer.from(JSON.stringify(workflowsPayload(MESSAGE))), {
        headers: { 'content-type': 'application/json' },
        agent,
        signal: AbortSignal.timeout(10_000),
      });
    try {
      expect((await post('127.0.0.1')).status).toBe(202);
      // Same name, another pinned address (also loopback, where nothing listens): refused, so the name was not resolved again.
      await expect(post('127.0.0.2')).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      agent.destroy();
    }
  });

  it('follows no redirect and reports neither the status nor the body of the remote', async () => {
    const hook = fake.createWebhook();
    const allowed = announcer({ allowPrivateAddresses: true });
    const attempts: Array<{ status: number | null }> = [];
    const logged = announcer({ allowPrivateAddresses: true, onAttempt: (a) => attempts.push(a) });
    fake.requests = [];
    fake.addFault({ status: 302, count: 1, pathIncludes: '/_webhooks/', retryAfterSeconds: null });
    const redirect = await failure(allowed.post(hook.url, MESSAGE));
    expect(redirect.retryable).toBe(false);
    expect(fake.requestLog({ kind: 'webhook' })).toHaveLength(1);
    fake.addFault({ status: 500, count: 1, pathIncludes: '/_webhooks/', retryAfterSeconds: null });
    const serverError = await failure(logged.post(hook.url, MESSAGE));
    expect(serverError.retryable).toBe(true);
    for (const error of [redirect, serverError]) {
      expect(error.message).not.toMatch(/HTTP|302|500|[Ff]ault|\{/);
    }
    // The operators' log hook gets the status.
    expect(attempts).toEqual([expect.objectContaining({ host: new URL(hook.url).host, status: 500 })]);
  });
});
