// Teams drift in the browser, against the built API and the HTTPS fake Graph server: the group is
// linked, its documents are mirrored; the docent's Teams tab says nothing changed in Teams. Then a
// person edits a file in Teams (the fake's control method); without a reload the docent sees
// "Gewijzigd in Teams door … op …" (on the Teams tab and on the document's row), takes the Teams version over as a new version, and the card is
// empty again.
import { join } from 'node:path';
import { SCREENSHOTS, signedInPage } from '../support/browser';
import { teamsBrowserSuite } from '../support/teams-browser';
import { demoTenantTeam } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';
import { teamsTenantId } from '../support/werkgroepen-fixtures';

describe('Teams drift in the browser', () => {
  let team: ReturnType<typeof demoTenantTeam>;

  const suite = teamsBrowserSuite('verbinder-teams-drift-browser-', {
    env: { MS_GRAPH_DRIFT_INTERVAL_MS: '1000' },
    prepare: (fake) => {
      team = demoTenantTeam(fake);
      fake.provision(team.teamId, team.channelId);
    },
    setup: async ({ beheerderApi: beheerder, docentApi, regionId, engels }) => {
      const tenantId = await teamsTenantId(beheerder, regionId);
      await beheerder.request('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', { i: { werkgroepId: engels, tenantId, teamId: team.teamId, channelId: team.channelId } });
      await waitFor('the group mirrored', async () => {
        const { documentMirrors } = await docentApi.request<{ documentMirrors: Array<{ status: string }> }>('query($w: ID!) { documentMirrors(werkgroepId: $w) { status } }', { w: engels });
        return documentMirrors.length > 0 && documentMirrors.every((m) => m.status === 'MIRRORED');
      });
    },
    timeoutMs: 180_000,
  });

  it('shows a file changed in Teams live and takes the Teams version over as a new version', async () => {
    const { api, browser, fake } = suite;
    const { driveId } = team;
    const docent = await signedInPage(browser, api.url, 'Docent');
    try {
      await docent.goto(`${api.url}/werkgroep/${suite.engels}/teams`);
      await docent.getByText('Geen bestanden die in Teams zijn gewijzigd of verwijderd.', { exact: false }).waitFor();

      const file = [...fake.drives.get(driveId)!.items.values()].find((i) => !i.deleted && !i.folder && i.name.startsWith('Overdrachtsformulier'));
      if (!file) throw new Error('the Overdrachtsformulier is not in Teams');
      fake.userEdit(driveId, file.id, { content: Buffer.from('leerling;advies mbo;toelichting\nA;Entree;aangevuld in Teams\n'), by: 'Mevr. Jansen' });

      const row = docent
        .getByRole('list', { name: 'Gewijzigd in Teams' })
        .locator('li')
        .filter({ hasText: /Gewijzigd in Teams door Mevr\. Jansen op \d+ \w+ 20\d\d om \d\d:\d\d/ });
      await row.waitFor({ timeout: 30_000 });
      await docent
        .getByText(/gewijzigd in Teams: kies bij/)
        .first()
        .waitFor();
      await docent.screenshot({ path: join(SCREENSHOTS, 'teams-drift.png'), fullPage: true });

      // The documents tab shows it on the document's row, with the way to the choice.
      await docent.getByRole('link', { name: 'Documenten', exact: true }).click();
      const docRow = docent.getByRole('row').filter({ hasText: 'Overdrachtsformulier vmbo-mbo' });
      await docRow.getByText(/Gewijzigd in Teams door Mevr\. Jansen op/).waitFor();
      await docRow.getByRole('link', { name: 'Kies op het tabblad Teams' }).click();
      await docent.waitForURL((url) => url.pathname === `/werkgroep/${suite.engels}/teams`);
      await row.getByRole('button', { name: 'Teams-versie overnemen als nieuwe versie' }).click();
      await docent.getByText('De Teams-versie is als nieuwe versie toegevoegd.').waitFor();
      await docent.getByText('Geen bestanden die in Teams zijn gewijzigd of verwijderd.', { exact: false }).waitFor({ timeout: 30_000 });
      await docent
        .getByText(/gespiegeld \(versie 3\)/)
        .first()
        .waitFor({ timeout: 30_000 });
    } finally {
      await docent.context().close();
    }
  }, 120_000);
});
