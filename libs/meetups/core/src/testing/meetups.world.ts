import type { ActieagendaService, CheckInsService } from '@verbinder/actieagenda/core';
import type { NotificationsService } from '@verbinder/notifications/core';
import type { AppConfig } from '@verbinder/platform/config';
import type { Membership, Person, RegionsService, School } from '@verbinder/regions/core';
import { Actor, DomainError, DomainEvents, Outbox, OutboxJob, UnitOfWork } from '@verbinder/shared/kernel';
import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { ActivitiesService } from '../activities.service';
import { CalendarFeedsService } from '../calendar-feeds.service';
import { MeetingsService } from '../meetings.service';
import { MeetupsChanges } from '../meetups-changes';
import { PublicRegistrationService } from '../public-registration.service';
import { RegistrationsService } from '../registrations.service';
import { SeriesService } from '../series.service';
import { WaitlistService } from '../waitlist.service';
import { FakeClock, InMemoryMeetupsRepository, OTHER_REGION, REGION, SCHOOL, SCHOOL_B, SCHOOL_ELSEWHERE } from './meetups.fakes';

/** Every meetups service over one in-memory repository, with recording fakes of the other ports and domains. */
export function meetupsWorld() {
  const clock = new FakeClock();
  const repo = new InMemoryMeetupsRepository(clock);
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
  const config = { publicUrl: 'https://verbinder.test', meetups: { claimHours: 48 }, loginRateLimit: { max: 3, windowSeconds: 600 } } as AppConfig;

  const regionsData = [
    { id: REGION, slug: 'noord', name: 'Noord', description: null, createdAt: clock.at, updatedAt: clock.at },
    { id: OTHER_REGION, slug: 'zuid', name: 'Zuid', description: null, createdAt: clock.at, updatedAt: clock.at },
  ];
  const schools: School[] = [
    { id: SCHOOL, regionId: REGION, name: 'Landstede', kind: 'MBO', koepel: null, brin: null, website: null, locations: [{ name: 'Hoofdgebouw', address: 'Rijnlaan 1', city: 'Harderwijk' }], createdAt: clock.at, updatedAt: clock.at },
    { id: SCHOOL_B, regionId: REGION, name: 'Morgen College', kind: 'VO', koepel: null, brin: null, website: null, locations: [], createdAt: clock.at, updatedAt: clock.at },
    { id: SCHOOL_ELSEWHERE, regionId: OTHER_REGION, name: 'Zuiderschool', kind: 'VO', koepel: null, brin: null, website: null, locations: [], createdAt: clock.at, updatedAt: clock.at },
  ] as School[];
  const memberships: Membership[] = [];
  const people: Person[] = [];
  const actors = new Map<string, Actor>();
  const regions = {
    getRegion: async (by: { id?: string; slug?: string }) => {
      const region = regionsData.find((r) => r.id === by.id || r.slug === by.slug);
      if (!region) throw DomainError.notFound('Deze regio');
      return region;
    },
    schoolsByIds: async (ids: readonly string[]) => schools.filter((s) => ids.includes(s.id)),
    membershipsByPersonIds: async (ids: readonly string[]) => memberships.filter((m) => ids.includes(m.personId)),
    personsByIds: async (ids: readonly string[]) => people.filter((p) => ids.includes(p.id)),
    actorOf: async (personId: string) => actors.get(personId) ?? null,
  } as unknown as RegionsService;
  /** A person known to the regions fake (for organisers, e-mails and feed owners). */
  const addPerson = (actor: Actor) => {
    people.push({ id: actor.personId, name: actor.name, email: actor.email, jobTitle: null, systemRole: null });
    actors.set(actor.personId, actor);
    for (const m of actor.memberships) memberships.push({ id: `m-${actor.personId}`, personId: actor.personId, regionId: m.regionId, schoolId: null, role: m.role, layer: 'PROFESSIONEEL' });
    return actor;
  };

  const actieagenda = {
    agendasByIds: async () => [],
    linesByIds: async () => [],
    getActie: async () => {
      throw DomainError.notFound('Deze actie');
    },
  } as unknown as ActieagendaService;
  const decisions: Array<{ actieId: string; text: string; meetingDate: string | null | undefined }> = [];
  const checkIns = {
    recordDecision: async (_actor: Actor, actieId: string, text: string, meetingDate?: string | null) => {
      decisions.push({ actieId, text, meetingDate });
      return { id: 'd1', actieId, text, meetingDate };
    },
  } as unknown as CheckInsService;
  const werkgroepen = {
    access: async () => {
      throw DomainError.notFound('Deze werkgroep');
    },
    readable: async () => undefined,
    readableFor: async () => null,
  } as unknown as WerkgroepenService;

  const changes = new MeetupsChanges(repo, uow, events, clock);
  const waitlist = new WaitlistService(repo, outbox, clock, config, regions, notifications, changes);
  const activities = new ActivitiesService(repo, clock, regions, actieagenda, werkgroepen, changes, waitlist);
  const registrations = new RegistrationsService(repo, uow, outbox, clock, regions, notifications, activities, waitlist, changes);
  const publicRegistration = new PublicRegistrationService(repo, uow, outbox, clock, config, waitlist, changes);
  const series = new SeriesService(repo, clock, regions, activities, changes);
  const meetings = new MeetingsService(repo, activities, actieagenda, checkIns, changes);
  const feeds = new CalendarFeedsService(repo, clock, config, regions, werkgroepen);
  return {
    clock, repo, uow, emitted, jobs, notified, config, regions, addPerson, actieagenda, checkIns, decisions, werkgroepen,
    changes, waitlist, activities, registrations, publicRegistration, series, meetings, feeds,
  };
}
