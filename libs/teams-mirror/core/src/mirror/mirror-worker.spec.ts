import { TeamsAuthFailed, TeamsNotProvisioned, TeamsSiteAccessDenied, TeamsThrottled, TeamsTransient } from '../teams-drive.errors';
import { disambiguatedName } from './mirror-naming';
import { DOC, NOW, setup } from './mirror-worker.fakes';

describe('TeamsMirrorWorker', () => {
  it('uploads once and does nothing for a job of a version that is already mirrored', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    await t.worker.documentChanged(t.job('created'));
    await t.worker.documentChanged(t.job('created'));
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(1);
    expect([...t.files.values()].map((f) => f.name)).toEqual(['Notulen.txt']);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 1, mirroredName: 'Notulen.txt', leaseUntil: null });
    expect(t.events.map((e) => e.outcome)).toEqual(['QUEUED', 'MIRRORED', 'QUEUED', 'UNCHANGED']);
    expect(t.changed).toContain(`document:${DOC}:mirrored`);
  });

  it('replaces its own file for a new version (If-Match), renames, moves and deletes it', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    await t.worker.documentChanged(t.job('created'));
    t.put(2, Buffer.from('twee!'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => f.content.toString())).toEqual(['twee!']);
    t.put(2, Buffer.from('twee!'), { title: 'Notulen definitief', folderPath: ['Verslagen'] });
    await t.worker.documentChanged(t.job('moved', 2));
    expect([...t.files.values()].map((f) => [f.parentId, f.name])).toEqual([['folder:Verslagen', 'Notulen definitief.txt']]);
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(2);
    t.put(2, Buffer.from('twee!'), { deleted: true });
    await t.worker.documentChanged(t.job('deleted', 2));
    await t.worker.documentChanged(t.job('deleted', 2));
    expect(t.files.size).toBe(0);
    expect(t.calls.filter((c) => c === 'deleteItem')).toHaveLength(1);
  });

  it('fans a new link out into one job per existing document (history action "linked")', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    await t.worker.linkSync({ linkId: 'l1' });
    expect(t.calls).toEqual([]);
    expect(t.jobs).toEqual([{ kind: 'teams.mirror.retry', payload: { itemId: t.item().id, action: 'linked' }, key: `teams-link-item:${t.item().id}` }]);
    await t.worker.retry(t.jobs[0].payload as { itemId: string; action: string });
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 1 });
    expect(t.events.map((e) => [e.action, e.outcome])).toEqual([['linked', 'MIRRORED']]);
  });

  it('adopts the file a lost answer left behind instead of uploading a second copy', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', driveItemId: null, pendingName: 'Notulen.txt', pendingParentId: 'root' });
    expect(t.files.size).toBe(1);

    await t.worker.retry({ itemId: t.item().id });
    expect([...t.files.values()].map((f) => f.name)).toEqual(['Notulen.txt']);
    expect(t.calls.filter((c) => c === 'uploadSmall')).toHaveLength(1);
    expect(t.calls).toContain('findByPath');
    expect(t.item()).toMatchObject({ status: 'MIRRORED', driveItemId: [...t.files.keys()][0], mirroredVersion: 1, mirroredName: 'Notulen.txt', pendingName: null, pendingSha256: null });
    expect(t.events.at(-1)?.message).toContain('teruggevonden');

    // Later versions replace that same file.
    t.put(2, Buffer.from('versie twee'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => f.content.toString())).toEqual(['versie twee']);
  });

  it('adopts a lost first upload of an older version and then uploads the current one into it', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    t.put(2, Buffer.from('versie twee, langer'));
    await t.worker.documentChanged(t.job('versioned', 2));
    expect([...t.files.values()].map((f) => [f.name, f.content.toString()])).toEqual([['Notulen.txt', 'versie twee, langer']]);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 2 });
  });

  it('does not adopt a file at the pending path that a person changed, nor one another item holds', async () => {
    const t = setup();
    t.put(1, Buffer.from('versie een'));
    t.loseAnswer.add('uploadSmall');
    await t.worker.documentChanged(t.job('created'));
    const [file] = t.files.values();
    file.byPerson = true; // a teacher saved over it in Teams before the retry
    await t.worker.retry({ itemId: t.item().id });
    expect([...t.files.values()].map((f) => f.name).sort()).toEqual(['Notulen (d0c00000).txt', 'Notulen.txt']);
    expect(t.item().mirroredName).toBe('Notulen (d0c00000).txt');

    const u = setup();
    u.put(1, Buffer.from('versie een'));
    u.loseAnswer.add('uploadSmall');
    await u.worker.documentChanged(u.job('created'));
    const [other] = u.files.keys();
    u.items.set('other', { ...u.item(), id: 'other', documentId: 'elders', driveItemId: other, pendingName: null, pendingParentId: null, pendingSha256: null });
    await u.worker.retry({ itemId: u.item().id });
    expect(u.item()).toMatchObject({ status: 'MIRRORED', mirroredName: 'Notulen (d0c00000).txt' });
    expect(u.files.size).toBe(2);
  });

  it('never overwrites someone else’s file with the same name: ours gets the document’s short id', async () => {
    const t = setup();
    t.files.set('other', { id: 'other', name: 'Notulen.txt', parentId: 'root', content: Buffer.from('van iemand anders'), eTag: '"x"' });
    t.put(1, Buffer.from('van ons'));
    await t.worker.documentChanged(t.job('created'));
    expect([...t.files.values()].map((f) => [f.name, f.content.toString()]).sort()).toEqual([
      [disambiguatedName('Notulen.txt', DOC), 'van ons'],
      ['Notulen.txt', 'van iemand anders'],
    ]);
  });

  it('resumes a stored upload session of a large file from nextExpectedRanges', async () => {
    const t = setup();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1234, 7);
    t.put(1, big);
    await t.worker.documentChanged(t.job('created'));
    expect(t.item().status).toBe('MIRRORED');
    // A second version, interrupted after its first range (a crash): the session URL is stored.
    const next = Buffer.alloc(6 * 1024 * 1024, 9);
    t.put(2, next);
    t.failures.push({ op: 'uploadRange', error: new Error('ECONNRESET') }, { op: 'uploadRange', error: new Error('ECONNRESET') });
    t.calls.length = 0;
    // The first range goes out, then the connection drops twice (the second attempt is not retried inline by this bare port).
    const firstRangeOnly = t.drive.uploadRange;
    let ranges = 0;
    t.drive.uploadRange = async (input) => {
      ranges += 1;
      if (ranges === 1) {
        t.failures.length = 0;
        const r = await firstRangeOnly(input);
        t.failures.push({ op: 'uploadRange', error: new Error('ECONNRESET') });
        return r;
      }
      return firstRangeOnly(input);
    };
    await t.worker.documentChanged(t.job('versioned', 2));
    expect(t.item()).toMatchObject({ status: 'RETRYING', uploadUrl: 'https://upload/1', uploadVersion: 2, mirroredVersion: 1 });
    t.calls.length = 0;
    await t.worker.retry({ itemId: t.item().id });
    expect(t.calls).toEqual(['getUploadSession', 'uploadRange']);
    expect(t.item()).toMatchObject({ status: 'MIRRORED', mirroredVersion: 2, uploadUrl: null });
    expect([...t.files.values()].map((f) => f.content.equals(next))).toEqual([true]);
  });

  it('reschedules after Retry-After when throttled, without counting it as a failed attempt', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'uploadSmall', error: new TeamsThrottled(300_000, 429) });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', attempts: 0 });
    expect(t.item().nextAttemptAt!.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(300_000);
    expect(t.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry', runAfter: t.item().nextAttemptAt })]);
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item().status).toBe('MIRRORED');
    expect(t.files.size).toBe(1);
  });

  it('waits for Teams while the channel is not provisioned, with the fix', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'resolveChannelFolder', error: new TeamsNotProvisioned() });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'WAITING', lastError: expect.stringContaining('Open het tabblad Bestanden van dit kanaal één keer in Teams') });
    expect(t.jobs).toHaveLength(1);
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item().status).toBe('MIRRORED');
  });

  it('waits for a Sites.Selected grant on a site that answers 403, leaving the tenant GRANTED, and recovers by itself', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'resolveChannelFolder', error: new TeamsSiteAccessDenied(403, 'accessDenied') });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'WAITING', lastError: expect.stringContaining('geen toegang tot de site van dit team'), nextAttemptAt: expect.any(Date) });
    expect(t.tenant).toMatchObject({ consent: 'GRANTED', consentError: null });
    expect(t.jobs).toHaveLength(1); // the next attempt is planned: no beheerder action needed
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item()).toMatchObject({ status: 'MIRRORED', lastError: null });
    expect(t.files.size).toBe(1);
  });

  it('stops on revoked consent: the tenant is REVOKED, nothing is retried, and later jobs make no calls', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'resolveChannelFolder', error: new TeamsAuthFailed('consent-revoked', 400, 'AADSTS65001') });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'FAILED', nextAttemptAt: null, lastError: expect.stringContaining('opnieuw toestemming') });
    expect(t.tenant).toMatchObject({ consent: 'REVOKED', consentError: expect.stringContaining('AADSTS65001') });
    expect(t.jobs).toEqual([]);
    t.calls.length = 0;
    await t.worker.documentChanged(t.job('versioned', 1));
    expect(t.calls).toEqual([]);
    expect(t.item().status).toBe('FAILED');
  });

  it('retries other failures with back-off and fails with the reason after the last attempt', async () => {
    const t = setup({ maxAttempts: 2 });
    t.put(1, Buffer.from('een'));
    t.failures.push({ op: 'uploadSmall', error: new TeamsTransient('verbinding verbroken') }, { op: 'uploadSmall', error: new TeamsTransient('verbinding verbroken') });
    await t.worker.documentChanged(t.job('created'));
    expect(t.item()).toMatchObject({ status: 'RETRYING', attempts: 1 });
    await t.worker.retry({ itemId: t.item().id });
    expect(t.item()).toMatchObject({ status: 'FAILED', attempts: 2, lastError: expect.stringContaining('na 2 pogingen') });
    expect(t.jobs).toHaveLength(1);
  });

  it('leaves an item another worker holds alone and looks again later', async () => {
    const t = setup();
    t.put(1, Buffer.from('een'));
    await t.repo.ensureItem('l1', DOC);
    t.item().leaseUntil = new Date(NOW.getTime() + 30_000);
    await t.worker.documentChanged(t.job('created'));
    expect(t.calls).toEqual([]);
    expect(t.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry' })]);
  });
});
