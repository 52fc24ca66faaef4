import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, isMemberOfRegion, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { ActivitiesService, defaultOrganisers } from './activities.service';
import { assertEdit, assertRegionEditor } from './meetups-access';
import { MeetupsChanges } from './meetups-changes';
import { schoolAddress } from './meetups-format';
import { ActivityWrite, MEETUPS_REPOSITORY, MeetupsRepository } from './meetups-repository.port';
import { ACTIVITY_KINDS, Activity, ActivityKind, ActivitySeries, Audience, AUDIENCES, RegionHoliday, SeriesInput } from './meetups.types';
import { isTime, weeklyOccurrences } from './recurrence';
import { addDays, amsterdamInstant, amsterdamParts } from '@verbinder/shared/time';

const MAX_SERIES_OCCURRENCES = 60;

export type OccurrenceScope = 'THIS' | 'FOLLOWING';

/**
 * Weekly series with a rotating host school: creating one generates its occurrences; an
 * occurrence is edited alone or with all following; a region's school holidays remove the
 * occurrences that fall in them.
 */
@Injectable()
export class SeriesService {
  constructor(
    @Inject(MEETUPS_REPOSITORY) private readonly repo: MeetupsRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly activities: ActivitiesService,
    private readonly changes: MeetupsChanges,
  ) {}

  async createSeries(actor: Actor, input: SeriesInput): Promise<ActivitySeries> {
    const region = await this.regions.getRegion({ id: input.regionId });
    assertRegionEditor(actor, region.id);
    const checked = await this.checkSeries(input, region.id);
    // None named: the creator organises the series (their membership comes from the session).
    const data = { ...checked, organiserIds: input.organiserIds == null ? defaultOrganisers(actor, region.id) : checked.organiserIds };
    return this.changes.write(region.id, 'series.created', async () => {
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
    const activity = await this.activities.getActivity(actor, activityId);
    assertEdit(actor, activity);
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
        // An occurrence edit does not change the organisers, so they are not checked again.
        organiserIds: [],
      },
      series.regionId,
    );
    return this.changes.write(series.regionId, 'series.updated', async () => {
      if (input.skip) {
        await this.repo.updateSeries(series.id, { skipDates: [...new Set([...series.skipDates, date])] });
        await this.repo.deleteActivities([activity.id]);
        return { activity: null, result: [] };
      }
      if (scope === 'THIS') {
        const [counts] = await this.changes.placeCounts([activity.id]);
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
    assertRegionEditor(actor, region.id);
    const check = new InputCheck();
    const name = check.text('name', input.name, { label: 'De naam', required: true, max: 100 });
    const startDate = check.date('startDate', input.startDate, 'De eerste dag');
    const endDate = check.date('endDate', input.endDate, 'De laatste dag');
    if (!startDate || !endDate) check.fail(!startDate ? 'startDate' : 'endDate', 'Vul de eerste en de laatste dag in.');
    if (startDate && endDate && endDate < startDate) check.fail('endDate', 'De laatste dag ligt na de eerste.');
    check.done();
    return this.changes.write(region.id, 'holiday.added', async () => {
      const holiday = await this.repo.insertHoliday({ regionId: region.id, name: name as string, startDate: startDate as string, endDate: endDate as string });
      const today = amsterdamParts(this.kernel.clock.now()).date;
      for (const series of await this.repo.listSeriesByRegion(region.id)) await this.regenerate(series, today);
      return { activity: null, result: holiday };
    });
  }

  holidays(actor: Actor, regionId: string): Promise<RegionHoliday[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien de vakanties.');
    return this.repo.listHolidays(regionId);
  }
}
