import type { ActieagendaService } from '@verbinder/actieagenda/core';
import { actor, fakeRegions, GROUP, manualClock, MISSING, OTHER_REGION, REGION, rejection, SCHOOL, uuid, werkgroepenWith } from './testing/werkgroepen-fakes';

const CHAIR = uuid(1);
const MEMBER = uuid(2);
const OUTSIDER = uuid(3);
const NEWCOMER = uuid(4);

const chair = actor(CHAIR, [['DOCENT']]);
const member = actor(MEMBER, [['DOCENT']]);
const regionColleague = actor(OUTSIDER, [['DOCENT']]);
const verbinder = actor(uuid(5), [['VERBINDER']]);
const stranger = actor(uuid(6), [['VERBINDER', OTHER_REGION]]);

const groupWith = (over: Parameters<typeof werkgroepenWith>[0] = {}) =>
  werkgroepenWith({
    members: [
      [CHAIR, 'VOORZITTER'],
      [MEMBER, 'LID'],
    ],
    ...over,
  });

describe('WerkgroepenService access', () => {
  it('hides a members-only group from region colleagues and strangers as NOT_FOUND, like an unknown id', async () => {
    const { service } = groupWith();
    for (const who of [regionColleague, stranger]) expect((await rejection(service.access(who, GROUP))).code).toBe('NOT_FOUND');
    expect((await rejection(service.access(member, MISSING))).code).toBe('NOT_FOUND');
    expect((await rejection(service.access(member, 'not-a-uuid'))).code).toBe('NOT_FOUND');
  });

  it('lets members read and write, the voorzitter and region managers manage, and managers not read a members-only group', async () => {
    const { service } = groupWith();
    expect(await service.access(member, GROUP)).toMatchObject({ canRead: true, canWrite: true, canManage: false });
    expect(await service.access(chair, GROUP)).toMatchObject({ canRead: true, canWrite: true, canManage: true });
    expect(await service.access(verbinder, GROUP)).toMatchObject({ member: null, canRead: false, canWrite: false, canManage: true });
    expect((await rejection(service.readable(verbinder, GROUP))).code).toBe('FORBIDDEN');
    expect((await rejection(service.manageable(member, GROUP))).code).toBe('FORBIDDEN');
  });

  it('opens a REGION group to every member of the region for reading only', async () => {
    const { service } = groupWith({ group: { visibility: 'REGION' } });
    expect(await service.access(regionColleague, GROUP)).toMatchObject({ canRead: true, canWrite: false });
    expect((await rejection(service.writable(regionColleague, GROUP))).code).toBe('FORBIDDEN');
    expect((await rejection(service.access(stranger, GROUP))).code).toBe('NOT_FOUND');
  });

  it('refuses writes to an archived group with CONFLICT', async () => {
    const { service } = groupWith({ group: { archivedAt: new Date('2026-11-01T00:00:00Z') } });
    const error = await rejection(service.writable(member, GROUP));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('gearchiveerd');
  });

  it('answers readableFor (calendar feeds) from membership, or region membership for REGION groups', async () => {
    const regions = fakeRegions({ memberships: [{ personId: OUTSIDER, regionId: REGION, schoolId: null, role: 'DOCENT' }] });
    const closed = groupWith({ regions });
    expect((await closed.service.readableFor(MEMBER, GROUP))?.id).toBe(GROUP);
    expect(await closed.service.readableFor(OUTSIDER, GROUP)).toBeNull();
    expect(await closed.service.readableFor(MEMBER, 'x')).toBeNull();
    const open = groupWith({ regions, group: { visibility: 'REGION' } });
    expect((await open.service.readableFor(OUTSIDER, GROUP))?.id).toBe(GROUP);
    expect(await open.service.readableFor(uuid(9), GROUP)).toBeNull();
  });

  it('lists the groups one may know about: managers all, others their own and REGION groups', async () => {
    const { service, repo } = groupWith();
    await repo.insert({ ...repo.groups[0], name: 'Open', visibility: 'REGION' });
    expect((await service.list(verbinder, REGION)).map((g) => g.name).sort()).toEqual(['Open', 'Techniek']);
    expect((await service.list(regionColleague, REGION)).map((g) => g.name)).toEqual(['Open']);
    expect((await rejection(service.list(stranger, REGION))).code).toBe('FORBIDDEN');
    expect((await service.readableIds(regionColleague, [GROUP, repo.groups[1].id, 'x'])).length).toBe(1);
  });
});

