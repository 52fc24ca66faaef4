// A real SMTP server (smtp-server) on loopback that keeps every message it receives.
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
}

export interface SmtpHandle {
  url: string;
  messages: ReceivedMail[];
  /** Resolves once `predicate` holds for the received messages (rejects after `ms`). */
  waitFor(predicate: (messages: ReceivedMail[]) => boolean, ms?: number): Promise<ReceivedMail[]>;
  /**
   * A message for which this says true is received in full (and listed in `messages`) but never
   * acknowledged: the sender waits for the server's answer, like a delivery cut off before it was
   * confirmed. Default: none.
   */
  holdWhen: (mail: ReceivedMail) => boolean;
  stop(): Promise<void>;
}

export async function startSmtpServer(): Promise<SmtpHandle> {
  const messages: ReceivedMail[] = [];
  const control = { holdWhen: (_mail: ReceivedMail) => false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodeMimeWords(subjectLine.replace(/\r?\n[ \t]/g, ' ')),
        };
        messages.push(mail);
        if (!control.holdWhen(mail)) callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get holdWhen() {
      return control.holdWhen;
    },
    set holdWhen(predicate: (mail: ReceivedMail) => boolean) {
      control.holdWhen = predicate;
    },
    async waitFor(predicate, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (!predicate(messages)) {
        if (Date.now() > deadline) throw new Error(`SMTP: condition not met within ${ms} ms (${messages.length} messages)`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
function decodeMimeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** The environment that sends the API's e-mail to `smtp` (the outbox polled every 200 ms), with `extra` added. */
export function mailEnv(smtp: SmtpHandle, extra: Record<string, string> = {}): Record<string, string> {
  return { SMTP_URL: smtp.url, MAIL_FROM: 'Verbinder <noreply@verbinder.test>', OUTBOX_POLL_MS: '200', ...extra };
}

/** The raw text of a mail with quoted-printable soft line breaks and =XX escapes decoded. */
export const mailBody = (mail: ReceivedMail): string => mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The token of the first link `<path>/<token>` in the mail (e.g. path '/loket/status'); fails with `no <name> link in mail "<subject>"`. */
export function linkToken(mail: ReceivedMail, path: string, name: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(mailBody(mail));
  if (!match) throw new Error(`no ${name} link in mail "${mail.subject}"`);
  return match[1];
}
