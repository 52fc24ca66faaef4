import { addDays, addMonths, amsterdamDate, amsterdamInstant, amsterdamIso, amsterdamOffsetMinutes, amsterdamParts, weekdayOf } from './amsterdam-time';

const at = (iso: string) => new Date(iso);

describe('calendar dates', () => {
  it('adds and subtracts days over month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // the spring change does not shift dates
    expect(addDays('2026-03-04', 7 * 52)).toBe('2027-03-03');
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-05-15', -3)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('refuses a malformed date', () => {
    expect(() => addDays('not-a-date', 1)).toThrow(RangeError);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2026-03-29')).toBe(0);
    expect(weekdayOf('2026-03-04')).toBe(3);
    expect(weekdayOf('2026-10-24')).toBe(6);
  });
});

describe('Europe/Amsterdam around the DST changes', () => {
  it('switches to +120 at 01:00Z on the last Sunday of March', () => {
    expect(amsterdamOffsetMinutes(at('2026-03-29T00:59:59Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(at('2027-03-28T01:00:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(at('2027-03-21T12:00:00Z'))).toBe(60);
  });

  it('switches back to +60 at 01:00Z on the last Sunday of October', () => {
    expect(amsterdamOffsetMinutes(at('2026-10-25T00:59:59Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(at('2027-10-31T00:30:00Z'))).toBe(120);
  });

  it('turns a wall-clock time into the instant on either side of a change', () => {
    expect(amsterdamInstant('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(amsterdamInstant('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(amsterdamInstant('2026-03-29', '00:00').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamInstant('2026-10-26', '08:30').toISOString()).toBe('2026-10-26T07:30:00.000Z');
  });

  it('moves a time skipped in spring one hour on, and takes the second of a repeated autumn time', () => {
    expect(amsterdamInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(amsterdamInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z'); // 02:30 CET
    expect(amsterdamInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reads the wall clock of an instant', () => {
    expect(amsterdamParts(at('2026-03-29T00:59:59.999Z'))).toEqual({ date: '2026-03-29', time: '01:59:59' });
    expect(amsterdamParts(at('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00:00' });
    expect(amsterdamParts(at('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30:00' });
    expect(amsterdamParts(at('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30:00' });
    expect(amsterdamParts(at('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30:00' });
  });

  it('gives the Amsterdam calendar date, which is a day ahead of UTC late in the evening', () => {
    expect(amsterdamDate(at('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(amsterdamDate(at('2026-01-31T22:59:59Z'))).toBe('2026-01-31');
    expect(amsterdamDate(at('2026-01-31T23:00:00Z'))).toBe('2026-02-01');
  });

  it('writes a wall-clock time with its offset', () => {
    expect(amsterdamIso('2026-03-04', '09:00')).toBe('2026-03-04T09:00:00+01:00');
    expect(amsterdamIso('2026-07-04', '09:00')).toBe('2026-07-04T09:00:00+02:00');
    expect(amsterdamIso('2026-03-29', '00:00')).toBe('2026-03-29T00:00:00+01:00');
    expect(amsterdamIso('2026-03-29', '12:00')).toBe('2026-03-29T12:00:00+02:00');
  });
});
