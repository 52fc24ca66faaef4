import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Enough of a message to hold its header: the header ends at the first blank line. */
const HEADER_BYTES = 16 * 1024;

/**
 * The folder where, without SMTP_URL, every message is written as a `.eml` file (NodemailerMailer).
 * Those files hold personal data (an address and the text), so they are removed like the rest:
 * all messages to a person when they are erased, and every message after its keeping time.
 */
export class MailDropFolder {
  constructor(private readonly dir: string) {}

  /** Deletes every message addressed to `email` (the To header, case-insensitively); returns how many. */
  async deleteAddressedTo(email: string): Promise<number> {
    const wanted = email.trim().toLowerCase();
    let removed = 0;
    for (const name of await this.messages()) {
      const path = join(this.dir, name);
      const to = await readTo(path);
      if (to !== null && to.includes(wanted)) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Deletes the messages written before `before`; returns how many. */
  async deleteWrittenBefore(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await this.messages()) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtime < before) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async messages(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => name.endsWith('.eml'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}

/** The addresses of a message's To header, lower-cased (folded header lines joined); null when unreadable. */
async function readTo(path: string): Promise<string[] | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const header = text.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
    const line = header.split(/\r?\n/).find((l) => /^to:/i.test(l));
    if (!line) return [];
    return line
      .slice(3)
      .split(',')
      .map((part) => (part.match(/<([^>]*)>/)?.[1] ?? part).trim().toLowerCase());
  } finally {
    await handle.close();
  }
}
