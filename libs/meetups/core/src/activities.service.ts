import { Inject, Injectable } from '@nestjs/common';
import { ActieagendaService } from '@verbinder/actieagenda/core';
import { RegionsService } from '@verbinder/regions/core';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import { Actor, DomainError, isDomainError, isMemberOfRegion, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { actieagendaActies, assertEdit, assertRegionEditor, canEditActivity, canReadActivity } from './meetups-access';
import { MeetupsChanges } from './meetups-changes';
import { ActivityWrite, MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import { instant, placesLeft, registrationProblem } from './meetups-rules';
import { ACTIVITY_KINDS, Activity, ActivityInput, ActivityKind, Audience, AUDIENCES, PlaceCounts } from './meetups.types';
import { WaitlistService } from './waitlist.service';

/**
 * Activities: reading them (members of the activity's region), creating and editing them
 * (verbinders, projectleiders and beheerders of the region, and the organisers), the batch reads
 * behind the GraphQL loaders, and the public list of a region's upcoming public activities.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly actieagenda: ActieagendaService,
    private readonly werkgroepen: WerkgroepenService,
    private readonly changes: MeetupsChanges,
    private readonly waitlist: WaitlistService,
  ) {}

  // ---------- authorization ----------

  canRead(actor: Actor, activity: Pick<Activity, 'regionId'>): boolean {
    return canReadActivity(actor, activity);
  }

  canEdit(actor: Actor, activity: Pick<Activity, 'regionId' | 'organiserIds'>): boolean {
    return canEditActivity(actor, activity);
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
    const fromAt = instant(check, 'from', from, 'Vanaf');
    const toAt = instant(check, 'to', to, 'Tot');
    check.done();
    return this.repo.listActivities([regionId], fromAt ?? new Date(this.kernel.clock.now().getTime() - 24 * 3600 * 1000), toAt);
  }

  activitiesByIds = (ids: readonly string[]) => this.repo.findActivitiesByIds(ids.filter(isUuid));
  placeCounts = (ids: readonly string[]): Promise<PlaceCounts[]> => this.changes.placeCounts(ids);
  registrationsByActivityIds = (ids: readonly string[]) => this.repo.findRegistrationsByActivityIds(ids);
  seriesByIds = (ids: readonly string[]) => this.repo.findSeriesByIds(ids.filter(isUuid));
  agendaItems = (activityId: string) => this.repo.listAgendaItems(activityId);

  placesLeft(activity: Pick<Activity, 'capacity'>, counts: PlaceCounts): number | null {
    return placesLeft(activity, counts);
  }

  /** Upcoming public activities of a region for the public site (no people, no counts beyond places left). */
  async publicActivities(regionSlug: string) {
    const region = await this.regions.getRegion({ slug: regionSlug });
    const activities = await this.repo.listActivities([region.id], this.kernel.clock.now(), null, true);
    const counts = await this.placeCounts(activities.map((a) => a.id));
    const schools = await this.regions.schoolsByIds(activities.map((a) => a.hostSchoolId).filter((id): id is string => !!id));
    return {
      region,
      activities: activities.map((a, i) => ({
        activity: a,
        hostSchool: schools.find((s) => s.id === a.hostSchoolId) ?? null,
        placesLeft: this.placesLeft(a, counts[i]),
        registrationOpen: registrationProblem(a, this.kernel.clock.now()) === null,
      })),
    };
  }

  // ---------- activities ----------

  async createActivity(actor: Actor, input: ActivityInput): Promise<Activity> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertRegionEditor(actor, region.id);
    const checked = await this.checkActivity(input, region.id);
    const write = {
      ...checked,
      // None named: the creator organises it (their membership comes from the session).
      organiserIds: input.organiserIds == null ? defaultOrganisers(actor, region.id) : checked.organiserIds,
      werkgroepId: await this.checkWerkgroep(actor, input, region.id),
    };
    return this.changes.write(region.id, 'activity.created', async () => {
      const activity = await this.repo.insertActivity({ ...write, seriesId: null, detached: false });
      return { activity, result: activity };
    });
  }

  async updateActivity(actor: Actor, id: string, input: ActivityInput, opts: { detach?: boolean } = {}): Promise<Activity> {
    const current = await this.getActivity(actor, id);
    assertEdit(actor, current);
    if (input.regionId !== current.regionId) throw DomainError.badInput([{ field: 'regionId', message: 'Een activiteit kan niet naar een andere regio verhuizen.' }]);
    const checked = await this.checkActivity(input, current.regionId);
    const write = {
      ...checked,
      // Not given: an edit keeps the organisers the activity had (an empty list removes them).
      organiserIds: input.organiserIds == null ? current.organiserIds : checked.organiserIds,
      werkgroepId: await this.checkWerkgroep(actor, input, current.regionId, current.werkgroepId),
    };
    return this.changes.write(current.regionId, 'activity.updated', async () => {
      await this.repo.lockActivity(current.id);
      const [counts] = await this.placeCounts([current.id]);
      if (write.capacity !== null && write.capacity < counts.confirmed + counts.offered) {
        throw DomainError.badInput([{ field: 'capacity', message: `Er zijn al ${counts.confirmed + counts.offered} plaatsen vergeven; de capaciteit kan niet lager zijn dan dat.` }]);
      }
      const activity = await this.repo.updateActivity(current.id, { ...write, detached: current.seriesId ? (opts.detach ?? true) || current.detached : false });
      // More places (or none limit any more): offer them to the waiting list.
      await this.waitlist.promote(activity);
      return { activity, result: activity };
    });
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
    const startsAt = instant(check, 'startsAt', input.startsAt, 'Het begin');
    const endsAt = instant(check, 'endsAt', input.endsAt, 'Het einde');
    if (!input.startsAt) check.fail('startsAt', 'Het begin is verplicht.');
    if (!input.endsAt) check.fail('endsAt', 'Het einde is verplicht.');
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) check.fail('endsAt', 'Het einde ligt na het begin.');
    if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 14 * 24 * 3600 * 1000) check.fail('endsAt', 'Een activiteit duurt hoogstens twee weken.');
    const audience = [...new Set(input.audience ?? [])] as Audience[];
    if (audience.some((a) => !AUDIENCES.includes(a))) check.fail('audience', 'Kies de doelgroep uit docenten, leerlingen, ouders, bedrijven of publiek.');
    const capacity = check.int('capacity', input.capacity, { label: 'De capaciteit', min: 1, max: 100_000 });
    const opensAt = instant(check, 'registrationOpensAt', input.registrationOpensAt, 'De opening van de aanmelding');
    const closesAt = instant(check, 'registrationClosesAt', input.registrationClosesAt, 'De sluiting van de aanmelding');
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
      const [actie] = isUuid(actieId) ? await actieagendaActies(this.actieagenda, [actieId]) : [];
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
}

/**
 * The organisers of a new activity or series when the input names none: the person who creates
 * it, when they belong to the region (a platform beheerder without a membership there is not an
 * organiser). An empty list in the input means "no organisers".
 */
export function defaultOrganisers(actor: Actor, regionId: string): string[] {
  return actor.memberships.some((m) => m.regionId === regionId) ? [actor.personId] : [];
}
