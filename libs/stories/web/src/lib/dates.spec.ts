/// <reference types="jest" />
import { ageOn, amsterdamLocalToIso, isoToAmsterdamLocal } from './dates';

describe('redactie dates in Europe/Amsterdam', () => {
  it.each([
    ['2027-01-15T09:30', '2027-01-15T08:30:00.000Z'], // winter time, UTC+1
    ['2027-07-01T09:30', '2027-07-01T07:30:00.000Z'], // summer time, UTC+2
    ['2027-03-28T03:30', '2027-03-28T01:30:00.000Z'], // just after the spring change
    ['2027-10-31T01:30', '2027-10-30T23:30:00.000Z'], // before the autumn change
  ])('reads %s as Amsterdam wall-clock time', (local, iso) => {
    expect(amsterdamLocalToIso(local)).toBe(iso);
    expect(isoToAmsterdamLocal(new Date(iso))).toBe(local);
  });

  it('refuses malformed values', () => {
    expect(amsterdamLocalToIso('')).toBeNull();
    expect(amsterdamLocalToIso('15-01-2027 09:30')).toBeNull();
  });

  it('counts whole years of age on the Amsterdam calendar day', () => {
    expect(ageOn('2012-06-10', new Date('2026-06-09T12:00:00Z'))).toBe(13);
    expect(ageOn('2012-06-10', new Date('2026-06-09T22:30:00Z'))).toBe(14); // already 10 June in Amsterdam
    expect(ageOn('nonsense', new Date())).toBeNull();
  });
});
