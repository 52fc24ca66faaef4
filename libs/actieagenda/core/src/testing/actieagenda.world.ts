import type { NotificationsService } from '@verbinder/notifications/core';
import type { Membership, Person, RegionsService, School } from '@verbinder/regions/core';
import { Actor, DomainError, DomainEvents, Outbox, OutboxJob, UnitOfWork } from '@verbinder/shared/kernel';
import { ActieagendaChanges } from '../actieagenda-changes';
import { ActieagendaService } from '../actieagenda.service';
import { ActiesService } from '../acties.service';
import { CheckInsService } from '../check-ins.service';
import { CsvService } from '../csv.service';
import { RollupService } from '../rollup.service';
import { actorIn, FakeClock, InMemoryActieagendaRepository, OTHER_REGION, REGION } from './actieagenda.fakes';

export const SCHOOL = '33333333-3333-4333-8333-333333333333';
export const SCHOOL_B = '44444444-4444-4444-8444-444444444444';
export const SCHOOL_ELSEWHERE = '55555555-5555-4555-8555-555555555555';

/** The verbinder who runs the agenda of REGION in every spec. */
export const verbinder = actorIn(1, 'VERBINDER');

/** Every actieagenda service over one in-memory repository, with recording fakes of the other ports. */
export function actieagendaWorld() {
  const clock = new FakeClock();
  const repo = new InMemoryActieagendaRepository(clock);
  const hooks: Array<() => unknown> = [];
  const uow: UnitOfWork = {
    run: async (work) => {
      const result = await work();
      hooks.splice(0).forEach((hook) => hook());
      return result;
    },
    afterCommit: (hook) => void hooks.push(hook),
  };
  const emitted: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const events = { emit: async (name: string, payload: Record<string, unknown>) => void emitted.push({ name, payload }) } as unknown as DomainEvents;
  const jobs: OutboxJob[] = [];
  const outbox: Outbox = { enqueue: async (job) => !jobs.some((j) => j.key === job.key) && jobs.push(job) > 0 };
  const notified: Array<{ personIds: string[]; kind: string }> = [];
  const notifications = { notify: async (personIds: string[], n: { kind: string }) => void notified.push({ personIds, kind: n.kind }) } as unknown as NotificationsService;

  const regionsData = [
    { id: REGION, slug: 'noord', name: 'Noord', description: null, createdAt: clock.at, updatedAt: clock.at },
    { id: OTHER_REGION, slug: 'zuid', name: 'Zuid', description: null, createdAt: clock.at, updatedAt: clock.at },
  ];
  const school = (id: string, regionId: string, name: string) => ({ id, regionId, name, kind: 'VO', koepel: null, brin: null, website: null, locations: [], createdAt: clock.at, updatedAt: clock.at }) as School;
  const schools = [school(SCHOOL, REGION, 'Landstede'), school(SCHOOL_B, REGION, 'Morgen College'), school(SCHOOL_ELSEWHERE, OTHER_REGION, 'Zuiderschool')];
  const memberships: Membership[] = [];
  const people: Person[] = [];
  const regions = {
    getRegion: async (by: { id?: string; slug?: string }) => {
      const region = regionsData.find((r) => r.id === by.id || r.slug === by.slug);
      if (!region) throw DomainError.notFound('Deze regio');
      return region;
    },
    schoolsByIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.id)),
    schoolsByRegionIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.regionId)),
    membershipsByPersonIds: async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.personId)),
    membershipsByRegionIds: async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.regionId)),
    personsByIds: async (ids: readonly string[]) => people.filter((p) => ids.includes(p.id)),
  } as unknown as RegionsService;
  /** A person known to the regions fake, at `schoolId` in `layer` (for owners, e-mails and the achtje). */
  const addPerson = (actor: Actor, schoolId: string | null = null, layer: Membership['layer'] = 'PROFESSIONEEL') => {
    people.push({ id: actor.personId, name: actor.name, email: actor.email, jobTitle: null, systemRole: null });
    for (const m of actor.memberships) memberships.push({ id: `m-${actor.personId}`, personId: actor.personId, regionId: m.regionId, schoolId, role: m.role, layer });
    return actor;
  };

  const changes = new ActieagendaChanges(uow, events, clock);
  const agendas = new ActieagendaService(repo, clock, regions, changes);
  const acties = new ActiesService(repo, clock, regions, agendas, changes);
  const checkIns = new CheckInsService(repo, uow, outbox, clock, regions, notifications, agendas, changes);
  const rollup = new RollupService(repo, clock, regions, agendas);
  const csv = new CsvService(agendas, acties, rollup, changes, regions);

  /** The agenda of REGION with lines 1 and 2, made by the verbinder. */
  const seedAgenda = async () => {
    addPerson(verbinder);
    const agenda = await agendas.createAgenda(verbinder, { regionId: REGION, title: 'Actieagenda 2025–2028', periodStart: '2025-08-01', periodEnd: '2028-07-31' });
    const line1 = await agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 1, title: 'Samen opleiden', focusYears: [2026] });
    const line2 = await agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 2, title: 'Doorlopende leerlijnen' });
    return { agenda, line1, line2 };
  };

  return { clock, repo, emitted, jobs, notified, regions, addPerson, changes, agendas, acties, checkIns, rollup, csv, seedAgenda };
}
