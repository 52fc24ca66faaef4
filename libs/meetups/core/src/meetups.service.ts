import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ActieagendaService, Decision } from '@verbinder/actieagenda/core';
import { NotificationsService } from '@verbinder/notifications/core';
import { APP_CONFIG, AppConfig } from '@verbinder/platform/config';
import { InputCheck, RegionsService, School } from '@verbinder/regions/core';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { ErrorCode } from '@verbinder/shared/contracts';
import {
  Actor,
  ATTEMPT_LOG,
  AttemptLog,
  CLOCK,
  Clock,
  DOMAIN_EVENTS,
  DomainError,
  DomainEvents,
  EMAIL_JOB,
  hasRegionRole,
  isDomainError,
  isMemberOfRegion,
  isUuid,
  OUTBOX,
  Outbox,
  RateLimiter,
  UNIT_OF_WORK,
  UnitOfWork,
  mailMultiline,
  mailText,
} from '@verbinder/shared/kernel';
import { buildCalendar, IcalEvent } from './ical';
import { ActivityWrite, MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import {
  ACTIVITY_KINDS,
  Activity,
  ActivityInput,
  ActivityKind,
  ActivitySeries,
  AgendaItem,
  Audience,
  AUDIENCES,
  CalendarFeed,
  FEED_SCOPES,
  FeedScope,
  PlaceCounts,
  Registration,
  RegionHoliday,
  SeriesInput,
} from './meetups.types';
import { addDays, amsterdamInstant, amsterdamParts, isTime, parseInstant, weeklyOccurrences } from './recurrence';

const EDITOR_ROLES = ['VERBINDER', 'PROJECTLEIDER', 'BEHEERDER'] as const;
const CONFIRMATION_HOURS = 72;
/** Reminders go out this long before an activity starts. */
const REMINDER_HOURS = 24;
const MAX_SERIES_OCCURRENCES = 60;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(32).toString('base64url');

export type OccurrenceScope = 'THIS' | 'FOLLOWING';

/**
 * Meetups: activities and weekly series with a rotating host school, registrations with
 * capacity and a waiting list, public registration by e-mail, agendas and minutes, and
 * iCalendar output. Reading is for members of the activity's region; editing for its
 * verbinders, projectleiders and beheerders and for the activity's organisers.
 */
@Injectable()
export class MeetupsService {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
    @Inject(OUTBOX) private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly actieagenda: ActieagendaService,
    private readonly werkgroepen: WerkgroepenService,
    @Inject(ATTEMPT_LOG) attempts: AttemptLog,
  ) {
    this.limiter = new RateLimiter(attempts, clock);
  }

  // ---------- authorization ----------

  canRead(actor: Actor, activity: Pick<Activity, 'regionId'>): boolean {
    return isMemberOfRegion(actor, activity.regionId);
  }

  canEdit(actor: Actor, activity: Pick<Activity, 'regionId' | 'organiserIds'>): boolean {
    return hasRegionRole(actor, activity.regionId, [...EDITOR_ROLES]) || (activity.organiserIds.includes(actor.personId) && isMemberOfRegion(actor, activity.regionId));
  }

  private assertEdit(actor: Actor, activity: Pick<Activity, 'regionId' | 'organiserIds'>): void {
    if (!this.canEdit(actor, activity)) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio en de organisatoren mogen deze activiteit wijzigen.');
  }

  private assertRegionEditor(actor: Actor, regionId: string): void {
    if (!hasRegionRole(actor, regionId, [...EDITOR_ROLES])) throw DomainError.forbidden('Alleen verbinders, projectleiders en beheerders van de regio mogen dit.');
  }

  // ---------- reads ----------

  async getActivity(actor: Actor, id: string): Promise<Activity> {
    const [activity] = isUuid(id) ? await this.repo.findActivitiesByIds([id]) : [];
    if (!activity) throw DomainError.notFound('Deze activiteit');
    if (!this.canRead(actor, activity)) throw DomainError.forbidden('Alleen leden van deze regio zien deze activiteit.');
    return activity;
  }

  async listActivities(actor: Actor, regionId: string, from?: string | null, to?: string | null): Promise<Activity[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de activiteiten.');
    const check = new InputCheck();
    const fromAt = this.instant(check, 'from', from, 'Vanaf');
    const toAt = this.instant(check, 'to', to, 'Tot');
    check.done();
    return this.repo.listActivities([regionId], fromAt ?? new Date(this.clock.now().getTime() - 24 * 3600 * 1000), toAt);
  }

  activitiesByIds = (ids: readonly string[]) => this.repo.findActivitiesByIds(ids.filter(isUuid));
  placeCounts = async (ids: readonly string[]): Promise<PlaceCounts[]> => {
    const counts = await this.repo.placeCounts(ids);
    return ids.map((id) => counts.find((c) => c.activityId === id) ?? { activityId: id, confirmed: 0, offered: 0, waitlisted: 0 });
  };
  registrationsByActivityIds = (ids: readonly string[]) => this.repo.findRegistrationsByActivityIds(ids);
  seriesByIds = (ids: readonly string[]) => this.repo.findSeriesByIds(ids.filter(isUuid));
  agendaItems = (activityId: string) => this.repo.listAgendaItems(activityId);

  placesLeft(activity: Pick<Activity, 'capacity'>, counts: PlaceCounts): number | null {
    return activity.capacity === null ? null : Math.max(0, activity.capacity - counts.confirmed - counts.offered);
  }

  /** Upcoming public activities of a region for the public site (no people, no counts beyond places left). */
  async publicActivities(regionSlug: string) {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const activities = await this.repo.listActivities([region.id], this.clock.now(), null, true);
    const counts = await this.placeCounts(activities.map((a) => a.id));
    const schools = await this.regions.schoolsByIds(activities.map((a) => a.hostSchoolId).filter((id): id is string => !!id));
    return {
      region,
      activities: activities.map((a, i) => ({
        activity: a,
        hostSchool: schools.find((s) => s.id === a.hostSchoolId) ?? null,
        placesLeft: this.placesLeft(a, counts[i]),
        registrationOpen: this.registrationProblem(a) === null,
      })),
    };
  }

  // ---------- activities ----------

  async createActivity(actor: Actor, input: ActivityInput): Promise<Activity> {
    const region = await this.regions.getRegion({ id: input.regionId });
    this.assertRegionEditor(actor, region.id);
    const write = { ...(await this.checkActivity(input, region.id)), werkgroepId: await this.checkWerkgroep(actor, input, region.id) };
    return this.write(region.id, 'activity.created', async () => {
      const activity = await this.repo.insertActivity({ ...write, seriesId: null, detached: false });
      return { activity, result: activity };
    });
  }

  async updateActivity(actor: Actor, id: string, input: ActivityInput, opts: { detach?: boolean } = {}): Promise<Activity> {
    const current = await this.getActivity(actor, id);
    this.assertEdit(actor, current);
    if (input.regionId !== current.regionId) throw DomainError.badInput([{ field: 'regionId', message: 'Een activiteit kan niet naar een andere regio verhuizen.' }]);
    const write = { ...(await this.checkActivity(input, current.regionId)), werkgroepId: await this.checkWerkgroep(actor, input, current.regionId, current.werkgroepId) };
    return this.write(current.regionId, 'activity.updated', async () => {
      await this.repo.lockActivity(current.id);
      const [counts] = await this.placeCounts([current.id]);
      if (write.capacity !== null && write.capacity < counts.confirmed + counts.offered) {
        throw DomainError.badInput([
          { field: 'capacity', message: `Er zijn al ${counts.confirmed + counts.offered} plaatsen vergeven; de capaciteit kan niet lager zijn dan dat.` },
        ]);
      }
      const activity = await this.repo.updateActivity(current.id, { ...write, detached: current.seriesId ? (opts.detach ?? true) || current.detached : false });
      // More places (or none limit any more): offer them to the waiting list.
      await this.promote(activity);
      return { activity, result: activity };
    });
  }

  private instant(check: InputCheck, field: string, value: string | null | undefined, label: string): Date | null {
    if (value === null || value === undefined || value === '') return null;
    const parsed = parseInstant(value);
    if (!parsed) check.fail(field, `${label} moet een datum en tijd met tijdzone zijn (bijvoorbeeld 2026-03-04T09:00:00+01:00).`);
    return parsed;
  }

  /**
   * The werkgroep an activity is a meeting of: a group of the same region that the organiser
   * manages or is a member of. Keeping the group an activity already had needs no rights.
   */
  private async checkWerkgroep(actor: Actor, input: ActivityInput, regionId: string, currentId: string | null = null): Promise<string | null> {
    // Not given: an edit keeps the group the activity had.
    if (input.werkgroepId === undefined) return currentId;
    const id = input.werkgroepId || null;
    if (!id || id === currentId) return id;
    const problem = [{ field: 'werkgroepId', message: 'Kies een werkgroep uit deze regio die je beheert of waarvan je lid bent.' }];
    const access = await this.werkgroepen.access(actor, id).catch((error: unknown) => {
      if (isDomainError(error)) throw DomainError.badInput(problem);
      throw error;
    });
    if (access.werkgroep.regionId !== regionId || (!access.member && !access.canManage)) throw DomainError.badInput(problem);
    return access.werkgroep.id;
  }

  private async checkActivity(input: ActivityInput, regionId: string): Promise<Omit<ActivityWrite, 'seriesId' | 'detached' | 'werkgroepId'>> {
    const check = new InputCheck();
    const kind = check.oneOf('kind', input.kind as ActivityKind, ACTIVITY_KINDS, 'Het soort activiteit');
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 4000 });
    const address = check.text('address', input.address, { label: 'Het adres', max: 300 });
    const room = check.text('room', input.room, { label: 'Het lokaal', max: 100 });
    const travelNote = check.text('travelNote', input.travelNote, { label: 'De reisinformatie', max: 1000 });
    const startsAt = this.instant(check, 'startsAt', input.startsAt, 'Het begin');
    const endsAt = this.instant(check, 'endsAt', input.endsAt, 'Het einde');
    if (!input.startsAt) check.fail('startsAt', 'Het begin is verplicht.');
    if (!input.endsAt) check.fail('endsAt', 'Het einde is verplicht.');
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) check.fail('endsAt', 'Het einde ligt na het begin.');
    if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 14 * 24 * 3600 * 1000) check.fail('endsAt', 'Een activiteit duurt hoogstens twee weken.');
    const audience = [...new Set(input.audience ?? [])] as Audience[];
    if (audience.some((a) => !AUDIENCES.includes(a))) check.fail('audience', 'Kies de doelgroep uit docenten, leerlingen, ouders, bedrijven of publiek.');
    const capacity = check.int('capacity', input.capacity, { label: 'De capaciteit', min: 1, max: 100_000 });
    const opensAt = this.instant(check, 'registrationOpensAt', input.registrationOpensAt, 'De opening van de aanmelding');
    const closesAt = this.instant(check, 'registrationClosesAt', input.registrationClosesAt, 'De sluiting van de aanmelding');
    if (opensAt && closesAt && closesAt <= opensAt) check.fail('registrationClosesAt', 'De aanmelding sluit na de opening.');
    if (closesAt && startsAt && closesAt > startsAt) check.fail('registrationClosesAt', 'De aanmelding sluit uiterlijk bij het begin van de activiteit.');

    if (input.hostSchoolId) {
      const [school] = await this.regions.schoolsByIds([input.hostSchoolId]);
      if (!school || school.regionId !== regionId) check.fail('hostSchoolId', 'Kies een school uit deze regio.');
    }
    const organiserIds = [...new Set(input.organiserIds ?? [])];
    if (organiserIds.length > 20) check.fail('organiserIds', 'Kies hoogstens 20 organisatoren.');
    const memberships = await this.regions.membershipsByPersonIds(organiserIds.filter(isUuid));
    if (organiserIds.some((id) => !memberships.some((m) => m.personId === id && m.regionId === regionId))) check.fail('organiserIds', 'Organisatoren zijn mensen uit deze regio.');
    let actielijnId: string | null = input.actielijnId ?? null;
    let actieId: string | null = input.actieId ?? null;
    const agendaRegion = async (agendaId: string) => (await this.actieagenda.agendasByIds([agendaId]))[0]?.regionId;
    if (actieId) {
      const [actie] = isUuid(actieId) ? await this.actieagendaActies([actieId]) : [];
      if (!actie || (await agendaRegion(actie.agendaId)) !== regionId) check.fail('actieId', 'Kies een actie uit de actieagenda van deze regio.');
      else actielijnId = actielijnId ?? actie.actielijnId;
    }
    if (actielijnId) {
      const [line] = await this.actieagenda.linesByIds([actielijnId]);
      if (!line || (await agendaRegion(line.agendaId)) !== regionId) {
        check.fail('actielijnId', 'Kies een actielijn uit de actieagenda van deze regio.');
        actielijnId = null;
        actieId = null;
      }
    }
    check.done();
    return {
      regionId,
      kind,
      title: title as string,
      description,
      hostSchoolId: input.hostSchoolId ?? null,
      address,
      room,
      travelNote,
      startsAt: startsAt as Date,
      endsAt: endsAt as Date,
      audience,
      capacity,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      isPublic: audience.includes('PUBLIEK'),
      actielijnId,
      actieId,
      organiserIds,
    };
  }

  private async actieagendaActies(ids: string[]) {
    const found = [];
    for (const id of ids) {
      try {
        found.push((await this.actieagenda.getActie(SYSTEM_READER, id)).actie);
      } catch {
        // unknown actie: the caller reports the field
      }
    }
    return found;
  }

  // ---------- registration ----------

  /** Why registration is not possible now, or null when it is. */
  registrationProblem(activity: Activity): string | null {
    const now = this.clock.now();
    if (activity.startsAt <= now) return 'Deze activiteit is al begonnen; aanmelden kan niet meer.';
    if (activity.registrationOpensAt && now < activity.registrationOpensAt) return 'De aanmelding voor deze activiteit is nog niet open.';
    if (activity.registrationClosesAt && now > activity.registrationClosesAt) return 'De aanmelding voor deze activiteit is gesloten.';
    return null;
  }

  private assertRegistrationOpen(activity: Activity): void {
    const problem = this.registrationProblem(activity);
    if (problem) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, problem);
  }

  /** Registers a member: a place while there is one (never more than the capacity), otherwise the waiting list. */
  async register(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.getActivity(actor, activityId);
    this.assertRegistrationOpen(activity);
    return this.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const existing = await this.repo.findRegistrationByPerson(activity.id, actor.personId);
      if (existing && ['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) return { activity: locked, result: existing };
      const status = await this.statusForNewPlace(locked);
      const now = this.clock.now();
      const registration = existing
        ? await this.repo.updateRegistration(existing.id, { status, queuedAt: now, tokenHash: null, tokenExpiresAt: null })
        : await this.repo.insertRegistration({ activityId: activity.id, personId: actor.personId, name: null, email: null, status, queuedAt: now, tokenHash: null, tokenExpiresAt: null });
      return { activity: locked, result: registration };
    });
  }

  /** Call with the activity row locked. */
  private async statusForNewPlace(activity: Activity): Promise<'CONFIRMED' | 'WAITLISTED'> {
    if (activity.capacity === null) return 'CONFIRMED';
    const [counts] = await this.placeCounts([activity.id]);
    return counts.confirmed + counts.offered < activity.capacity && counts.waitlisted === 0 ? 'CONFIRMED' : 'WAITLISTED';
  }

  /** Cancels the actor's registration; a freed place is offered to the next person on the waiting list. */
  async cancel(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.getActivity(actor, activityId);
    return this.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const existing = await this.repo.findRegistrationByPerson(activity.id, actor.personId);
      if (!existing || !['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) throw DomainError.notFound('Je aanmelding voor deze activiteit');
      const cancelled = await this.repo.updateRegistration(existing.id, { status: 'CANCELLED', tokenHash: null, tokenExpiresAt: null });
      await this.promote(locked);
      return { activity: locked, result: cancelled };
    });
  }

  /**
   * Offers free places to the waiting list in order: status OFFERED with a claim link valid for
   * WAITLIST_CLAIM_HOURS, by e-mail (outbox) and a notification. Call with the row locked.
   */
  private async promote(activity: Activity): Promise<void> {
    if (activity.startsAt <= this.clock.now()) return;
    for (;;) {
      const [counts] = await this.placeCounts([activity.id]);
      if (counts.waitlisted === 0) return;
      if (activity.capacity !== null && counts.confirmed + counts.offered >= activity.capacity) return;
      const next = await this.repo.nextWaitlisted(activity.id);
      if (!next) return;
      const token = newToken();
      const expiresAt = new Date(this.clock.now().getTime() + this.config.meetups.claimHours * 3600 * 1000);
      await this.repo.updateRegistration(next.id, { status: 'OFFERED', tokenHash: hashToken(token), tokenExpiresAt: expiresAt });
      const link = `${this.config.publicUrl}/aanmelden/claim/${token}`;
      const person = next.personId ? (await this.regions.personsByIds([next.personId]))[0] : null;
      const to = person?.email ?? next.email;
      const name = person?.name ?? next.name ?? '';
      if (to) {
        await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `waitlist-offer:${next.id}:${expiresAt.getTime()}`,
          payload: {
            to,
            subject: mailText`Er is een plaats vrij: ${activity.title}`,
            text: mailText`Beste ${name},\n\nEr is een plaats vrijgekomen voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}. Wil je hem hebben? Bevestig dan vóór ${dutchDateTime(expiresAt)} via deze link:\n\n${link}\n\nDaarna gaat de plaats naar de volgende op de wachtlijst.\n\nMet vriendelijke groet,\nVerbinder`,
          },
        });
      }
      if (next.personId) {
        await this.notifications.notify([next.personId], {
          kind: 'meetup.place-offered',
          title: `Plaats vrij: ${activity.title}`,
          body: `Bevestig vóór ${dutchDateTime(expiresAt)}; de link staat in je e-mail.`,
          link: `/activiteit/${activity.id}`,
        });
      }
    }
  }

  /** Claims an offered place with the token from the e-mail. */
  async claim(token: string): Promise<{ registration: Registration; activity: Activity }> {
    const found = token && token.length <= 100 ? await this.repo.findRegistrationByTokenHash(hashToken(token)) : null;
    if (!found) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt.');
    const [activity] = await this.repo.findActivitiesByIds([found.activityId]);
    return this.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const registration = (await this.repo.findRegistrationById(found.id)) as Registration;
      if (registration.status === 'CONFIRMED' || registration.tokenHash !== found.tokenHash) {
        throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt: je plaats is al bevestigd.');
      }
      if (registration.status !== 'OFFERED' || (registration.tokenExpiresAt && registration.tokenExpiresAt <= this.clock.now())) {
        throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen; de plaats is aan de volgende op de wachtlijst aangeboden.');
      }
      if (locked.startsAt <= this.clock.now()) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Deze activiteit is al begonnen.');
      const confirmed = await this.repo.updateRegistration(registration.id, { status: 'CONFIRMED', tokenExpiresAt: null });
      return { activity: locked, result: { registration: confirmed, activity: locked } };
    });
  }

  /** Moves expired offers on to the next person on the waiting list. Safe to run on every node. */
  async sweepExpiredOffers(): Promise<number> {
    const expired = await this.repo.expiredOffers(this.clock.now(), 50);
    let moved = 0;
    for (const offer of expired) {
      const [activity] = await this.repo.findActivitiesByIds([offer.activityId]);
      if (!activity) continue;
      await this.write(activity.regionId, 'registration.changed', async () => {
        const locked = (await this.repo.lockActivity(activity.id)) as Activity;
        const current = await this.repo.findRegistrationById(offer.id);
        if (current?.status === 'OFFERED' && current.tokenExpiresAt && current.tokenExpiresAt <= this.clock.now()) {
          await this.repo.updateRegistration(current.id, { status: 'EXPIRED' });
          await this.promote(locked);
          moved++;
        }
        return { activity: locked, result: null };
      });
    }
    return moved;
  }

  /** A signed-in member accepts the place offered to them (the same rules as the e-mail link). */
  async claimOffered(actor: Actor, activityId: string): Promise<Registration> {
    const activity = await this.getActivity(actor, activityId);
    return this.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const mine = (await this.repo.listRegistrations(activity.id)).find((r) => r.personId === actor.personId && r.status !== 'CANCELLED');
      if (!mine || mine.status !== 'OFFERED') {
        throw new DomainError(ErrorCode.CONFLICT, mine?.status === 'CONFIRMED' ? 'Je hebt al een plaats.' : 'Er staat geen plaats voor je klaar.');
      }
      if (mine.tokenExpiresAt && mine.tokenExpiresAt <= this.clock.now()) {
        throw new DomainError(ErrorCode.LINK_EXPIRED, 'Het aanbod is verlopen; de plaats gaat naar de volgende op de wachtlijst.');
      }
      if (locked.startsAt <= this.clock.now()) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Deze activiteit is al begonnen.');
      const confirmed = await this.repo.updateRegistration(mine.id, { status: 'CONFIRMED', tokenExpiresAt: null });
      return { activity: locked, result: confirmed };
    });
  }

  /**
   * Reminds everyone with a confirmed place of an activity that starts within the next
   * `REMINDER_HOURS`: an e-mail through the outbox and, for members, a notification. The
   * outbox key makes each reminder go out once, whichever node sweeps and however often.
   */
  async sendActivityReminders(): Promise<number> {
    const now = this.clock.now();
    const upcoming = await this.repo.confirmedStartingBetween(now, new Date(now.getTime() + REMINDER_HOURS * 3600 * 1000));
    let sent = 0;
    const people = await this.regions.personsByIds([...new Set(upcoming.map((u) => u.registration.personId).filter((id): id is string => id !== null))]);
    for (const { registration, activity } of upcoming) {
      const person = registration.personId ? people.find((p) => p.id === registration.personId) : null;
      const to = person?.email ?? registration.email;
      if (!to) continue;
      const where = [activity.address, activity.room].filter(Boolean).join(', ');
      const text = [
        mailText`Beste ${person?.name ?? registration.name ?? ''},`.replace(' ,', ','),
        '',
        mailText`Je bent aangemeld voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}.`,
        ...(where ? [mailText`Waar: ${where}.`] : []),
        ...(activity.travelNote ? [mailMultiline(activity.travelNote)] : []),
        '',
        'Kun je toch niet? Meld je dan af, dan gaat je plaats naar iemand op de wachtlijst.',
        '',
        'Met vriendelijke groet,',
        'Verbinder',
      ].join('\n');
      const fresh = await this.uow.run(async () => {
        const queued = await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `activity-reminder:${registration.id}:${activity.startsAt.toISOString()}`,
          payload: { to, subject: mailText`Herinnering: ${activity.title}`, text },
        });
        if (queued && registration.personId) {
          await this.notifications.notify([registration.personId], {
            kind: 'meetup.reminder',
            title: `Binnenkort: ${activity.title}`,
            body: dutchDateTime(activity.startsAt),
            link: `/activiteit/${activity.id}`,
          });
        }
        return queued;
      });
      if (fresh) sent++;
    }
    return sent;
  }

  async markAttendance(actor: Actor, registrationId: string, attended: boolean): Promise<Registration> {
    const registration = isUuid(registrationId) ? await this.repo.findRegistrationById(registrationId) : null;
    if (!registration) throw DomainError.notFound('Deze aanmelding');
    const activity = await this.getActivity(actor, registration.activityId);
    this.assertEdit(actor, activity);
    if (registration.status !== 'CONFIRMED') throw DomainError.badInput([{ field: 'registrationId', message: 'Alleen bevestigde deelnemers kunnen aanwezig zijn.' }]);
    return this.write(activity.regionId, 'attendance.marked', async () => ({ activity, result: await this.repo.setAttended(registration.id, attended) }));
  }

  async registrations(actor: Actor, activity: Activity): Promise<Registration[]> {
    this.assertEdit(actor, activity);
    return this.repo.listRegistrations(activity.id);
  }

  // ---------- public registration ----------

  /**
   * Registration without an account for a public activity. The answer is always the same
   * (whether or not the address is known or already registered); what happens is told only
   * by e-mail to that address: a confirmation link, or a note that it is already registered.
   */
  async registerPublic(activityId: string, name: string, email: string, clientKey: string): Promise<void> {
    const check = new InputCheck();
    const cleanName = check.text('name', name, { label: 'Je naam', required: true, max: 200 });
    const address = check.email('email', email);
    check.done();
    const [activity] = isUuid(activityId) ? await this.repo.findActivitiesByIds([activityId]) : [];
    if (!activity || !activity.isPublic) throw DomainError.notFound('Deze activiteit');
    this.assertRegistrationOpen(activity);
    const key = `public-registration:${address}`;
    // Per client several people may share a school or office network: three times the e-mail limit.
    const clientAttempts = `public-registration-ip:${clientKey}`;
    const { max, windowSeconds } = this.config.loginRateLimit;
    await this.limiter.assertWithin(
      [
        { key, max },
        { key: clientAttempts, max: max * 3 },
      ],
      windowSeconds,
      'aanmeldingen in korte tijd',
    );
    const now = this.clock.now();
    await this.uow.run(async () => {
      await this.limiter.record([key, clientAttempts]);
      await this.repo.lockActivity(activity.id);
      const existing = await this.repo.findRegistrationByEmail(activity.id, address as string);
      if (existing && ['CONFIRMED', 'WAITLISTED', 'OFFERED'].includes(existing.status)) {
        await this.outbox.enqueue({
          kind: EMAIL_JOB,
          key: `public-registration-known:${existing.id}:${now.getTime()}`,
          payload: {
            to: address,
            subject: mailText`Je bent al aangemeld: ${activity.title}`,
            text: mailText`Beste ${cleanName},\n\nIemand (waarschijnlijk jij) heeft dit e-mailadres opnieuw aangemeld voor "${activity.title}" op ${dutchDateTime(activity.startsAt)}. Je stond al ${existing.status === 'WAITLISTED' ? 'op de wachtlijst' : 'ingeschreven'}; er is niets veranderd.\n\nMet vriendelijke groet,\nVerbinder`,
          },
        });
        return;
      }
      const token = newToken();
      const expiresAt = new Date(now.getTime() + CONFIRMATION_HOURS * 3600 * 1000);
      const write = { status: 'PENDING_CONFIRMATION' as const, queuedAt: now, tokenHash: hashToken(token), tokenExpiresAt: expiresAt };
      const registration = existing
        ? await this.repo.updateRegistration(existing.id, write)
        : await this.repo.insertRegistration({ activityId: activity.id, personId: null, name: cleanName, email: address, ...write });
      await this.outbox.enqueue({
        kind: EMAIL_JOB,
        key: `public-registration:${registration.id}:${now.getTime()}`,
        payload: {
          to: address,
          subject: mailText`Bevestig je aanmelding: ${activity.title}`,
          text: mailText`Beste ${cleanName},\n\nBevestig je aanmelding voor "${activity.title}" op ${dutchDateTime(activity.startsAt)} via deze link:\n\n${this.config.publicUrl}/aanmelden/bevestig/${token}\n\nDe link is ${CONFIRMATION_HOURS} uur geldig. Heb je je niet aangemeld? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\nVerbinder`,
        },
      });
    });
  }

  /** Follows the confirmation link: a place while there is one, otherwise the waiting list. */
  async confirmPublic(token: string): Promise<{ registration: Registration; activity: Activity }> {
    const found = token && token.length <= 100 ? await this.repo.findRegistrationByTokenHash(hashToken(token)) : null;
    if (!found || found.personId) throw new DomainError(ErrorCode.LINK_INVALID, 'Deze link is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt.');
    const [activity] = await this.repo.findActivitiesByIds([found.activityId]);
    return this.write(activity.regionId, 'registration.changed', async () => {
      const locked = (await this.repo.lockActivity(activity.id)) as Activity;
      const registration = (await this.repo.findRegistrationById(found.id)) as Registration;
      if (registration.status !== 'PENDING_CONFIRMATION' || registration.tokenHash !== found.tokenHash) {
        throw new DomainError(ErrorCode.LINK_USED, 'Deze link is al gebruikt: je aanmelding is al bevestigd.');
      }
      if (registration.tokenExpiresAt && registration.tokenExpiresAt <= this.clock.now()) throw new DomainError(ErrorCode.LINK_EXPIRED, 'Deze link is verlopen. Meld je opnieuw aan.');
      this.assertRegistrationOpen(locked);
      const status = await this.statusForNewPlace(locked);
      const confirmed = await this.repo.updateRegistration(registration.id, { status, queuedAt: this.clock.now(), tokenExpiresAt: null });
      return { activity: locked, result: { registration: confirmed, activity: locked } };
    });
  }

  // ---------- series ----------

  async createSeries(actor: Actor, input: SeriesInput): Promise<ActivitySeries> {
    const region = await this.regions.getRegion({ id: input.regionId });
    this.assertRegionEditor(actor, region.id);
    const data = await this.checkSeries(input, region.id);
    return this.write(region.id, 'series.created', async () => {
      const series = await this.repo.insertSeries({ ...data, rotationStart: data.startDate });
      await this.regenerate(series, series.startDate);
      return { activity: null, result: series };
    });
  }

  private async checkSeries(input: SeriesInput, regionId: string): Promise<Omit<ActivitySeries, 'id' | 'createdAt' | 'rotationStart'>> {
    const check = new InputCheck();
    const kind = check.oneOf('kind', input.kind as ActivityKind, ACTIVITY_KINDS, 'Het soort activiteit');
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 200 });
    const description = check.text('description', input.description, { label: 'De omschrijving', max: 4000 });
    check.int('weekday', input.weekday, { label: 'De weekdag', min: 0, max: 6, required: true });
    if (!isTime(input.startTime)) check.fail('startTime', 'De begintijd moet uu:mm zijn.');
    if (!isTime(input.endTime)) check.fail('endTime', 'De eindtijd moet uu:mm zijn.');
    if (isTime(input.startTime) && isTime(input.endTime) && input.endTime <= input.startTime) check.fail('endTime', 'De eindtijd ligt na de begintijd.');
    const startDate = check.date('startDate', input.startDate, 'De eerste datum');
    const endDate = check.date('endDate', input.endDate, 'De laatste datum');
    if (!startDate && input.startDate === '') check.fail('startDate', 'De eerste datum is verplicht.');
    if (startDate && endDate && endDate < startDate) check.fail('endDate', 'De laatste datum ligt na de eerste.');
    if (startDate && endDate && endDate > addDays(startDate, 7 * MAX_SERIES_OCCURRENCES)) check.fail('endDate', `Een reeks loopt hoogstens ${MAX_SERIES_OCCURRENCES} weken.`);
    const skipDates = [...new Set(input.skipDates ?? [])];
    skipDates.forEach((d, i) => check.date(`skipDates.${i}`, d, 'Een overgeslagen datum'));
    const hostSchoolIds = input.hostSchoolIds ?? [];
    if (hostSchoolIds.length > 20) check.fail('hostSchoolIds', 'Kies hoogstens 20 scholen.');
    const schools = await this.regions.schoolsByIds([...new Set(hostSchoolIds)]);
    if (hostSchoolIds.some((id) => !schools.some((s) => s.id === id && s.regionId === regionId))) check.fail('hostSchoolIds', 'Kies scholen uit deze regio.');
    const audience = [...new Set(input.audience ?? [])] as Audience[];
    if (audience.some((a) => !AUDIENCES.includes(a))) check.fail('audience', 'Kies de doelgroep uit docenten, leerlingen, ouders, bedrijven of publiek.');
    const capacity = check.int('capacity', input.capacity, { label: 'De capaciteit', min: 1, max: 100_000 });
    const organiserIds = [...new Set(input.organiserIds ?? [])];
    const memberships = await this.regions.membershipsByPersonIds(organiserIds.filter(isUuid));
    if (organiserIds.some((id) => !memberships.some((m) => m.personId === id && m.regionId === regionId))) check.fail('organiserIds', 'Organisatoren zijn mensen uit deze regio.');
    check.done();
    return {
      regionId,
      kind,
      title: title as string,
      description,
      weekday: input.weekday,
      startTime: input.startTime,
      endTime: input.endTime,
      startDate: startDate as string,
      endDate: endDate as string,
      hostSchoolIds,
      skipDates,
      audience,
      capacity,
      isPublic: audience.includes('PUBLIEK'),
      organiserIds,
    };
  }

  /**
   * Brings the series' occurrences from `from` on in line with the series (rotation from
   * `rotationStart`, skip dates and the region's holidays). Detached occurrences are left alone;
   * an occurrence on a date that no longer takes place is removed.
   */
  private async regenerate(series: ActivitySeries, from: string): Promise<void> {
    const holidays = await this.repo.listHolidays(series.regionId);
    const wanted = weeklyOccurrences({
      startDate: series.rotationStart,
      endDate: series.endDate,
      weekday: series.weekday,
      hostSchoolIds: series.hostSchoolIds,
      skipDates: series.skipDates,
      holidays,
    }).filter((o) => o.date >= from);
    const existing = (await this.repo.listSeriesActivities(series.id)).filter((a) => amsterdamParts(a.startsAt).date >= from);
    const schools = await this.regions.schoolsByIds(series.hostSchoolIds);
    const byDate = new Map(existing.map((a) => [amsterdamParts(a.startsAt).date, a]));
    const remove: string[] = [];
    for (const a of existing) {
      if (!a.detached && !wanted.some((o) => o.date === amsterdamParts(a.startsAt).date)) remove.push(a.id);
    }
    if (remove.length) await this.repo.deleteActivities(remove);
    for (const o of wanted) {
      const current = byDate.get(o.date);
      if (current?.detached) continue;
      const school = schools.find((s) => s.id === o.hostSchoolId) ?? null;
      const write: ActivityWrite = {
        regionId: series.regionId,
        seriesId: series.id,
        detached: false,
        kind: series.kind,
        title: series.title,
        description: series.description,
        hostSchoolId: o.hostSchoolId,
        address: school ? schoolAddress(school) : null,
        room: current?.room ?? null,
        travelNote: current?.travelNote ?? null,
        startsAt: amsterdamInstant(o.date, series.startTime),
        endsAt: amsterdamInstant(o.date, series.endTime),
        audience: series.audience,
        capacity: series.capacity,
        registrationOpensAt: null,
        registrationClosesAt: null,
        isPublic: series.isPublic,
        actielijnId: current?.actielijnId ?? null,
        actieId: current?.actieId ?? null,
        werkgroepId: current?.werkgroepId ?? null,
        organiserIds: series.organiserIds,
      };
      if (current) await this.repo.updateActivity(current.id, write);
      else await this.repo.insertActivity(write);
    }
  }

  /**
   * Edits one occurrence of a series (THIS: the occurrence is detached from the series) or this
   * one and all following (FOLLOWING: the series takes the new title, times, host order and
   * capacity from this date on, and its non-detached occurrences are generated again).
   */
  async updateOccurrence(
    actor: Actor,
    activityId: string,
    scope: OccurrenceScope,
    input: {
      title?: string | null;
      description?: string | null;
      startTime?: string | null;
      endTime?: string | null;
      hostSchoolIds?: string[] | null;
      capacity?: number | null;
      skip?: boolean | null;
      /** Move this one occurrence to another date (THIS only). */
      date?: string | null;
    },
  ): Promise<Activity[]> {
    const activity = await this.getActivity(actor, activityId);
    this.assertEdit(actor, activity);
    const [series] = activity.seriesId ? await this.repo.findSeriesByIds([activity.seriesId]) : [];
    if (!series) throw DomainError.badInput([{ field: 'activityId', message: 'Deze activiteit hoort niet bij een reeks.' }]);
    if (!['THIS', 'FOLLOWING'].includes(scope)) throw DomainError.badInput([{ field: 'scope', message: 'Kies deze activiteit of deze en alle volgende.' }]);
    const date = amsterdamParts(activity.startsAt).date;
    const move = new InputCheck();
    const newDate = move.date('date', input.date, 'De nieuwe datum');
    if (newDate && scope !== 'THIS') move.fail('date', 'Alleen één activiteit kan naar een andere datum; kies "alleen deze".');
    if (newDate && input.skip) move.fail('date', 'Verplaatsen en overslaan gaan niet samen.');
    move.done();
    const merged = await this.checkSeries(
      {
        ...series,
        title: input.title ?? series.title,
        description: input.description === undefined ? series.description : input.description,
        startTime: input.startTime ?? series.startTime,
        endTime: input.endTime ?? series.endTime,
        hostSchoolIds: input.hostSchoolIds ?? series.hostSchoolIds,
        capacity: input.capacity === undefined ? series.capacity : input.capacity,
      },
      series.regionId,
    );
    return this.write(series.regionId, 'series.updated', async () => {
      if (input.skip) {
        await this.repo.updateSeries(series.id, { skipDates: [...new Set([...series.skipDates, date])] });
        await this.repo.deleteActivities([activity.id]);
        return { activity: null, result: [] };
      }
      if (scope === 'THIS') {
        const [counts] = await this.placeCounts([activity.id]);
        if (merged.capacity !== null && merged.capacity < counts.confirmed + counts.offered) {
          throw DomainError.badInput([{ field: 'capacity', message: 'De capaciteit kan niet lager zijn dan het aantal vergeven plaatsen.' }]);
        }
        const target = newDate ?? date;
        if (target !== date) {
          // The series no longer takes place on the old date, so regenerating will not bring it back.
          await this.repo.updateSeries(series.id, { skipDates: [...new Set([...series.skipDates, date])] });
        }
        const updated = await this.repo.updateActivity(activity.id, {
          title: merged.title,
          description: merged.description,
          startsAt: amsterdamInstant(target, merged.startTime),
          endsAt: amsterdamInstant(target, merged.endTime),
          capacity: merged.capacity,
          detached: true,
        });
        return { activity: updated, result: [updated] };
      }
      const hostsChanged = input.hostSchoolIds !== undefined && input.hostSchoolIds !== null;
      const updatedSeries = await this.repo.updateSeries(series.id, {
        title: merged.title,
        description: merged.description,
        startTime: merged.startTime,
        endTime: merged.endTime,
        hostSchoolIds: merged.hostSchoolIds,
        capacity: merged.capacity,
        rotationStart: hostsChanged ? date : series.rotationStart,
      });
      await this.regenerate(updatedSeries, date);
      const after = (await this.repo.listSeriesActivities(series.id)).filter((a) => amsterdamParts(a.startsAt).date >= date);
      return { activity: null, result: after };
    });
  }

  async addHoliday(actor: Actor, input: { regionId: string; name: string; startDate: string; endDate: string }): Promise<RegionHoliday> {
    const region = await this.regions.getRegion({ id: input.regionId });
    this.assertRegionEditor(actor, region.id);
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 100 });
    const startDate = check.date('startDate', input.startDate, 'De eerste dag');
    const endDate = check.date('endDate', input.endDate, 'De laatste dag');
    if (!startDate || !endDate) check.fail(!startDate ? 'startDate' : 'endDate', 'Vul de eerste en de laatste dag in.');
    if (startDate && endDate && endDate < startDate) check.fail('endDate', 'De laatste dag ligt na de eerste.');
    check.done();
    return this.write(region.id, 'holiday.added', async () => {
      const holiday = await this.repo.insertHoliday({ regionId: region.id, name: name as string, startDate: startDate as string, endDate: endDate as string });
      const today = amsterdamParts(this.clock.now()).date;
      for (const series of await this.repo.listSeriesByRegion(region.id)) await this.regenerate(series, today);
      return { activity: null, result: holiday };
    });
  }

  holidays(actor: Actor, regionId: string): Promise<RegionHoliday[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de vakanties.');
    return this.repo.listHolidays(regionId);
  }

  // ---------- agenda, minutes, decisions ----------

  async addAgendaItem(actor: Actor, activityId: string, title: string, actieId?: string | null, notes?: string | null): Promise<AgendaItem> {
    const activity = await this.getActivity(actor, activityId);
    this.assertEdit(actor, activity);
    const check = new InputCheck();
    const text = check.text('title', title, { label: 'Het agendapunt', required: true, max: 300 });
    const note = check.text('notes', notes, { label: 'De toelichting', max: 4000 });
    if (actieId) {
      const [actie] = isUuid(actieId) ? await this.actieagendaActies([actieId]) : [];
      const agenda = actie ? (await this.actieagenda.agendasByIds([actie.agendaId]))[0] : null;
      if (!agenda || agenda.regionId !== activity.regionId) check.fail('actieId', 'Kies een actie uit de actieagenda van deze regio.');
    }
    check.done();
    return this.write(activity.regionId, 'agenda.changed', async () => {
      const position = (await this.repo.listAgendaItems(activity.id)).length + 1;
      return { activity, result: await this.repo.insertAgendaItem({ activityId: activity.id, position, title: text as string, actieId: actieId ?? null, notes: note }) };
    });
  }

  async setMinutes(actor: Actor, activityId: string, minutes: string | null): Promise<Activity> {
    const activity = await this.getActivity(actor, activityId);
    this.assertEdit(actor, activity);
    const check = new InputCheck();
    const text = check.text('minutes', minutes, { label: 'De notulen', max: 20_000 });
    check.done();
    return this.write(activity.regionId, 'minutes.changed', async () => {
      const updated = await this.repo.updateActivity(activity.id, { minutes: text });
      return { activity: updated, result: updated };
    });
  }

  /** A decision from the meeting's minutes, written on the actie's history through the actieagenda. */
  async recordDecision(actor: Actor, activityId: string, actieId: string, text: string): Promise<Decision> {
    const activity = await this.getActivity(actor, activityId);
    this.assertEdit(actor, activity);
    const { agenda } = await this.actieagenda.getActie(actor, actieId);
    if (agenda.regionId !== activity.regionId) throw DomainError.badInput([{ field: 'actieId', message: 'Kies een actie uit de actieagenda van deze regio.' }]);
    return this.actieagenda.recordDecision(actor, actieId, text, amsterdamParts(activity.startsAt).date);
  }

  // ---------- calendars ----------

  private toEvent(activity: Activity, school: School | null): IcalEvent {
    const location = [activity.address ?? (school ? schoolAddress(school) : null), activity.room ? `lokaal ${activity.room}` : null].filter(Boolean).join(', ');
    return {
      uid: `${activity.id}@verbinder`,
      start: activity.startsAt,
      end: activity.endsAt,
      summary: activity.title,
      description: [activity.description, school ? `Gastschool: ${school.name}` : null, activity.travelNote ? `Reizen: ${activity.travelNote}` : null].filter(Boolean).join('\n') || null,
      location: location || null,
      url: activity.isPublic ? `${this.config.publicUrl}/agenda/${activity.id}.ics` : null,
      lastModified: activity.updatedAt,
    };
  }

  private async calendar(name: string, activities: Activity[]): Promise<string> {
    const schools = await this.regions.schoolsByIds([...new Set(activities.map((a) => a.hostSchoolId).filter((id): id is string => !!id))]);
    return buildCalendar({ name, now: this.clock.now(), events: activities.map((a) => this.toEvent(a, schools.find((s) => s.id === a.hostSchoolId) ?? null)) });
  }

  /** One activity as .ics: public activities for anyone, others for members of the region. */
  async activityIcs(actor: Actor | null, activityId: string): Promise<string> {
    const [activity] = isUuid(activityId) ? await this.repo.findActivitiesByIds([activityId]) : [];
    if (!activity) throw DomainError.notFound('Deze activiteit');
    if (!activity.isPublic) {
      if (!actor) throw DomainError.unauthenticated();
      if (!this.canRead(actor, activity)) throw DomainError.forbidden('Alleen leden van deze regio zien deze activiteit.');
    }
    return this.calendar(activity.title, [activity]);
  }

  /**
   * A secret feed URL for the actor's own activities (PERSON), a region's (REGION) or a
   * werkgroep's meetings (WERKGROEP, for those who may read the group). The token is stored hashed.
   */
  async createFeed(actor: Actor, scope: FeedScope, regionId?: string | null, werkgroepId?: string | null): Promise<{ feed: CalendarFeed; url: string }> {
    if (!FEED_SCOPES.includes(scope)) throw DomainError.badInput([{ field: 'scope', message: 'Kies een agenda voor jezelf, een regio of een werkgroep.' }]);
    if (scope === 'REGION') {
      if (!regionId) throw DomainError.badInput([{ field: 'regionId', message: 'Kies de regio voor deze agenda.' }]);
      if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
      if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio kunnen haar agenda volgen.');
    }
    if (scope === 'WERKGROEP') {
      if (!werkgroepId) throw DomainError.badInput([{ field: 'werkgroepId', message: 'Kies de werkgroep voor deze agenda.' }]);
      await this.werkgroepen.readable(actor, werkgroepId);
    }
    const token = newToken();
    const feed = await this.repo.insertFeed({
      personId: actor.personId,
      scope,
      regionId: scope === 'REGION' ? (regionId as string) : null,
      werkgroepId: scope === 'WERKGROEP' ? (werkgroepId as string) : null,
      tokenHash: hashToken(token),
    });
    return { feed, url: `${this.config.publicUrl}/agenda/feed/${token}.ics` };
  }

  async revokeFeed(actor: Actor, id: string): Promise<CalendarFeed> {
    const feed = isUuid(id) ? await this.repo.findFeedById(id) : null;
    if (!feed || feed.personId !== actor.personId) throw DomainError.notFound('Deze agendakoppeling');
    if (feed.revokedAt) return feed;
    return this.repo.revokeFeed(feed.id, this.clock.now());
  }

  feeds = (actor: Actor) => this.repo.listFeeds(actor.personId);

  /** The feed behind a secret token (null when unknown or revoked). */
  async feedIcs(token: string): Promise<string | null> {
    const feed = token && token.length <= 100 ? await this.repo.findFeedByTokenHash(hashToken(token)) : null;
    if (!feed || feed.revokedAt) return null;
    // The owner's rights are checked on every fetch (as for werkgroep feeds): a feed outlives
    // nothing its owner lost, e.g. the membership of the region.
    const owner = await this.regions.actorOf(feed.personId);
    if (!owner) return null;
    const from = new Date(this.clock.now().getTime() - 30 * 24 * 3600 * 1000);
    if (feed.scope === 'REGION' && feed.regionId) {
      if (!isMemberOfRegion(owner, feed.regionId)) return null;
      const region = await this.regions.getRegion({ id: feed.regionId });
      return this.calendar(`Verbinder · ${region.name}`, await this.repo.listActivities([feed.regionId], from, null));
    }
    if (feed.scope === 'WERKGROEP' && feed.werkgroepId) {
      // A member who left or was removed gets nothing any more: access is checked on every fetch.
      const werkgroep = await this.werkgroepen.readableFor(feed.personId, feed.werkgroepId);
      if (!werkgroep) return null;
      return this.calendar(`Verbinder · ${werkgroep.name}`, await this.repo.activitiesOfWerkgroep(werkgroep.id, from));
    }
    const own = (await this.repo.activitiesOfPerson(feed.personId, from)).filter((activity) => this.canRead(owner, activity));
    return this.calendar('Verbinder · mijn activiteiten', own);
  }

  // ---------- helpers ----------

  /** One transaction; afterwards `meetups.changed` with the places left of the activity. */
  private write<T>(regionId: string, kind: string, work: () => Promise<{ activity: Activity | null; result: T }>): Promise<T> {
    return this.uow.run(async () => {
      const { activity, result } = await work();
      const placesLeft = activity ? this.placesLeft(activity, (await this.placeCounts([activity.id]))[0]) : null;
      this.uow.afterCommit(() =>
        this.events.emit('meetups.changed', { regionId, activityId: activity?.id ?? null, kind, placesLeft, at: this.clock.now().toISOString() }),
      );
      return result;
    });
  }
}

/** Reads actie data for validation only (never returned to a caller). */
const SYSTEM_READER: Actor = { personId: '00000000-0000-4000-8000-000000000000', name: 'meetups', email: 'meetups@verbinder.local', systemRole: 'BEHEERDER', memberships: [] };

export function schoolAddress(school: School): string | null {
  const location = school.locations[0];
  if (!location) return null;
  return [location.name, location.address, location.city].filter(Boolean).join(', ');
}

export function dutchDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(instant);
}
