import type { Actor, Clock, DomainEvents, UnitOfWork } from '@verbinder/shared/kernel';
import { NewNotification, Notification, NotificationsRepository, NotificationsService } from './notifications.service';

const now = new Date('2026-12-01T12:00:00Z');
const reader: Actor = { personId: 'p1', name: 'Lezer', email: 'lezer@school.example', systemRole: null, memberships: [] };

function notifications() {
  const rows: Notification[] = [];
  const repo: NotificationsRepository = {
    insertMany: async (data: Array<NewNotification & { personId: string }>) => {
      const created = data.map((d, i) => ({
        id: `n${rows.length + i + 1}`,
        personId: d.personId,
        kind: d.kind,
        title: d.title,
        body: d.body ?? null,
        link: d.link ?? null,
        createdAt: now,
        readAt: null,
      }));
      rows.push(...created);
      return created;
    },
    listForPerson: async (personId: string, limit: number) => rows.filter((r) => r.personId === personId).slice(0, limit),
    countUnread: async (personId: string) => rows.filter((r) => r.personId === personId && !r.readAt).length,
    markRead: async (personId: string, ids: string[] | null, at: Date) => {
      const hits = rows.filter((r) => r.personId === personId && !r.readAt && (!ids || ids.includes(r.id)));
      for (const r of hits) r.readAt = at;
      return hits.length;
    },
    deleteExpired: async (readBefore: Date, anyBefore: Date) => {
      const gone = rows.filter((r) => (r.readAt && r.createdAt < readBefore) || r.createdAt < anyBefore);
      for (const r of gone) rows.splice(rows.indexOf(r), 1);
      return gone.length;
    },
  };
  const hooks: Array<() => unknown> = [];
  const uow = { run: async <T>(work: () => Promise<T>) => work(), afterCommit: (hook: () => unknown) => void hooks.push(hook) } as UnitOfWork;
  const emitted: Array<{ name: string; payload: unknown }> = [];
  const events = { emit: async (name: string, payload: unknown) => void emitted.push({ name, payload }) } as unknown as DomainEvents;
  const clock: Clock = { now: () => now };
  const commit = async () => {
    for (const hook of hooks.splice(0)) await hook();
  };
  return { service: new NotificationsService(repo, uow, events, clock), rows, emitted, commit };
}

describe('NotificationsService', () => {
  it('writes one notification per distinct person and pushes them only after the transaction commits', async () => {
    const { service, rows, emitted, commit } = notifications();
    await service.notify(['p1', 'p2', 'p1'], { kind: 'werkgroep.mention', title: 'Je bent genoemd', link: '/werkgroep/w1' });
    expect(rows.map((r) => r.personId)).toEqual(['p1', 'p2']);
    expect(emitted).toEqual([]);
    await commit();
    expect(emitted).toEqual([
      {
        name: 'notification.created',
        payload: { personId: 'p1', notification: { id: 'n1', kind: 'werkgroep.mention', title: 'Je bent genoemd', body: null, link: '/werkgroep/w1', createdAt: now.toISOString(), readAt: null } },
      },
      { name: 'notification.created', payload: expect.objectContaining({ personId: 'p2' }) },
    ]);
  });

  it('does nothing for nobody', async () => {
    const { service, rows, commit, emitted } = notifications();
    await service.notify([], { kind: 'x', title: 'x' });
    await commit();
    expect(rows).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('lists 1 to 100 of the actor’s own notifications', async () => {
    const { service } = notifications();
    await service.notify(['p1', 'p2'], { kind: 'k', title: 'Hallo' });
    expect((await service.list(reader, 10)).map((n) => n.personId)).toEqual(['p1']);
    for (const first of [0, 101, 1.5]) expect(service.list.bind(service, reader, first)).toThrow('Vraag 1 tot en met 100 meldingen op.');
  });

  it('marks the actor’s notifications read at the clock’s time, all or some (at most 500 ids)', async () => {
    const { service, rows } = notifications();
    await service.notify(['p1'], { kind: 'k', title: 'Een' });
    await service.notify(['p1'], { kind: 'k', title: 'Twee' });
    expect(await service.unreadCount(reader)).toBe(2);
    expect(await service.markRead(reader, ['n1'])).toBe(1);
    expect(rows[0].readAt).toEqual(now);
    expect(await service.markRead(reader, null)).toBe(1);
    expect(await service.unreadCount(reader)).toBe(0);
    expect(() =>
      service.markRead(
        reader,
        Array.from({ length: 501 }, (_, i) => `n${i}`),
      ),
    ).toThrow('Markeer hoogstens 500 meldingen tegelijk.');
  });

  it('keeps a read notification 90 days and an unread one a year', async () => {
    const { service, rows } = notifications();
    const day = 86_400_000;
    const at = (daysAgo: number, read: boolean): Notification => ({
      id: `old-${daysAgo}-${read}`,
      personId: 'p1',
      kind: 'k',
      title: 't',
      body: null,
      link: null,
      createdAt: new Date(now.getTime() - daysAgo * day),
      readAt: read ? now : null,
    });
    rows.push(at(89, true), at(91, true), at(364, false), at(366, false));
    expect(await service.purgeExpired(now)).toBe(2);
    expect(rows.map((r) => r.id)).toEqual(['old-89-true', 'old-364-false']);
    expect(await service.purgeExpired(now)).toBe(0);
  });
});
