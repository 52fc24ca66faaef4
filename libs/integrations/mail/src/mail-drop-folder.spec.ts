import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailDropFolder } from './mail-drop-folder';
import { NodemailerMailer } from './mailer';

describe('MailDropFolder', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'verbinder-mail-drop-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('deletes the messages the mailer wrote to one address, and only those', async () => {
    const mailer = new NodemailerMailer({ smtpUrl: null, from: 'Verbinder <noreply@verbinder.example>', dropDir: dir });
    await mailer.send({ to: 'Jan.de.Vries@School.example', subject: 'Welkom', text: 'Hallo Jan' });
    await mailer.send({ to: 'jan.de.vries@school.example', subject: 'Herinnering', text: 'Nog een' });
    await mailer.send({ to: 'bijjan.de.vries@school.example', subject: 'Iemand anders', text: 'Blijft' });
    writeFileSync(join(dir, 'notities.txt'), 'geen bericht');
    expect(await new MailDropFolder(dir).deleteAddressedTo('jan.de.vries@school.example')).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([expect.stringMatching(/\.eml$/), 'notities.txt']);
    expect(await new MailDropFolder(dir).deleteAddressedTo('jan.de.vries@school.example')).toBe(0);
  });

  it('deletes messages written before a moment, and copes with a folder that does not exist', async () => {
    writeFileSync(join(dir, 'oud.eml'), 'To: a@b.example\n\noud');
    writeFileSync(join(dir, 'nieuw.eml'), 'To: a@b.example\n\nnieuw');
    const old = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(dir, 'oud.eml'), old, old);
    expect(await new MailDropFolder(dir).deleteWrittenBefore(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect(readdirSync(dir)).toEqual(['nieuw.eml']);
    expect(await new MailDropFolder(join(dir, 'bestaat-niet')).deleteWrittenBefore(new Date())).toBe(0);
  });
});
