import type { SeriesInput } from './meetups.types';
import { activityData, REGION, SCHOOL, SCHOOL_B, SCHOOL_ELSEWHERE } from './testing/meetups.fakes';
import { docent, meetupsWorld, outsider, verbinder } from './testing/meetups.world';
import { amsterdamParts } from '@verbinder/shared/time';

// Wednesdays 2, 9, 16, 23 and 30 December 2026, 15:00–16:30 in Amsterdam, the host rotating over two schools.
const input = (over: Partial<SeriesInput> = {}): SeriesInput => ({
  regionId: REGION,
  kind: 'VERBINDERSOVERLEG',
  title: 'Verbindersoverleg',
  weekday: 3,
  startTime: '15:00',
  endTime: '16:30',
  startDate: '2026-12-02',
  endDate: '2026-12-30',
  hostSchoolIds: [SCHOOL, SCHOOL_B],
  ...over,
});

async function withSeries(over: Partial<SeriesInput> = {}) {
  const w = meetupsWorld();
  const series = await w.series.createSeries(verbinder, input(over));
  const occurrences = () => w.repo.listSeriesActivities(series.id);
  const dates = async () => (await occurrences()).map((a) => amsterdamParts(a.startsAt).date);
  return { w, series, occurrences, dates };
}

describe('SeriesService', () => {
  it('creates the weekly occurrences with the host school rotating, skipping skip dates', async () => {
    const { occurrences, dates } = await withSeries({ skipDates: ['2026-12-23'] });
    expect(await dates()).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-30']);
    const [first, second] = await occurrences();
    expect(first).toMatchObject({ startsAt: new Date('2026-12-02T14:00:00Z'), endsAt: new Date('2026-12-02T15:30:00Z'), hostSchoolId: SCHOOL, address: 'Hoofdgebouw, Rijnlaan 1, Harderwijk' });
    expect(second.hostSchoolId).toBe(SCHOOL_B);
  });

  it('lets only editors of the region create a series and checks every field', async () => {
    const w = meetupsWorld();
    await expect(w.series.createSeries(docent, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.series.createSeries(outsider, input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const error = await w.series
      .createSeries(verbinder, input({ weekday: 7, startTime: '16:30', endTime: '15:00', endDate: '2028-06-01', hostSchoolIds: [SCHOOL_ELSEWHERE], skipDates: ['morgen'] }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((error as { details: { fields: Array<{ field: string }> } }).details.fields.map((f) => f.field)).toEqual(['weekday', 'endTime', 'endDate', 'skipDates.0', 'hostSchoolIds']);
    expect(w.repo.series).toHaveLength(0);
  });

  it('makes the creator the organiser of the series and its occurrences when none are named; they edit an occurrence without the organisers being checked again', async () => {
    const { w, series, occurrences } = await withSeries();
    expect(series.organiserIds).toEqual([verbinder.personId]);
    const [first] = await occurrences();
    expect(first.organiserIds).toEqual([verbinder.personId]);
    // The creator is not a known person of the regions fake: an occurrence edit must not re-check them.
    const [moved] = await w.series.updateOccurrence(verbinder, first.id, 'THIS', { date: '2026-12-03', startTime: '10:00', endTime: '11:00' });
    expect(moved).toMatchObject({ startsAt: new Date('2026-12-03T09:00:00Z'), endsAt: new Date('2026-12-03T10:00:00Z'), organiserIds: [verbinder.personId] });
  });

  it('drops the occurrences in a new school holiday, from today on', async () => {
    const { w, dates } = await withSeries();
    await expect(w.series.addHoliday(docent, { regionId: REGION, name: 'Kerstvakantie', startDate: '2026-12-19', endDate: '2027-01-03' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.series.addHoliday(verbinder, { regionId: REGION, name: 'Kerst', startDate: '2027-01-03', endDate: '2026-12-19' })).rejects.toMatchObject({
      details: { fields: [{ field: 'endDate' }] },
    });
    await w.series.addHoliday(verbinder, { regionId: REGION, name: 'Kerstvakantie', startDate: '2026-12-19', endDate: '2027-01-03' });
    expect(await dates()).toEqual(['2026-12-02', '2026-12-09', '2026-12-16']);
    expect(await w.series.holidays(docent, REGION)).toEqual([expect.objectContaining({ name: 'Kerstvakantie' })]);
    // holidays() checks before it returns a promise, as it always did.
    expect(() => w.series.holidays(outsider, REGION)).toThrow('Alleen leden van deze regio zien de vakanties.');
  });

  it('moves one occurrence to another day and detaches it; regenerating leaves it alone', async () => {
    const { w, occurrences, dates } = await withSeries();
    const [, second] = await occurrences();
    const [moved] = await w.series.updateOccurrence(verbinder, second.id, 'THIS', { date: '2026-12-10', title: 'Overleg (donderdag)' });
    expect(moved).toMatchObject({ title: 'Overleg (donderdag)', detached: true, startsAt: new Date('2026-12-10T14:00:00Z') });
    await w.series.addHoliday(verbinder, { regionId: REGION, name: 'Studiedag', startDate: '2026-12-30', endDate: '2026-12-30' });
    expect(await dates()).toEqual(['2026-12-02', '2026-12-10', '2026-12-16', '2026-12-23']);
  });

  it('changes this and all following occurrences, with the new host order from this date', async () => {
    const { w, occurrences } = await withSeries();
    const third = (await occurrences())[2];
    const changed = await w.series.updateOccurrence(verbinder, third.id, 'FOLLOWING', { title: 'Nieuw overleg', hostSchoolIds: [SCHOOL_B, SCHOOL] });
    expect(changed.map((a) => [a.title, a.hostSchoolId])).toEqual([
      ['Nieuw overleg', SCHOOL_B],
      ['Nieuw overleg', SCHOOL],
      ['Nieuw overleg', SCHOOL_B],
    ]);
    expect((await occurrences()).slice(0, 2).map((a) => a.title)).toEqual(['Verbindersoverleg', 'Verbindersoverleg']);
  });

  it('skips one occurrence for good, and refuses what cannot be done', async () => {
    const { w, occurrences, dates } = await withSeries();
    const [first, second] = await occurrences();
    expect(await w.series.updateOccurrence(verbinder, second.id, 'THIS', { skip: true })).toEqual([]);
    expect(await dates()).toEqual(['2026-12-02', '2026-12-16', '2026-12-23', '2026-12-30']);
    await expect(w.series.updateOccurrence(verbinder, first.id, 'FOLLOWING', { date: '2026-12-03' })).rejects.toMatchObject({ details: { fields: [{ field: 'date' }] } });
    await expect(w.series.updateOccurrence(verbinder, first.id, 'ALL' as 'THIS', {})).rejects.toMatchObject({ details: { fields: [{ field: 'scope' }] } });
    await expect(w.series.updateOccurrence(docent, first.id, 'THIS', { title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const single = await w.repo.insertActivity(activityData());
    await expect(w.series.updateOccurrence(verbinder, single.id, 'THIS', { title: 'x' })).rejects.toMatchObject({ details: { fields: [{ field: 'activityId' }] } });
  });
});
