import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmailMessage, Mailer } from '@verbinder/shared/kernel';
import nodemailer, { Transporter } from 'nodemailer';

export interface MailerOptions {
  smtpUrl: string | null;
  from: string;
  /** Where messages go as .eml files when no SMTP server is configured (the embedded default). */
  dropDir: string;
}

/** Sends through SMTP (nodemailer) or, without SMTP_URL, writes each message to a .eml file. */
export class NodemailerMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: MailerOptions) {
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: EmailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.messageId ? { messageId: message.messageId } : {}),
      ...(message.listUnsubscribeUrl
        ? { list: { unsubscribe: { url: message.listUnsubscribeUrl, comment: 'Afmelden' } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
        : {}),
    });
    if (!this.options.smtpUrl) {
      mkdirSync(this.options.dropDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^a-z0-9]/gi, '').slice(0, 24)}.eml`;
      writeFileSync(join(this.options.dropDir, name), (info as unknown as { message: Buffer }).message);
    }
  }
}
