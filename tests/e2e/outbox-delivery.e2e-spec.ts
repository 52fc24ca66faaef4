// Outbox delivery is at least once (docs/operations.md "Outbox delivery (at-least-once)"), and a
// second delivery is recognisable: on two API nodes sharing one database and a real SMTP server,
// node A claims an e-mail job and is SIGKILLed in the middle of the SMTP conversation after the
// message went over the wire but before the server confirmed it. While A lives its lease is renewed
// (node B, up meanwhile, does not take the job); after the kill B takes it over within 30 s and
// sends it again with the same Message-ID, derived from the job.
import { ApiHandle, startApi } from '../support/api-process';
import { createPgDatabase, PgDatabase } from '../support/pg-database';
import { startSmtpServer, SmtpHandle } from '../support/smtp';
import { STORY_REGION } from '../support/stories-public-fixtures';
import { sleep } from '../support/timing';

const LEASE_SECONDS = 3;

describe("outbox: a dead node's claimed e-mail is sent again by another node, recognisably", () => {
  let db: PgDatabase;
  let smtp: SmtpHandle;
  let nodeA: ApiHandle;
  let nodeB: ApiHandle;

  beforeAll(async () => {
    db = await createPgDatabase('verbinder_outbox_lease');
    smtp = await startSmtpServer();
  }, 60_000);

  afterAll(async () => {
    await Promise.all([nodeA?.kill(), nodeB?.stop()]);
    await smtp?.stop();
    await db?.drop();
  }, 60_000);

  it('renews the lease while node A lives, and node B takes over within 30 s of its death with the same Message-ID', async () => {
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: '',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Verbinder <noreply@verbinder.test>',
      PUBLIC_URL: 'http://verbinder.test',
      OUTBOX_POLL_MS: '200',
      OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
    };
    nodeA = await startApi({ env, readyTimeoutMs: 90_000 });
    const reader = 'dubbel@ouders.example';
    smtp.holdWhen = (mail) => mail.to.includes(reader);
    const signUp = await fetch(`${nodeA.url}/publiek/${STORY_REGION}/nieuwsbrief`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: reader }).toString(),
    });
    expect(signUp.status).toBe(200);
    const mailsTo = () => smtp.messages.filter((m) => m.to.includes(reader));
    // A has sent the whole message; the server keeps its answer back.
    await smtp.waitFor(() => mailsTo().length === 1, 30_000);

    // Node B starts and polls for more than two leases while A holds the job: A's heartbeat keeps it.
    nodeB = await startApi({ env, readyTimeoutMs: 90_000 });
    await sleep(LEASE_SECONDS * 2 * 1000 + 500);
    expect(mailsTo()).toHaveLength(1);

    smtp.holdWhen = () => false;
    await nodeA.kill();
    const killedAt = Date.now();
    await smtp.waitFor(() => mailsTo().length === 2, 30_000);
    const takeoverMs = Date.now() - killedAt;
    expect(takeoverMs).toBeLessThan(30_000);

    const [first, second] = mailsTo();
    const messageId = (raw: string) => /^Message-ID: (.*)$/im.exec(raw)?.[1].trim();
    expect(messageId(first.raw)).toMatch(/^<outbox\.[0-9a-f-]{36}@verbinder\.test>$/);
    expect(messageId(second.raw)).toBe(messageId(first.raw));
    expect(second.subject).toBe(first.subject);
    // Nothing more comes: the job is done once B has sent it.
    await sleep(1000);
    expect(mailsTo()).toHaveLength(2);
  }, 240_000);
});
