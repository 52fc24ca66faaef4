import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmailMessage, type Mailer, mailLine, mailMultiline } from '@verbinder/shared/kernel';
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
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /**
   * The mail boundary: whatever a template did, the subject is one line, the body has no control
   * characters but line breaks and tabs, and `to` is one address (an address object, so nodemailer
   * never reads a list or a display name out of it).
   */
  async send(message: EmailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.options.from,
      to: { name: '', address: mailLine(message.to).trim() },
      subject: mailLine(message.subject),
      text: mailMultiline(message.text),
      ...(message.messageId ? { messageId: message.messageId } : {}),
      ...(message.listUnsubscribeUrl ? { list: { unsubscribe: { url: message.listUnsubscribeUrl, comment: 'Afmelden' } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {}),
    });
    if (!this.options.smtpUrl) {
      mkdirSync(this.options.dropDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId)
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 24)}.eml`;
      writeFileSync(join(this.options.dropDir, name), (info as unknown as { message: Buffer }).message);
    }
  }
}
