import type { ActieagendaService, CheckInsService } from '@verbinder/actieagenda/core';
import { recordingNotifications } from '@verbinder/notifications/core/testing';
import type { AppConfig } from '@verbinder/platform/config';
import { inMemoryRegions } from '@verbinder/regions/core';
import { Actor, DomainError } from '@verbinder/shared/kernel';
import { fakeKernelPorts, MemoryAttemptLog } from '@verbinder/shared/kernel/testing';
import type { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { ActivitiesService } from '../activities.service';
import { CalendarFeedsService } from '../calendar-feeds.service';
import { MeetingsService } from '../meetings.service';
import { MeetupsChanges } from '../meetups-changes';
import { MeetupsPorts } from '../meetups-ports';
import { PublicRegistrationService } from '../public-registration.service';
import { RegistrationsService } from '../registrations.service';
import { SeriesService } from '../series.service';
import { WaitlistService } from '../waitlist.service';
import { actorIn, InMemoryMeetupsRepository, newClock, OTHER_REGION } from './meetups.fakes';

/** The verbinder who organises in REGION, a docent there, and a verbinder of another region. */
export const verbinder = actorIn(1, 'VERBINDER');
export const docent = actorIn(2, 'DOCENT');
export const outsider = actorIn(3, 'VERBINDER', OTHER_REGION);

/** Every meetups service over one in-memory repository, with recording fakes of the other ports and domains. */
export function meetupsWorld() {
  const clock = newClock();
  const repo = new InMemoryMeetupsRepository(clock);
  const { kernel, uow, events: recorded, outbox } = fakeKernelPorts(clock);
  const attempts = new MemoryAttemptLog();
  const { notifications, notified } = recordingNotifications();
  const config = { publicUrl: 'https://verbinder.test', meetups: { claimHours: 48 }, loginRateLimit: { max: 3, windowSeconds: 600 } } as AppConfig;

  const { service: regions, addPerson } = inMemoryRegions({ at: clock.now() });

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

  const changes = new MeetupsChanges(repo, kernel);
  const ports = new MeetupsPorts(repo, kernel, config);
  const waitlist = new WaitlistService(ports, regions, notifications, changes);
  const activities = new ActivitiesService(repo, kernel, regions, actieagenda, werkgroepen, changes, waitlist);
  const registrations = new RegistrationsService(repo, kernel, regions, notifications, activities, waitlist, changes);
  const publicRegistration = new PublicRegistrationService(ports, waitlist, changes, attempts);
  const series = new SeriesService(repo, kernel, regions, activities, changes);
  const meetings = new MeetingsService(repo, activities, actieagenda, checkIns, changes);
  const feeds = new CalendarFeedsService(ports, regions, werkgroepen);
  return {
    clock,
    repo,
    attempts,
    uow,
    emitted: recorded.emitted,
    jobs: outbox.jobs,
    notified,
    config,
    regions,
    addPerson,
    actieagenda,
    checkIns,
    decisions,
    werkgroepen,
    changes,
    waitlist,
    activities,
    registrations,
    publicRegistration,
    series,
    meetings,
    feeds,
  };
}
