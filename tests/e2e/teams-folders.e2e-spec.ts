// Folder renames in the Teams mirror end to end: renaming a folder of the werkgroep documents
// renames the same folder in the linked channel with one PATCH of its driveItem; the files below
// it (also in a subfolder) keep their driveItems, nothing is uploaded or copied again, and their
// history says what happened. Against the HTTPS Teams fake, through the built API.
import { linkEngels, uploadDocument, teamsSuite } from '../support/teams-mirror-fixtures';
import { waitFor } from '../support/timing';

describe('Teams mirror: folder renames', () => {
  const teams = teamsSuite('verbinder-teams-folders-');
  let engels: string;
  let driveId: string;
  let channelFolderId: string;

  beforeAll(async () => {
    driveId = teams.school.driveId;
    channelFolderId = teams.school.channelFolderId;
    ({ engels } = await linkEngels(teams.beheerder, teams.school));
  }, 120_000);

  const mirrors = async () =>
    (
      await teams.docent.request<{ documentMirrors: Array<{ documentId: string; status: string; lastError: string | null }> }>(
        'query($w: ID!) { documentMirrors(werkgroepId: $w) { documentId status lastError } }',
        { w: engels },
      )
    ).documentMirrors;
  /** Waits until every mirror item is MIRRORED, including those of `documentIds`. */
  const allMirrored = (documentIds: string[] = []) =>
    waitFor('every document mirrored', async () => {
      const all = await mirrors();
      const failed = all.find((m) => m.status === 'FAILED');
      if (failed) throw new Error(`failed: ${failed.lastError}`);
      const present = documentIds.every((id) => all.some((m) => m.documentId === id));
      return present && all.length > 0 && all.every((m) => m.status === 'MIRRORED') ? all : null;
    });

  /** Live items below the channel folder: path → driveItem id. */
  function tree(): Map<string, { id: string; folder: boolean }> {
    const drive = teams.fake.drives.get(driveId)!;
    const result = new Map<string, { id: string; folder: boolean }>();
    const pathOf = (id: string): string | null => {
      const parts: string[] = [];
      let current: string | null = id;
      while (current && current !== channelFolderId) {
        const item = drive.items.get(current);
        if (!item || item.deleted) return null;
        parts.unshift(item.name);
        current = item.parentId;
      }
      return current === channelFolderId ? parts.join('/') : null;
    };
    for (const item of drive.items.values()) {
      const path = item.deleted ? null : pathOf(item.id);
      if (path) result.set(path, { id: item.id, folder: item.folder });
    }
    return result;
  }

  it('renames the folder in Teams with one PATCH; the files below it keep their driveItems', async () => {
    await allMirrored();
    const folder = (
      await teams.docent.request<{ createDocumentFolder: { id: string } }>('mutation($i: DocumentFolderInput!) { createDocumentFolder(input: $i) { id } }', {
        i: { werkgroepId: engels, name: 'Werkoverleg' },
      })
    ).createDocumentFolder;
    const sub = (
      await teams.docent.request<{ createDocumentFolder: { id: string } }>('mutation($i: DocumentFolderInput!) { createDocumentFolder(input: $i) { id } }', {
        i: { werkgroepId: engels, parentId: folder.id, name: '2026' },
      })
    ).createDocumentFolder;
    const agenda = await uploadDocument(teams.api.url, teams.docent, engels, { name: 'agenda.txt', bytes: Buffer.from('Agenda\n') }, { title: 'Agenda maart', folderId: folder.id });
    const notulen = await uploadDocument(teams.api.url, teams.docent, engels, { name: 'notulen.txt', bytes: Buffer.from('Notulen\n') }, { title: 'Notulen maart', folderId: sub.id });
    await allMirrored([agenda.id, notulen.id]);
    const before = tree();
    expect(before.get('Werkoverleg')).toMatchObject({ folder: true });
    expect(before.get('Werkoverleg/Agenda maart.txt')).toBeDefined();
    expect(before.get('Werkoverleg/2026/Notulen maart.txt')).toBeDefined();

    teams.fake.requests = [];
    await teams.docent.request('mutation($id: ID!) { renameDocumentFolder(id: $id, name: "Overleg & notulen") { id } }', { id: folder.id });
    const after = await waitFor('folder renamed in Teams', async () => {
      const t = tree();
      return t.has('Overleg & notulen') ? t : null;
    });
    // The same driveItems under the new name; nothing under the old one; no new items.
    expect(after.get('Overleg & notulen')?.id).toBe(before.get('Werkoverleg')?.id);
    expect(after.get('Overleg & notulen/Agenda maart.txt')?.id).toBe(before.get('Werkoverleg/Agenda maart.txt')?.id);
    expect(after.get('Overleg & notulen/2026/Notulen maart.txt')?.id).toBe(before.get('Werkoverleg/2026/Notulen maart.txt')?.id);
    expect([...after.keys()].some((p) => p.startsWith('Werkoverleg'))).toBe(false);
    expect(after.size).toBe(before.size);
    const writes = teams.fake.requestLog({ kind: 'graph' }).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([expect.objectContaining({ method: 'PATCH', status: 200 })]);
    expect(writes[0].path).toContain(before.get('Werkoverleg')!.id);

    const { documentMirrorHistory } = await teams.docent.request<{ documentMirrorHistory: Array<{ action: string; outcome: string; message: string | null }> }>(
      'query($d: ID!) { documentMirrorHistory(documentId: $d) { action outcome message } }',
      { d: agenda.id },
    );
    expect(documentMirrorHistory).toContainEqual({ action: 'folder-renamed', outcome: 'MIRRORED', message: 'Map hernoemd in Teams: Werkoverleg → Overleg & notulen.' });

    // A later change to a document in the folder uses the renamed folder: no second folder appears.
    await teams.docent.request('mutation($id: ID!) { updateDocument(id: $id, input: { title: "Agenda april" }) { id } }', { id: agenda.id });
    const renamedFile = await waitFor('document renamed in Teams', async () => tree().get('Overleg & notulen/Agenda april.txt'));
    expect(renamedFile.id).toBe(before.get('Werkoverleg/Agenda maart.txt')?.id);
    expect([...tree().keys()].filter((p) => !p.includes('/')).sort()).toEqual([...after.keys()].filter((p) => !p.includes('/')).sort());
  }, 90_000);
});
