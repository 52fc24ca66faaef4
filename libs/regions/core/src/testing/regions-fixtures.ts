// The regions services over in-memory fakes, for unit specs: two regions, people with roles in
// the first, a platform beheerder, and a clock that stands still.
import { recordingNotifications } from '@verbinder/notifications/core/testing';
import type { Actor, MembershipRole } from '@verbinder/shared/kernel';
import { fakeKernelPorts, ManualClock } from '@verbinder/shared/kernel/testing';
import { LeerlabsService } from '../leerlabs.service';
import { LeerroutesService } from '../leerroutes.service';
import { MembershipsService } from '../memberships.service';
import { PeopleService } from '../people.service';
import { RegionWriter } from '../region-writes';
import type { PersonCredentials } from '../regions-repository.port';
import { RegionsService } from '../regions.service';
import { SchoolsService } from '../schools.service';
import { MemoryRegionsRepository } from './memory-regions-repository';

export async function regionsWorld(iso = '2026-12-01T12:00:00Z') {
  const clock = new ManualClock(iso);
  const repo = new MemoryRegionsRepository(clock);
  const { kernel, uow, events } = fakeKernelPorts(clock);
  const { notifications, notified } = recordingNotifications();
  const credentials = { passwords: new Map<string, string>(), ended: [] as string[] };
  const personCredentials: PersonCredentials = {
    setPassword: async (personId, password) => void credentials.passwords.set(personId, password),
    endSessionsOf: async (personId) => void credentials.ended.push(personId),
  };
  const writer = new RegionWriter(kernel);
  const regions = new RegionsService(repo, writer);
  const services = {
    regions,
    schools: new SchoolsService(repo, writer, regions),
    leerlabs: new LeerlabsService(repo, writer, regions),
    people: new PeopleService(repo, kernel, personCredentials, regions),
    memberships: new MembershipsService(repo, kernel, writer, regions, notifications),
    leerroutes: new LeerroutesService(repo, writer, regions, notifications),
  };

  const noord = await repo.insertRegion({ slug: 'noord', name: 'Noord', description: null });
  const zuid = await repo.insertRegion({ slug: 'zuid', name: 'Zuid', description: null });
  /** A person with these roles in Noord (or none), and the actor they are. */
  const person = async (name: string, roles: MembershipRole[], systemRole: 'BEHEERDER' | null = null, regionId = noord.id): Promise<Actor> => {
    const p = await repo.insertPerson({ name, email: `${name.toLowerCase()}@example.org`, jobTitle: null, systemRole });
    for (const role of roles) await repo.insertMembership({ personId: p.id, regionId, schoolId: null, role, layer: 'PROFESSIONEEL' });
    return { personId: p.id, name, email: p.email, systemRole, memberships: roles.map((role) => ({ regionId, schoolId: null, role })) };
  };
  const actors = {
    beheerder: await person('Karin', ['BEHEERDER']),
    verbinder: await person('Sanne', ['VERBINDER']),
    docent: await person('Daan', ['DOCENT']),
    zuider: await person('Zoë', ['BEHEERDER'], null, zuid.id),
    platform: await person('Admin', [], 'BEHEERDER'),
    loner: await person('Los', []),
  };
  return { clock, repo, uow, events, notified, credentials, noord, zuid, actors, ...services };
}
