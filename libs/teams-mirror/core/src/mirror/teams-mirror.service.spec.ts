import type { Actor, OutboxJob } from '@verbinder/shared/kernel';
import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { MirrorItemPatch, TeamsMirrorRepository } from './mirror-repository.port';
import type { DocumentMirror, MirrorItem, TeamsLink, TeamsTenant } from './mirror.types';
import { mirrorItem, mirrorPorts, teamsLink } from '../testing/mirror-rows';
import { TeamsMirrorService } from './teams-mirror.service';

const NOW = new Date('2026-03-02T10:00:00Z');
const REGION = '00000000-0000-4000-8000-0000000000e1';
const TENANT = '00000000-0000-4000-8000-0000000000e2';
const LINK = '00000000-0000-4000-8000-0000000000e3';
const ITEM = '00000000-0000-4000-8000-0000000000e4';

const person = (role: 'BEHEERDER' | 'VERBINDER' | null): Actor => ({
  personId: 'p1',
  name: 'Anne',
  email: 'anne@example.org',
  systemRole: null,
  memberships: role ? ([{ regionId: REGION, schoolId: null, role }] as Actor['memberships']) : [],
});

const tenant = (patch: Partial<TeamsTenant> = {}): TeamsTenant => ({
  id: TENANT,
  regionId: REGION,
  tenantId: 'guid',
  name: 'Vmbo De Brug',
  consent: 'GRANTED',
  consentError: null,
  consentChangedAt: NOW,
  createdAt: NOW,
  ...patch,
});
const link = (patch: Partial<TeamsLink> = {}): TeamsLink => teamsLink({ id: LINK, regionId: REGION, tenantRef: TENANT, channelId: '19:abc@thread.tacv2', ...patch });
const item = (patch: Partial<MirrorItem> = {}): DocumentMirror => ({
  ...mirrorItem({ id: ITEM, linkId: LINK, status: 'FAILED', attempts: 3, lastError: 'x', ...patch }),
  documentTitle: 'Leesplan',
  documentDeleted: false,
});

function setup(options: { tenant?: TeamsTenant; items?: DocumentMirror[]; member?: boolean; canRead?: boolean; configured?: boolean; existingLink?: boolean; existingTenant?: boolean } = {}) {
  const jobs: OutboxJob[] = [];
  const itemUpdates: MirrorItemPatch[] = [];
  const tenantUpdates: Array<Partial<TeamsTenant>> = [];
  const insertedLinks: unknown[] = [];
  const items = options.items ?? [item()];
  const current = options.tenant ?? tenant();
  const repo: Partial<TeamsMirrorRepository> = {
    regionExists: async () => true,
    listTenants: async () => [current],
    findTenant: async (id) => (id === TENANT ? current : null),
    findTenantByGuid: async () => (options.existingTenant ? current : null),
    insertTenant: async (input) => tenant({ tenantId: input.tenantId, name: input.name }),
    updateTenant: async (_id, patch) => (tenantUpdates.push(patch), { ...current, ...patch }),
    failedItemsOfTenant: async () => items.filter((i) => i.status === 'FAILED'),
    activeLinks: async () => [link()],
    findActiveLink: async () => (options.existingLink ? link() : null),
    insertLink: async (input) => (insertedLinks.push(input), link()),
    findLink: async () => link(),
    findItem: async (id) => items.find((i) => i.id === id) ?? null,
    updateItem: async (_id, patch) => (itemUpdates.push(patch), { ...items[0], ...patch }),
    addEvent: async () => undefined,
    groupItems: async () => items,
    hasActiveLink: async () => true,
  };
  const werkgroepen = {
    access: async () => ({ werkgroep: { id: 'w1', regionId: REGION, archivedAt: null }, canRead: options.canRead ?? true, member: options.member ?? true }),
    readable: async () => undefined,
    changed: () => undefined,
  } as unknown as WerkgroepenService;
  const service = new TeamsMirrorService(
    mirrorPorts({
      repo,
      settings: { configured: options.configured ?? true, maxAttempts: 5, leaseMs: 20_000 },
      uow: { run: (work) => work(), afterCommit: (hook) => void hook() },
      outbox: { enqueue: async (job) => (jobs.push(job), true) },
      clock: { now: () => NOW },
    }),
    werkgroepen,
  );
  return { service, jobs, itemUpdates, tenantUpdates, insertedLinks };
}

