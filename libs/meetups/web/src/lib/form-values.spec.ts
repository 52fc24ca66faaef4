import { formatDay } from './dates';
import { activityValuesFrom, EMPTY_SERIES, moveValuesFrom, seriesDates, seriesSummary, validateActivity, validateMove, validateSeries, type SeriesValues } from './form-values';

const series = (over: Partial<SeriesValues> = {}): SeriesValues => ({ ...EMPTY_SERIES, title: 'Ontbijt-meet-up', startDate: '2027-01-04', endDate: '2027-02-01', ...over });

describe('meetups form values', () => {
  it('shows an activity in Amsterdam time, in winter and in summer', () => {
    const winter = activityValuesFrom({
      kind: 'WORKSHOP',
      title: 'W',
      startsAt: '2026-12-10T09:00:00.000Z',
      endsAt: '2026-12-10T11:30:00.000Z',
      audience: ['DOCENTEN'],
      capacity: 12,
      hostSchool: { id: 's1' },
    });
    expect(winter).toMatchObject({ date: '2026-12-10', startTime: '10:00', endTime: '12:30', capacity: '12', hostSchoolId: 's1', description: '' });
    // 23:30 UTC on 30 June is already 1 July in Amsterdam (summer time, +02:00).
    const summer = activityValuesFrom({ kind: 'WORKSHOP', title: 'W', startsAt: '2027-06-30T23:30:00Z', endsAt: '2027-07-01T01:00:00Z', audience: [], capacity: null });
    expect(summer).toMatchObject({ date: '2027-07-01', startTime: '01:30', endTime: '03:00', capacity: '' });
  });

  it('checks an activity with Dutch messages', () => {
    const problems = validateActivity({
      ...activityValuesFrom({ kind: 'WORKSHOP', title: ' ', startsAt: '2026-12-10T09:00:00Z', endsAt: '2026-12-10T10:00:00Z', audience: [] }),
      endTime: '09:00',
      capacity: '0',
    });
    expect(problems).toEqual({
      title: 'Geef de activiteit een titel.',
      endTime: 'De eindtijd ligt na de begintijd.',
      capacity: 'Vul een heel aantal plekken in (1 tot 100.000), of laat het leeg.',
    });
    expect(validateActivity(activityValuesFrom({ kind: 'WORKSHOP', title: 'W', startsAt: '2026-12-10T09:00:00Z', endsAt: '2026-12-10T10:00:00Z', audience: [] }))).toEqual({});
  });

  it('lists the dates of a weekly series from the first matching weekday', () => {
    // 4 January 2027 is a Monday; Wednesday (3) first falls on the 6th.
    expect(seriesDates('2027-01-04', '2027-01-27', 3)).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']);
    expect(seriesDates('2027-01-04', '2027-01-05', 3)).toEqual([]);
    expect(seriesDates('2027-01-10', '2027-01-04', 3)).toEqual([]);
  });

  it('checks a series: times, the date range, the weekday falling in it, its length and the capacity', () => {
    expect(validateSeries(series())).toEqual({});
    expect(validateSeries(series({ title: '', startTime: '9:00', endTime: '08:00' }))).toEqual({
      title: 'Geef de reeks een titel.',
      startTime: 'Vul de begintijd in als uu:mm, bijvoorbeeld 09:30.',
    });
    expect(validateSeries(series({ startTime: '10:00', endTime: '09:00' }))).toEqual({ endTime: 'De eindtijd ligt na de begintijd.' });
    expect(validateSeries(series({ startDate: '', endDate: '' }))).toEqual({ startDate: 'Kies de eerste datum.', endDate: 'Kies de laatste datum.' });
    expect(validateSeries(series({ endDate: '2027-01-01' }))).toEqual({ endDate: 'De laatste datum ligt na de eerste.' });
    expect(validateSeries(series({ endDate: '2028-06-01' }))).toEqual({ endDate: 'Een reeks loopt hoogstens 60 weken.' });
    expect(validateSeries(series({ endDate: '2027-01-05' }))).toEqual({ endDate: 'Tussen de eerste en de laatste datum valt geen woensdag.' });
    expect(validateSeries(series({ capacity: '2,5' }))).toEqual({ capacity: 'Vul een heel aantal plekken in (1 tot 100.000), of laat het leeg.' });
  });

  it('describes a series in Dutch without raw dates', () => {
    expect(seriesSummary({ weekday: 3, startTime: '13:30', endTime: '15:30', startDate: '2026-03-04', endDate: '2026-05-27' })).toBe(
      'Elke woensdag, 13:30–15:30, van 4 maart 2026 tot en met 27 mei 2026',
    );
    expect(formatDay('2027-01-01')).toBe('1 januari 2027');
  });

  it('refuses to move an occurrence to where it already is', () => {
    const now = moveValuesFrom({ startsAt: '2027-01-06T07:00:00Z', endsAt: '2027-01-06T08:30:00Z' });
    expect(now).toEqual({ date: '2027-01-06', startTime: '08:00', endTime: '09:30' });
    expect(validateMove(now, now)).toEqual({ date: 'Kies een andere datum of tijd; zo staat de activiteit nu al gepland.' });
    expect(validateMove({ ...now, startTime: '08:30' }, now)).toEqual({});
    expect(validateMove({ date: '', startTime: '08:00', endTime: '07:00' }, now)).toEqual({ date: 'Kies de nieuwe datum.', endTime: 'De eindtijd ligt na de begintijd.' });
  });
});
