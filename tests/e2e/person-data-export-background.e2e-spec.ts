// Inzage (AVG art. 15) of a large export, against the built API with a low threshold
// (PERSON_EXPORT_INLINE_MAX_ROWS=5): the demo verbinder's export is prepared in the background. The
// page shows the progress ("0 van N onderdelen") and the JSON address answers 202 with the status; an
// e-mail with the link arrives when it is ready; the download then holds every domain they work in and
// nothing of others. Only they and a platform beheerder may download it: not a docent of their region,
// not a beheerder of another region, not anonymous. After its term (PERSON_EXPORT_RETENTION_HOURS,
// 36 seconds here) the retention job deletes the file and the row.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { demoSuite } from '../support/demo-suite';
import { demoIds, signedIn, regionBeheerder, viewerPersonId } from '../support/fixtures';
import { GraphqlHttpClient } from '../support/graphql-client';
import { getAs, readOwnExport, SANNE, type PersonExport } from '../support/person-export';
import { mailBody, type ReceivedMail } from '../support/smtp';

interface Status {
  status: 'preparing' | 'ready';
  person: { id: string };
  export: { id: string; status: string; tablesDone: number; tablesTotal: number; expiresAt: string };
}

describe('inzage: a large export is prepared in the background', () => {
  const suite = demoSuite(['verbinder', 'beheerder'], async ({ verbinder }) => ({ personId: await viewerPersonId(verbinder) }), {
    mail: true,
    start: { env: { PERSON_EXPORT_INLINE_MAX_ROWS: '5', PERSON_EXPORT_RETENTION_HOURS: '0.01', RETENTION_INTERVAL_MS: '1000' } },
  });
  const exportsDir = () => join(suite.api.dataDir, 'exports');
  const files = () => (existsSync(exportsDir()) ? readdirSync(exportsDir()) : []);

  const get = (client: GraphqlHttpClient | null, path: string) => getAs(suite.api.url, client, path);

  let fileName: string;
  let firstExportId = '';

  it('answers with the progress, prepares the file and mails the link; the download has every domain and nothing of others', async () => {
    // The page that starts it: the progress, in Dutch (nothing is done yet in the same request).
    const page = await get(suite.verbinder, '/privacy/mijn-gegevens');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toMatch(/Je gegevens worden klaargezet: 0 van (\d+) onderdelen/);
    const total = Number(/Je gegevens worden klaargezet: 0 van (\d+) onderdelen/.exec(html)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(html).not.toContain(SANNE);

    // The web app's card reads the progress without starting anything.
    const progress = (await (await get(suite.verbinder, '/privacy/mijn-gegevens/status')).json()) as { export: Status['export'] | null };
    expect(progress.export).toMatchObject({ tablesTotal: total });
    expect(progress.export!.tablesDone).toBeLessThanOrEqual(total);

    // The JSON address answers with the status of the same export (202) until it is ready.
    const status = await get(suite.verbinder, '/privacy/mijn-gegevens.json');
    if (status.status === 202) {
      const body = (await status.json()) as Status;
      expect(body.person.id).toBe(suite.ids.personId);
      expect(body.export.status).toBe('preparing');
      expect(body.export.tablesTotal).toBe(total);
      expect(body.export.tablesDone).toBeLessThanOrEqual(total);
      firstExportId = body.export.id;
    } else {
      expect(status.status).toBe(200); // already ready on a fast machine
      await status.body?.cancel();
    }

    // The e-mail, to Sanne only, with the link.
    // (Sanne also gets other mail meanwhile, e.g. the demo's overdue check-in reminder.)
    const readyMail = (m: ReceivedMail) => m.to.includes(SANNE) && m.subject === 'Je gegevens in Verbinder staan klaar';
    const [mail] = (await suite.smtp.waitFor((ms) => ms.some(readyMail), 60_000)).filter(readyMail);
    expect(mail.to).toEqual([SANNE]);
    const body = mailBody(mail);
    expect(body).toContain(`${suite.api.url}/privacy/mijn-gegevens.json`);
    expect(body).toMatch(/beschikbaar tot/);

    // The file: mode 0600, no temporary file left.
    const names = files();
    expect(names).toHaveLength(1);
    [fileName] = names;
    expect(fileName).toMatch(/^[A-Za-z0-9_-]+\.json$/);
    expect(statSync(join(exportsDir(), fileName)).mode & 0o777).toBe(0o600);

    // The status and the page now offer the download.
    expect(((await (await get(suite.verbinder, '/privacy/mijn-gegevens/status')).json()) as { export: Status['export'] }).export).toMatchObject({
      status: 'ready',
      tablesDone: total,
      tablesTotal: total,
    });
    const ready = await (await get(suite.verbinder, '/privacy/mijn-gegevens')).text();
    expect(ready).toContain('Je gegevens staan klaar');
    expect(ready).toContain('href="/privacy/mijn-gegevens.json"');

    // The download (the link of the mail, signed in).
    const link = new URL(/https?:\/\/\S+\/privacy\/mijn-gegevens\.json/.exec(body)![0]);
    const data = await readOwnExport(
      await get(suite.verbinder, link.pathname),
      suite.ids.personId,
      SANNE,
      ['platform', 'regions', 'identity', 'actieagenda', 'werkgroepen'],
      ['persons', 'memberships', 'sessions', 'accounts', 'person_exports'],
    );
    expect(data.tables.every((t) => !t.truncated && t.rows.length > 0)).toBe(true);
    expect(data.tables.find((t) => t.table === 'accounts')?.rows[0]?.['password_hash']).toBe('[niet geëxporteerd: beveiligingsgegeven]');
  }, 90_000);

  it('is downloaded only by the person and a platform beheerder', async () => {
    const byAdmin = await get(suite.beheerder, `/privacy/personen/${suite.ids.personId}.json`);
    expect(byAdmin.status).toBe(200);
    expect(((await byAdmin.json()) as PersonExport).person.id).toBe(suite.ids.personId);
    expect((await get(null, '/privacy/mijn-gegevens.json')).status).toBe(401);
    expect((await get(null, '/privacy/mijn-gegevens/status')).status).toBe(401);
    expect((await get(null, `/privacy/personen/${suite.ids.personId}.json`)).status).toBe(401);
    const ids = await demoIds(suite.beheerder);
    const others = [await signedIn(suite.api.url, 'docent'), await regionBeheerder(suite.api.url, suite.beheerder, 'assen-beheer', ids.otherRegionId, 'achtergrond.example')];
    for (const other of others) {
      for (const path of [`/privacy/personen/${suite.ids.personId}.json`, `/privacy/personen/${suite.ids.personId}`]) {
        const refused = await get(other, path);
        expect(refused.status).toBe(403);
        expect(((await refused.json()) as { code?: string }).code).toBe('FORBIDDEN');
      }
      // Their own address answers with their own export (prepared too, at this threshold), never Sanne's.
      const own = await get(other, '/privacy/mijn-gegevens.json');
      expect([200, 202]).toContain(own.status);
      const ownText = await own.text();
      expect(ownText).not.toContain(SANNE);
      expect(ownText).not.toContain(suite.ids.personId);
      const ownStatus = await (await get(other, '/privacy/mijn-gegevens/status')).text();
      expect(ownStatus).not.toContain(suite.ids.personId);
    }
  }, 60_000);

  it('deletes the file and its row when its term ends (retention)', async () => {
    const deadline = Date.now() + 90_000;
    while (files().includes(fileName)) {
      if (Date.now() > deadline) throw new Error('the prepared export was not deleted');
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(files().filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The expired export is no longer served: asking again starts a new one.
    const again = await get(suite.verbinder, '/privacy/mijn-gegevens.json');
    expect(again.status).toBe(202);
    const status = (await again.json()) as Status;
    expect(status.export.id).not.toBe(firstExportId);
    expect(status.export.status).toBe('preparing');
  }, 120_000);
});