describe('WerkgroepenService writes', () => {
  it('creates a group with its creator as voorzitter and announces it after commit', async () => {
    const { service, repo, changes } = groupWith();
    const created = await service.create(verbinder, { regionId: REGION, kind: 'REGIEGROEP', name: '  Regie  ', visibility: 'REGION' });
    expect(created).toMatchObject({ name: 'Regie', kind: 'REGIEGROEP', visibility: 'REGION' });
    expect(await repo.findMember(created.id, verbinder.personId)).toMatchObject({ role: 'VOORZITTER', layer: 'MANAGEMENT' });
    expect(changes()).toEqual(['group:changed']);
  });

  it('refuses a group from someone who is not a region manager, a duplicate name and bad input', async () => {
    const { service } = groupWith();
    expect((await rejection(service.create(member, { regionId: REGION, kind: 'REGIEGROEP', name: 'X' }))).code).toBe('FORBIDDEN');
    const duplicate = await rejection(service.create(verbinder, { regionId: REGION, kind: 'REGIEGROEP', name: 'techniek' }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    const bad = await rejection(service.create(verbinder, { regionId: REGION, kind: 'CLUB', name: '', cadenceDays: 0 }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect((bad.details.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual(['cadenceDays', 'kind', 'name']);
  });

  it('refuses actielijnen from another region', async () => {
    const actieagenda = { linesByIds: async () => [{ id: uuid(70), agendaId: uuid(71) }], agendasByIds: async () => [{ id: uuid(71), regionId: OTHER_REGION }] } as unknown as ActieagendaService;
    const { service } = groupWith({ actieagenda });
    const error = await rejection(service.create(verbinder, { regionId: REGION, kind: 'REGIEGROEP', name: 'Nieuw', actielijnIds: [uuid(70)] }));
    expect(error.details.fields).toEqual([{ field: 'actielijnIds', message: 'Kies actielijnen uit de actieagenda van deze regio.' }]);
  });

  it('archives at the clock’s time', async () => {
    const clock = manualClock('2026-12-05T08:00:00Z');
    const { service } = groupWith({ clock });
    expect((await service.setArchived(chair, GROUP, true)).archivedAt).toEqual(new Date('2026-12-05T08:00:00Z'));
    expect((await service.setArchived(chair, GROUP, false)).archivedAt).toBeNull();
  });

  it('adds a region member with the school of their membership and notifies them', async () => {
    const regions = fakeRegions({
      persons: [{ id: NEWCOMER, name: 'Noor' }],
      memberships: [{ personId: NEWCOMER, regionId: REGION, schoolId: SCHOOL, role: 'DOCENT', layer: 'PROFESSIONEEL' }],
    });
    const { service, notifications, changes, events } = groupWith({ regions });
    const added = await service.upsertMember(chair, { werkgroepId: GROUP, personId: NEWCOMER });
    expect(added).toMatchObject({ personId: NEWCOMER, schoolId: SCHOOL, role: 'LID', layer: 'PROFESSIONEEL' });
    expect(notifications.sent).toEqual([{ personIds: [NEWCOMER], message: expect.objectContaining({ kind: 'werkgroep.member-added', title: 'Je bent toegevoegd aan Techniek' }) }]);
    expect(changes()).toEqual(['members:changed']);
    // The newcomer's own open screens (the werkgroepen list) learn of it live.
    expect(events.of('werkgroep.member-added')).toEqual([{ regionId: REGION, werkgroepId: GROUP, personId: NEWCOMER }]);
  });

  it('tells no one of an added member when a member only changes role', async () => {
    const regions = fakeRegions({
      persons: [{ id: NEWCOMER, name: 'Noor' }],
      memberships: [{ personId: NEWCOMER, regionId: REGION, schoolId: SCHOOL, role: 'DOCENT', layer: 'PROFESSIONEEL' }],
    });
    const { service, events } = groupWith({ regions });
    await service.upsertMember(chair, { werkgroepId: GROUP, personId: NEWCOMER });
    await service.upsertMember(chair, { werkgroepId: GROUP, personId: NEWCOMER, role: 'GAST' });
    expect(events.of('werkgroep.member-added')).toHaveLength(1);
  });

  it('refuses someone outside the region, and a school of another region', async () => {
    const regions = fakeRegions({
      persons: [{ id: NEWCOMER, name: 'Noor' }],
      schools: [{ id: SCHOOL, regionId: OTHER_REGION, name: 'Elders' }],
      memberships: [{ personId: NEWCOMER, regionId: OTHER_REGION, schoolId: null, role: 'DOCENT' }],
    });
    const { service } = groupWith({ regions });
    const error = await rejection(service.upsertMember(chair, { werkgroepId: GROUP, personId: NEWCOMER, schoolId: SCHOOL }));
    expect((error.details.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual(['personId', 'schoolId']);
  });

  it('keeps a voorzitter: the last one can neither step down nor leave', async () => {
    const regions = fakeRegions({ persons: [{ id: CHAIR, name: 'Chair' }], memberships: [{ personId: CHAIR, regionId: REGION, schoolId: null, role: 'DOCENT' }] });
    const { service } = groupWith({ regions });
    expect((await rejection(service.upsertMember(chair, { werkgroepId: GROUP, personId: CHAIR, role: 'LID' }))).code).toBe('CONFLICT');
    expect((await rejection(service.removeMember(chair, GROUP, CHAIR))).code).toBe('CONFLICT');
  });

  it('removes a member, and tells every node to drop their sockets from the room', async () => {
    const { service, repo, events } = groupWith();
    expect(await service.removeMember(chair, GROUP, MEMBER)).toBe(true);
    expect(await repo.findMember(GROUP, MEMBER)).toBeNull();
    expect(events.emitted.find((e) => e.name === 'werkgroep.member-removed')?.payload).toEqual({ regionId: REGION, werkgroepId: GROUP, personId: MEMBER });
    expect((await rejection(service.removeMember(chair, GROUP, MEMBER))).code).toBe('NOT_FOUND');
    expect((await rejection(service.removeMember(member, GROUP, CHAIR))).code).toBe('NOT_FOUND');
  });

  it('marks read only for members, at the clock’s time', async () => {
    const { service, repo, clock } = groupWith({ group: { visibility: 'REGION' } });
    expect(await service.markRead(member, GROUP)).toBe(true);
    expect(await service.markRead(regionColleague, GROUP)).toBe(false);
    expect(repo.reads).toEqual([{ werkgroepId: GROUP, personId: MEMBER, at: clock.now() }]);
    expect(await service.unreadCounts(member, [GROUP, 'x'])).toEqual([3, 0]);
  });
});

describe('WerkgroepenService schijnsamenwerking signal', () => {
  it('flags a group that meets but does little in between, over the last eight weeks of the clock', async () => {
    const clock = manualClock('2026-12-01T12:00:00Z');
    const { service, repo } = groupWith({ clock });
    repo.meetings = ['2026-09-01', '2026-10-20', '2026-11-03', '2026-11-17'].map((d) => new Date(`${d}T15:00:00Z`));
    repo.activity = (from) => (from.toISOString().startsWith('2026-11-03') ? { posts: 2, documentVersions: 1, decisions: 0 } : { posts: 0, documentVersions: 0, decisions: 0 });
    const signal = await service.signal(member, GROUP);
    // 2026-09-01 lies outside the 56-day window: three meetings, two intervals, one active.
    expect(signal).toMatchObject({ meetings: 3, intervals: 2, activeIntervals: 1, posts: 2, documentVersions: 1, flagged: false });
    expect((await rejection(service.signal(regionColleague, GROUP))).code).toBe('NOT_FOUND');
    expect((await service.regionSignals(verbinder, REGION)).map((s) => s.werkgroep.id)).toEqual([GROUP]);
    expect((await rejection(service.regionSignals(member, REGION))).code).toBe('FORBIDDEN');
  });
});