describe('TeamsMirrorService', () => {
  it('registers a tenant for beheerders only, with a GUID, once per region', async () => {
    const t = setup();
    await expect(t.service.registerTenant(person('VERBINDER'), { regionId: REGION, tenantId: TENANT, name: 'School' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(t.service.registerTenant(person('BEHEERDER'), { regionId: REGION, tenantId: 'de brug', name: 'School' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.service.registerTenant(person('BEHEERDER'), { regionId: REGION, tenantId: TENANT.toUpperCase(), name: 'School' })).toMatchObject({ tenantId: TENANT });
    await expect(setup({ existingTenant: true }).service.registerTenant(person('BEHEERDER'), { regionId: REGION, tenantId: TENANT, name: 'School' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('consent granted again after REVOKED retries the items that failed on it', async () => {
    const t = setup({ tenant: tenant({ consent: 'REVOKED', consentError: 'AADSTS65001' }), items: [item(), item({ id: 'other', status: 'MIRRORED' })] });
    const updated = await t.service.setConsent(person('BEHEERDER'), TENANT, 'GRANTED');
    expect(updated).toMatchObject({ consent: 'GRANTED', consentError: null });
    expect(t.itemUpdates).toEqual([{ status: 'PENDING', attempts: 0, nextAttemptAt: NOW, lastError: null }]);
    expect(t.jobs.map((j) => j.kind)).toEqual(['teams.mirror.retry']);
  });

  it('links a group for beheerders, validates the ids and queues the sync of existing documents', async () => {
    const t = setup();
    const input = { werkgroepId: 'w1', tenantId: TENANT, teamId: '9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab', channelId: '19:abc@thread.tacv2' };
    await expect(t.service.link(person('VERBINDER'), input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(t.service.link(person('BEHEERDER'), { ...input, channelId: 'met spatie' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(t.service.link(person('BEHEERDER'), { ...input, teamId: 'team-1' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await t.service.link(person('BEHEERDER'), input);
    expect(t.jobs).toEqual([{ kind: 'teams.mirror.link-sync', payload: { linkId: LINK }, key: `teams-link-sync:${LINK}` }]);
    await expect(setup({ existingLink: true }).service.link(person('BEHEERDER'), input)).rejects.toMatchObject({ code: 'CONFLICT' });
    const off = setup({ configured: false });
    await off.service.link(person('BEHEERDER'), input);
    expect(off.jobs).toEqual([]);
  });

  it('retries a failed item for members, never while consent is revoked or when it is already queued', async () => {
    const t = setup();
    expect(await t.service.retry(person(null), ITEM)).toMatchObject({ id: ITEM });
    expect(t.jobs).toEqual([expect.objectContaining({ kind: 'teams.mirror.retry', payload: { itemId: ITEM }, runAfter: NOW })]);
    await expect(setup({ tenant: tenant({ consent: 'REVOKED' }) }).service.retry(person(null), ITEM)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setup({ items: [item({ status: 'PENDING' })] }).service.retry(person(null), ITEM)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setup({ member: false, canRead: true }).service.retry(person(null), ITEM)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setup({ canRead: false }).service.retry(person(null), ITEM)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('says why an item waits: leased now, left by a server that stopped, or queued', () => {
    const { service } = setup();
    expect(service.waitingReason(item({ status: 'PENDING', leaseUntil: new Date(NOW.getTime() + 15_000) }))).toMatch(/^Wordt nu naar Teams gestuurd\..* om \d\d:\d\d over\.$/);
    expect(service.waitingReason(item({ status: 'PENDING', leaseUntil: new Date(NOW.getTime() - 1) }))).toContain('reageert niet meer');
    expect(service.waitingReason(item({ status: 'PENDING' }))).toContain('Staat in de wachtrij');
    expect(service.waitingReason(item({ status: 'RETRYING', lastError: 'Teams vraagt om te wachten' }))).toBe('Teams vraagt om te wachten');
    expect(service.waitingReason(item({ status: 'MIRRORED' }))).toBeNull();
  });
});
